// A small observable store with selectors, middleware, computed values and
// undo history. Framework-agnostic; subscribers get (state, prevState).

const shallowEqual = (a, b) => {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && Object.is(a[k], b[k]));
};

export function createStore(reducers, { middleware = [], historyLimit = 50 } = {}) {
  let state = Object.fromEntries(Object.entries(reducers).map(([k, r]) => [k, r(undefined, { type: '@@init' })]));
  const listeners = new Set();
  const past = [];
  const future = [];
  let dispatching = false;

  function rootReducer(prev, action) {
    let changed = false;
    const next = {};
    for (const [key, reducer] of Object.entries(reducers)) {
      next[key] = reducer(prev[key], action);
      if (next[key] !== prev[key]) changed = true;
    }
    return changed ? next : prev;
  }

  function baseDispatch(action) {
    if (dispatching) throw new Error('reducers may not dispatch');
    if (!action || typeof action.type !== 'string') throw new TypeError('actions need a string type');
    const prev = state;
    dispatching = true;
    try {
      state = rootReducer(prev, action);
    } finally {
      dispatching = false;
    }
    if (state !== prev) {
      if (!action.meta?.skipHistory) {
        past.push(prev);
        if (past.length > historyLimit) past.shift();
        future.length = 0;
      }
      listeners.forEach((fn) => fn(state, prev));
    }
    return action;
  }

  const api = {
    getState: () => state,
    dispatch: (action) => dispatch(action),
  };
  const dispatch = middleware.reduceRight((next, mw) => mw(api)(next), baseDispatch);

  function subscribe(fn) {
    listeners.add(fn);
    return () => listeners.delete(fn);
  }

  function select(selector, onChange, equals = shallowEqual) {
    let current = selector(state);
    return subscribe((s) => {
      const next = selector(s);
      if (!equals(next, current)) {
        const old = current;
        current = next;
        onChange(next, old);
      }
    });
  }

  function travel(from, to) {
    if (!from.length) return false;
    const prev = state;
    to.push(state);
    state = from.pop();
    listeners.forEach((fn) => fn(state, prev));
    return true;
  }

  return {
    ...api,
    dispatch,
    subscribe,
    select,
    undo: () => travel(past, future),
    redo: () => travel(future, past),
    get canUndo() { return past.length > 0; },
    get canRedo() { return future.length > 0; },
  };
}

export function computed(store, selectors, combine) {
  let last = selectors.map((s) => s(store.getState()));
  let value = combine(...last);
  store.subscribe((state) => {
    const inputs = selectors.map((s) => s(state));
    if (inputs.some((v, i) => v !== last[i])) {
      last = inputs;
      value = combine(...inputs);
    }
  });
  return () => value;
}

// ---- middleware ----

export const logger = ({ getState }) => (next) => (action) => {
  const before = getState();
  const result = next(action);
  console.log(`[store] ${action.type}`, { before, after: getState() });
  return result;
};

export const thunk = ({ dispatch, getState }) => (next) => (action) =>
  typeof action === 'function' ? action(dispatch, getState) : next(action);

// ---- example ----

const todos = (state = [], action) => {
  switch (action.type) {
    case 'todo/add':
      return [...state, { id: state.length + 1, text: action.text, done: false }];
    case 'todo/toggle':
      return state.map((t) => (t.id === action.id ? { ...t, done: !t.done } : t));
    default:
      return state;
  }
};

const filter = (state = 'all', action) => (action.type === 'filter/set' ? action.value : state);

if (import.meta.url === `file://${process.argv[1]}`) {
  const store = createStore({ todos, filter }, { middleware: [thunk] });
  const remaining = computed(store, [(s) => s.todos], (list) => list.filter((t) => !t.done).length);

  store.select((s) => s.filter, (f) => console.log('filter ->', f));
  store.dispatch({ type: 'todo/add', text: 'write docs' });
  store.dispatch({ type: 'todo/add', text: 'ship it' });
  store.dispatch({ type: 'todo/toggle', id: 1 });
  store.dispatch((dispatch) => dispatch({ type: 'filter/set', value: 'active' }));
  console.log('remaining', remaining());
  store.undo();
  store.undo();
  console.log('after undo x2', store.getState().todos, 'remaining', remaining());
}
