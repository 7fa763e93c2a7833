/**
 * A small query cache in the spirit of data-fetching libraries:
 * request de-duplication, stale-while-revalidate, subscriptions and
 * invalidation by key prefix. Framework-agnostic; see useQuery below
 * for a React binding written without JSX.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';

export type QueryKey = readonly [scope: string, ...parts: Array<string | number | boolean | null>];

export type QueryStatus = 'idle' | 'loading' | 'success' | 'error';

export interface QueryState<T> {
  readonly status: QueryStatus;
  readonly data: T | undefined;
  readonly error: unknown;
  readonly updatedAt: number;
  readonly isFetching: boolean;
}

interface Entry<T> {
  state: QueryState<T>;
  promise: Promise<T> | null;
  listeners: Set<() => void>;
  gcTimer?: ReturnType<typeof setTimeout>;
}

export interface QueryOptions<T> {
  staleTime?: number;
  cacheTime?: number;
  retry?: number;
  select?: (data: T) => T;
}

const INITIAL: QueryState<never> = Object.freeze({
  status: 'idle',
  data: undefined,
  error: undefined,
  updatedAt: 0,
  isFetching: false,
});

const hashKey = (key: QueryKey): string => JSON.stringify(key);

export class QueryClient {
  private readonly entries = new Map<string, Entry<unknown>>();

  constructor(private readonly defaults: Required<Omit<QueryOptions<unknown>, 'select'>> = { staleTime: 0, cacheTime: 5 * 60_000, retry: 2 }) {}

  private entry<T>(key: QueryKey): Entry<T> {
    const hash = hashKey(key);
    let e = this.entries.get(hash) as Entry<T> | undefined;
    if (!e) {
      e = { state: INITIAL, promise: null, listeners: new Set() };
      this.entries.set(hash, e as Entry<unknown>);
    }
    return e;
  }

  private set<T>(key: QueryKey, patch: Partial<QueryState<T>>): void {
    const e = this.entry<T>(key);
    e.state = { ...e.state, ...patch };
    e.listeners.forEach((l) => l());
  }

  getState<T>(key: QueryKey): QueryState<T> {
    return this.entry<T>(key).state;
  }

  subscribe(key: QueryKey, listener: () => void, cacheTime = this.defaults.cacheTime): () => void {
    const e = this.entry(key);
    clearTimeout(e.gcTimer);
    e.listeners.add(listener);
    return () => {
      e.listeners.delete(listener);
      if (e.listeners.size === 0) {
        e.gcTimer = setTimeout(() => this.entries.delete(hashKey(key)), cacheTime);
      }
    };
  }

  async fetch<T>(key: QueryKey, fn: (signal: AbortSignal) => Promise<T>, opts: QueryOptions<T> = {}): Promise<T> {
    const e = this.entry<T>(key);
    const staleTime = opts.staleTime ?? this.defaults.staleTime;
    const fresh = e.state.status === 'success' && Date.now() - e.state.updatedAt < staleTime;
    if (fresh) return e.state.data as T;
    if (e.promise) return e.promise;

    const retries = opts.retry ?? this.defaults.retry;
    const controller = new AbortController();
    this.set<T>(key, { isFetching: true, status: e.state.data === undefined ? 'loading' : e.state.status });

    const attempt = async (n: number): Promise<T> => {
      try {
        return await fn(controller.signal);
      } catch (err) {
        if (n >= retries || controller.signal.aborted) throw err;
        await new Promise((r) => setTimeout(r, 2 ** n * 300));
        return attempt(n + 1);
      }
    };

    e.promise = attempt(0)
      .then((raw) => {
        const data = opts.select ? opts.select(raw) : raw;
        this.set<T>(key, { status: 'success', data, error: undefined, updatedAt: Date.now(), isFetching: false });
        return data;
      })
      .catch((error: unknown) => {
        this.set<T>(key, { status: 'error', error, isFetching: false });
        throw error;
      })
      .finally(() => {
        e.promise = null;
      });
    return e.promise;
  }

  setData<T>(key: QueryKey, updater: T | ((old: T | undefined) => T)): void {
    const old = this.getState<T>(key).data;
    const data = typeof updater === 'function' ? (updater as (o: T | undefined) => T)(old) : updater;
    this.set<T>(key, { status: 'success', data, updatedAt: Date.now() });
  }

  /** Marks every query whose key starts with `prefix` as stale. */
  invalidate(prefix: Partial<QueryKey> & readonly unknown[]): number {
    let count = 0;
    for (const [hash, e] of this.entries) {
      const key = JSON.parse(hash) as unknown[];
      if (prefix.every((part, i) => key[i] === part)) {
        e.state = { ...e.state, updatedAt: 0 };
        e.listeners.forEach((l) => l());
        count++;
      }
    }
    return count;
  }
}

export const queryClient = new QueryClient();

export function useQuery<T>(
  key: QueryKey,
  fn: (signal: AbortSignal) => Promise<T>,
  opts: QueryOptions<T> & { enabled?: boolean } = {},
): QueryState<T> & { refetch: () => Promise<T> } {
  const hash = hashKey(key);
  const fnRef = useRef(fn);
  fnRef.current = fn;

  const state = useSyncExternalStore(
    (cb) => queryClient.subscribe(key, cb),
    () => queryClient.getState<T>(key),
  );

  useEffect(() => {
    if (opts.enabled === false) return;
    queryClient.fetch(key, (s) => fnRef.current(s), opts).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hash, opts.enabled, state.updatedAt === 0]);

  return { ...state, refetch: () => queryClient.fetch(key, (s) => fnRef.current(s), { ...opts, staleTime: 0 }) };
}
