/* global React, ReactDOM */
'use strict';

// Accessible confirm dialog rendered through a portal, written with
// React.createElement so it can be dropped into pages without a bundler.

const { createElement: h, useEffect, useRef, useState, useCallback, Fragment } = React;

const FOCUSABLE = 'a[href], button:not([disabled]), textarea, input, select, [tabindex]:not([tabindex="-1"])';

function useFocusTrap(active, containerRef, onEscape) {
  useEffect(() => {
    if (!active) return undefined;
    const previouslyFocused = document.activeElement;
    const node = containerRef.current;
    const first = node && node.querySelector(FOCUSABLE);
    if (first) first.focus();

    function onKeyDown(event) {
      if (event.key === 'Escape') {
        event.preventDefault();
        onEscape();
        return;
      }
      if (event.key !== 'Tab' || !node) return;
      const items = Array.from(node.querySelectorAll(FOCUSABLE));
      if (items.length === 0) return;
      const firstItem = items[0];
      const lastItem = items[items.length - 1];
      if (event.shiftKey && document.activeElement === firstItem) {
        event.preventDefault();
        lastItem.focus();
      } else if (!event.shiftKey && document.activeElement === lastItem) {
        event.preventDefault();
        firstItem.focus();
      }
    }

    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      if (previouslyFocused && previouslyFocused.focus) previouslyFocused.focus();
    };
  }, [active, containerRef, onEscape]);
}

function Modal({ open, title, children, onClose, footer }) {
  const panelRef = useRef(null);
  const titleId = useRef('modal-title-' + Math.random().toString(36).slice(2)).current;
  useFocusTrap(open, panelRef, onClose);

  useEffect(() => {
    if (!open) return undefined;
    const original = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = original;
    };
  }, [open]);

  if (!open) return null;

  return ReactDOM.createPortal(
    h(
      'div',
      {
        className: 'modal-backdrop',
        onMouseDown: (e) => {
          if (e.target === e.currentTarget) onClose();
        },
      },
      h(
        'div',
        { className: 'modal-panel', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, ref: panelRef },
        h('header', { className: 'modal-header' },
          h('h2', { id: titleId }, title),
          h('button', { type: 'button', className: 'modal-close', 'aria-label': 'Close', onClick: onClose }, '\u00d7')
        ),
        h('div', { className: 'modal-body' }, children),
        footer ? h('footer', { className: 'modal-footer' }, footer) : null
      )
    ),
    document.body
  );
}

function ConfirmDeleteButton({ itemName, onConfirm }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const close = useCallback(() => {
    if (!busy) setOpen(false);
  }, [busy]);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setOpen(false);
    } catch (err) {
      setError(err.message || String(err));
    } finally {
      setBusy(false);
    }
  }

  const footer = h(Fragment, null,
    h('button', { type: 'button', onClick: close, disabled: busy }, 'Cancel'),
    h('button', { type: 'button', className: 'danger', onClick: confirm, disabled: busy }, busy ? 'Deleting\u2026' : 'Delete')
  );

  return h(Fragment, null,
    h('button', { type: 'button', className: 'danger-outline', onClick: () => setOpen(true) }, 'Delete'),
    h(Modal, { open, title: 'Delete ' + itemName + '?', onClose: close, footer },
      h('p', null, 'This cannot be undone. All versions of ', h('strong', null, itemName), ' will be removed.'),
      error ? h('p', { className: 'error', role: 'alert' }, error) : null
    )
  );
}

document.querySelectorAll('[data-confirm-delete]').forEach((mount) => {
  const url = mount.getAttribute('data-confirm-delete');
  const name = mount.getAttribute('data-name') || 'this item';
  ReactDOM.createRoot(mount).render(
    h(ConfirmDeleteButton, {
      itemName: name,
      onConfirm: () =>
        fetch(url, { method: 'DELETE', headers: { 'X-Requested-With': 'fetch' } }).then((res) => {
          if (!res.ok) throw new Error('Server said ' + res.status);
          mount.closest('tr')?.remove();
        }),
    })
  );
});
