type State = 'idle' | 'loading' | 'success' | 'failure';
type Event =
  | { type: 'FETCH' }
  | { type: 'RESOLVE'; data: string[] }
  | { type: 'REJECT'; reason: string }
  | { type: 'RESET' };

interface Context {
  data: string[];
  error?: string;
  attempts: number;
}

const transitions: Record<State, Partial<Record<Event['type'], State>>> = {
  idle: { FETCH: 'loading' },
  loading: { RESOLVE: 'success', REJECT: 'failure' },
  success: { FETCH: 'loading', RESET: 'idle' },
  failure: { FETCH: 'loading', RESET: 'idle' },
};

export function step(state: State, ctx: Context, ev: Event): [State, Context] {
  const next = transitions[state][ev.type];
  if (!next) return [state, ctx];
  switch (ev.type) {
    case 'FETCH':
      return [next, { ...ctx, attempts: ctx.attempts + 1, error: undefined }];
    case 'RESOLVE':
      return [next, { ...ctx, data: ev.data }];
    case 'REJECT':
      return [next, { ...ctx, error: ev.reason }];
    case 'RESET':
      return [next, { data: [], attempts: 0 }];
  }
}

// --- generic version -------------------------------------------------------

export interface MachineConfig<S extends string, E extends { type: string }, C> {
  initial: S;
  context: C;
  states: {
    [K in S]: {
      on?: Partial<{ [T in E['type']]: S | { target: S; guard?: (ctx: C, ev: Extract<E, { type: T }>) => boolean } }>;
      entry?: (ctx: C) => C | void;
      exit?: (ctx: C) => C | void;
    };
  };
}

export interface Snapshot<S extends string, C> {
  readonly value: S;
  readonly context: C;
  readonly changed: boolean;
}

export function createMachine<S extends string, E extends { type: string }, C>(config: MachineConfig<S, E, C>) {
  let value: S = config.initial;
  let context: C = config.context;
  const listeners = new Set<(s: Snapshot<S, C>) => void>();

  const notify = (changed: boolean) => {
    const snap = { value, context, changed } as const;
    listeners.forEach((l) => l(snap));
  };

  return {
    get state(): Snapshot<S, C> {
      return { value, context, changed: false };
    },
    send(ev: E): void {
      const node = config.states[value];
      const transition = node.on?.[ev.type as E['type']];
      if (!transition) return notify(false);
      const { target, guard } = typeof transition === 'string' ? { target: transition, guard: undefined } : transition;
      if (guard && !guard(context, ev as never)) return notify(false);
      context = (node.exit?.(context) as C | undefined) ?? context;
      value = target;
      context = (config.states[target].entry?.(context) as C | undefined) ?? context;
      notify(true);
    },
    subscribe(fn: (s: Snapshot<S, C>) => void): () => void {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

type DoorEvent = { type: 'OPEN' } | { type: 'CLOSE' } | { type: 'LOCK'; code: string } | { type: 'UNLOCK'; code: string };

export const door = createMachine<'open' | 'closed' | 'locked', DoorEvent, { code: string; failures: number }>({
  initial: 'closed',
  context: { code: '4711', failures: 0 },
  states: {
    open: { on: { CLOSE: 'closed' } },
    closed: { on: { OPEN: 'open', LOCK: { target: 'locked', guard: (c, e) => e.code === c.code } } },
    locked: {
      on: { UNLOCK: { target: 'closed', guard: (c, e) => e.code === c.code } },
      entry: (c) => ({ ...c, failures: 0 }),
    },
  },
});
