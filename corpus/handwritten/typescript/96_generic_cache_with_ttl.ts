export interface CacheOptions {
  ttlMs: number;
  maxEntries?: number;
  now?: () => number;
}

interface Entry<V> {
  value: V;
  expires: number;
}

export class TtlCache<K, V> {
  private readonly store = new Map<K, Entry<V>>();
  private readonly inflight = new Map<K, Promise<V>>();
  private readonly now: () => number;

  constructor(private readonly opts: CacheOptions) {
    this.now = opts.now ?? Date.now;
  }

  get(key: K): V | undefined {
    const e = this.store.get(key);
    if (!e) return undefined;
    if (e.expires <= this.now()) {
      this.store.delete(key);
      return undefined;
    }
    // refresh recency for LRU eviction
    this.store.delete(key);
    this.store.set(key, e);
    return e.value;
  }

  set(key: K, value: V, ttlMs = this.opts.ttlMs): void {
    this.store.delete(key);
    this.store.set(key, { value, expires: this.now() + ttlMs });
    const max = this.opts.maxEntries ?? Infinity;
    while (this.store.size > max) {
      const oldest = this.store.keys().next().value as K;
      this.store.delete(oldest);
    }
  }

  /** Returns the cached value or loads it once, even with concurrent callers. */
  async getOrLoad(key: K, loader: (key: K) => Promise<V>): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const pending = this.inflight.get(key);
    if (pending) return pending;

    const p = loader(key)
      .then((v) => {
        this.set(key, v);
        return v;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }

  get size(): number {
    return this.store.size;
  }
}

const geo = new TtlCache<string, { lat: number; lon: number }>({ ttlMs: 60_000, maxEntries: 500 });
const lookup = (city: string) => geo.getOrLoad(city, async (c) => {
  const res = await fetch(`https://geo.example.com/search?q=${encodeURIComponent(c)}`);
  if (!res.ok) throw new Error(`geocode failed: ${res.status}`);
  return (await res.json()) as { lat: number; lon: number };
});
export { lookup };
