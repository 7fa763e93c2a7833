// Drag-and-drop reordering for <ul data-sortable> lists, with keyboard
// support (space to grab, arrows to move) and a change event.
(() => {
  'use strict';

  const lists = document.querySelectorAll('ul[data-sortable]');

  function emitChange(list) {
    const order = [...list.children].map((li) => li.dataset.id);
    list.dispatchEvent(new CustomEvent('sortable:change', { detail: { order }, bubbles: true }));
  }

  function itemAfterPointer(list, y) {
    const candidates = [...list.querySelectorAll('li:not(.dragging)')];
    let closest = { offset: -Infinity, el: null };
    for (const el of candidates) {
      const box = el.getBoundingClientRect();
      const offset = y - box.top - box.height / 2;
      if (offset < 0 && offset > closest.offset) closest = { offset, el };
    }
    return closest.el;
  }

  function announce(list, text) {
    let live = list.parentElement.querySelector('.sr-live');
    if (!live) {
      live = document.createElement('div');
      live.className = 'sr-live visually-hidden';
      live.setAttribute('aria-live', 'assertive');
      list.after(live);
    }
    live.textContent = text;
  }

  function setup(list) {
    let dragged = null;
    let grabbed = null;

    for (const li of list.children) {
      li.draggable = true;
      li.tabIndex = 0;
      li.setAttribute('aria-roledescription', 'sortable item');
    }

    list.addEventListener('dragstart', (e) => {
      dragged = e.target.closest('li');
      if (!dragged) return;
      dragged.classList.add('dragging');
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', dragged.dataset.id || '');
    });

    list.addEventListener('dragover', (e) => {
      if (!dragged) return;
      e.preventDefault();
      const after = itemAfterPointer(list, e.clientY);
      if (after) list.insertBefore(dragged, after);
      else list.appendChild(dragged);
    });

    list.addEventListener('dragend', () => {
      if (!dragged) return;
      dragged.classList.remove('dragging');
      dragged = null;
      emitChange(list);
    });

    list.addEventListener('keydown', (e) => {
      const li = e.target.closest('li');
      if (!li) return;

      if (e.key === ' ' || e.key === 'Enter') {
        e.preventDefault();
        if (grabbed === li) {
          li.classList.remove('grabbed');
          li.setAttribute('aria-grabbed', 'false');
          grabbed = null;
          announce(list, `${li.textContent.trim()} dropped`);
          emitChange(list);
        } else {
          grabbed?.classList.remove('grabbed');
          grabbed = li;
          li.classList.add('grabbed');
          li.setAttribute('aria-grabbed', 'true');
          announce(list, `${li.textContent.trim()} grabbed. Use arrow keys to move.`);
        }
        return;
      }

      if (grabbed !== li) return;
      if (e.key === 'ArrowUp' && li.previousElementSibling) {
        e.preventDefault();
        list.insertBefore(li, li.previousElementSibling);
      } else if (e.key === 'ArrowDown' && li.nextElementSibling) {
        e.preventDefault();
        list.insertBefore(li.nextElementSibling, li);
      } else if (e.key === 'Escape') {
        li.classList.remove('grabbed');
        grabbed = null;
        return;
      } else {
        return;
      }
      li.focus();
      const pos = [...list.children].indexOf(li) + 1;
      announce(list, `position ${pos} of ${list.children.length}`);
    });
  }

  lists.forEach(setup);

  document.addEventListener('sortable:change', (e) => {
    const url = e.target.dataset.saveUrl;
    if (!url) return;
    fetch(url, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ order: e.detail.order }),
    }).catch((err) => console.error('could not save order', err));
  });
})();
