// A toy virtual DOM: h() builds vnodes, render() creates DOM, patch() diffs
// two trees (keyed children supported) and applies minimal updates.
(function (global) {
  'use strict';

  function h(tag, props) {
    var children = [];
    for (var i = 2; i < arguments.length; i++) flatten(arguments[i], children);
    return { tag: tag, props: props || {}, children: children, key: props && props.key, el: null };
  }

  function flatten(child, out) {
    if (Array.isArray(child)) child.forEach(function (c) { flatten(c, out); });
    else if (child === null || child === false || child === undefined) return;
    else if (typeof child === 'object') out.push(child);
    else out.push({ tag: '#text', text: String(child), props: {}, children: [], el: null });
  }

  function setProp(el, name, value, old) {
    if (name === 'key') return;
    if (name.slice(0, 2) === 'on') {
      var type = name.slice(2).toLowerCase();
      if (old) el.removeEventListener(type, old);
      if (value) el.addEventListener(type, value);
    } else if (name === 'style' && typeof value === 'object') {
      el.style.cssText = '';
      Object.keys(value || {}).forEach(function (k) { el.style[k] = value[k]; });
    } else if (name === 'className') {
      el.className = value || '';
    } else if (name in el && name !== 'list' && name !== 'form') {
      el[name] = value == null ? '' : value;
    } else if (value == null || value === false) {
      el.removeAttribute(name);
    } else {
      el.setAttribute(name, value === true ? '' : value);
    }
  }

  function render(vnode) {
    if (vnode.tag === '#text') {
      vnode.el = document.createTextNode(vnode.text);
      return vnode.el;
    }
    var el = document.createElement(vnode.tag);
    Object.keys(vnode.props).forEach(function (k) { setProp(el, k, vnode.props[k]); });
    vnode.children.forEach(function (c) { el.appendChild(render(c)); });
    vnode.el = el;
    return el;
  }

  function sameNode(a, b) {
    return a.tag === b.tag && a.key === b.key;
  }

  function patchProps(el, oldProps, newProps) {
    var name;
    for (name in oldProps) {
      if (!(name in newProps)) setProp(el, name, null, oldProps[name]);
    }
    for (name in newProps) {
      if (newProps[name] !== oldProps[name]) setProp(el, name, newProps[name], oldProps[name]);
    }
  }

  function patch(oldV, newV) {
    if (!sameNode(oldV, newV)) {
      var fresh = render(newV);
      oldV.el.parentNode.replaceChild(fresh, oldV.el);
      return fresh;
    }
    var el = (newV.el = oldV.el);
    if (newV.tag === '#text') {
      if (oldV.text !== newV.text) el.nodeValue = newV.text;
      return el;
    }
    patchProps(el, oldV.props, newV.props);
    patchChildren(el, oldV.children, newV.children);
    return el;
  }

  function patchChildren(parent, oldCh, newCh) {
    var keyed = {};
    oldCh.forEach(function (c, i) { if (c.key != null) keyed[c.key] = i; });
    var used = new Array(oldCh.length);

    newCh.forEach(function (child, i) {
      var oldIndex = child.key != null ? keyed[child.key] : (oldCh[i] && oldCh[i].key == null ? i : undefined);
      var match = oldIndex !== undefined ? oldCh[oldIndex] : null;
      var el;
      if (match && sameNode(match, child)) {
        used[oldIndex] = true;
        el = patch(match, child);
      } else {
        el = render(child);
      }
      var ref = parent.childNodes[i] || null;
      if (el !== ref) parent.insertBefore(el, ref);
    });

    oldCh.forEach(function (c, i) {
      if (!used[i] && c.el && c.el.parentNode === parent) parent.removeChild(c.el);
    });
  }

  function mount(root, view, initialState) {
    var state = initialState;
    var tree = view(state, setState);
    root.appendChild(render(tree));

    function setState(update) {
      state = Object.assign({}, state, typeof update === 'function' ? update(state) : update);
      var next = view(state, setState);
      patch(tree, next);
      tree = next;
    }
    return setState;
  }

  global.TinyVDom = { h: h, render: render, patch: patch, mount: mount };
})(typeof window !== 'undefined' ? window : globalThis);

// Example: keyed list that can be shuffled without losing input focus.
if (typeof document !== 'undefined' && document.getElementById('vdom-demo')) {
  var h = TinyVDom.h;
  TinyVDom.mount(document.getElementById('vdom-demo'), function (state, set) {
    return h('div', { className: 'demo' },
      h('button', { onclick: function () {
        set(function (s) { return { items: s.items.slice().sort(function () { return Math.random() - 0.5; }) }; });
      } }, 'Shuffle'),
      h('ul', null, state.items.map(function (item) {
        return h('li', { key: item.id }, item.label + ' ', h('input', { placeholder: 'note' }));
      }))
    );
  }, { items: [{ id: 1, label: 'alpha' }, { id: 2, label: 'beta' }, { id: 3, label: 'gamma' }] });
}
