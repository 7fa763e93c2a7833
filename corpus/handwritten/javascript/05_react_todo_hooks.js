import { createElement as h, useReducer, useState, useEffect } from 'react';

const STORAGE_KEY = 'todos.v1';

function reducer(state, action) {
  switch (action.type) {
    case 'add':
      return [...state, { id: crypto.randomUUID(), text: action.text, done: false }];
    case 'toggle':
      return state.map((t) => (t.id === action.id ? { ...t, done: !t.done } : t));
    case 'remove':
      return state.filter((t) => t.id !== action.id);
    case 'clearDone':
      return state.filter((t) => !t.done);
    default:
      throw new Error(`unknown action ${action.type}`);
  }
}

function load() {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY)) || [];
  } catch {
    return [];
  }
}

export default function TodoApp() {
  const [todos, dispatch] = useReducer(reducer, undefined, load);
  const [draft, setDraft] = useState('');
  const [filter, setFilter] = useState('all');

  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(todos));
  }, [todos]);

  const visible = todos.filter((t) =>
    filter === 'all' ? true : filter === 'done' ? t.done : !t.done
  );

  const onSubmit = (e) => {
    e.preventDefault();
    if (!draft.trim()) return;
    dispatch({ type: 'add', text: draft.trim() });
    setDraft('');
  };

  return h('div', { className: 'todo-app' },
    h('form', { onSubmit },
      h('input', {
        value: draft,
        placeholder: 'What needs doing?',
        onChange: (e) => setDraft(e.target.value),
      }),
      h('button', { type: 'submit' }, 'Add')
    ),
    h('ul', null,
      visible.map((t) =>
        h('li', { key: t.id, className: t.done ? 'done' : '' },
          h('label', null,
            h('input', {
              type: 'checkbox',
              checked: t.done,
              onChange: () => dispatch({ type: 'toggle', id: t.id }),
            }),
            t.text
          ),
          h('button', { onClick: () => dispatch({ type: 'remove', id: t.id }) }, '×')
        )
      )
    ),
    h('footer', null,
      ['all', 'open', 'done'].map((f) =>
        h('button', {
          key: f,
          className: f === filter ? 'active' : undefined,
          onClick: () => setFilter(f),
        }, f)
      ),
      h('button', { onClick: () => dispatch({ type: 'clearDone' }) }, 'Clear completed')
    )
  );
}

export function TodoStats({ todos }) {
  const total = todos.length;
  const done = todos.filter((t) => t.done).length;
  const pct = total ? Math.round((done / total) * 100) : 0;

  return h('div', { className: 'todo-stats', role: 'status' },
    h('progress', { max: 100, value: pct }, `${pct}%`),
    h('span', null, total === 0
      ? 'Nothing to do 🎉'
      : `${done} of ${total} done (${pct}%)`)
  );
}

export function useKeyboardShortcuts(map) {
  useEffect(() => {
    const onKey = (e) => {
      if (e.target instanceof HTMLInputElement) return;
      const fn = map[e.key];
      if (fn) {
        e.preventDefault();
        fn(e);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [map]);
}
