// Minimal dependency-injection container with typed tokens, scopes and
// disposal. No reflect-metadata: dependencies are listed explicitly.

export class Token<T> {
  declare readonly __type: T;
  constructor(public readonly description: string) {}
  toString(): string {
    return `Token(${this.description})`;
  }
}

type Lifetime = 'singleton' | 'scoped' | 'transient';

type TokenTypes<Deps extends readonly Token<unknown>[]> = {
  [I in keyof Deps]: Deps[I] extends Token<infer T> ? T : never;
};

interface Provider<T> {
  lifetime: Lifetime;
  deps: readonly Token<unknown>[];
  factory: (...args: any[]) => T | Promise<T>;
  dispose?: (instance: T) => void | Promise<void>;
}

export interface Disposable {
  dispose(): void | Promise<void>;
}

export class Container {
  private providers = new Map<Token<unknown>, Provider<unknown>>();
  private instances = new Map<Token<unknown>, Promise<unknown>>();
  private created: Array<[Provider<unknown>, unknown]> = [];
  private resolving = new Set<Token<unknown>>();

  constructor(private readonly parent?: Container) {}

  register<T, const Deps extends readonly Token<unknown>[]>(
    token: Token<T>,
    options: {
      deps?: Deps;
      lifetime?: Lifetime;
      useFactory: (...deps: TokenTypes<Deps>) => T | Promise<T>;
      dispose?: (instance: T) => void | Promise<void>;
    },
  ): this {
    this.providers.set(token, {
      lifetime: options.lifetime ?? 'singleton',
      deps: options.deps ?? [],
      factory: options.useFactory as (...args: any[]) => T,
      dispose: options.dispose as Provider<unknown>['dispose'],
    });
    return this;
  }

  value<T>(token: Token<T>, value: T): this {
    return this.register(token, { useFactory: () => value });
  }

  createScope(): Container {
    return new Container(this);
  }

  async resolve<T>(token: Token<T>): Promise<T> {
    const { provider, owner } = this.lookup(token);

    if (provider.lifetime === 'transient') return this.instantiate(token, provider, this) as Promise<T>;

    // singletons live in the container that registered them, scoped ones in the current scope
    const home = provider.lifetime === 'singleton' ? owner : this;
    let pending = home.instances.get(token);
    if (!pending) {
      pending = home.instantiate(token, provider, this);
      home.instances.set(token, pending);
    }
    return pending as Promise<T>;
  }

  async dispose(): Promise<void> {
    for (const [provider, instance] of this.created.reverse()) {
      try {
        if (provider.dispose) await provider.dispose(instance);
        else if (isDisposable(instance)) await instance.dispose();
      } catch (err) {
        console.error('error while disposing', err);
      }
    }
    this.created = [];
    this.instances.clear();
  }

  private lookup(token: Token<unknown>): { provider: Provider<unknown>; owner: Container } {
    for (let c: Container | undefined = this; c; c = c.parent) {
      const provider = c.providers.get(token);
      if (provider) return { provider, owner: c };
    }
    throw new Error(`No provider for ${token}`);
  }

  private async instantiate(token: Token<unknown>, provider: Provider<unknown>, from: Container): Promise<unknown> {
    if (this.resolving.has(token)) {
      throw new Error(`Circular dependency: ${[...this.resolving, token].join(' -> ')}`);
    }
    this.resolving.add(token);
    try {
      const deps = await Promise.all(provider.deps.map((d) => from.resolve(d)));
      const instance = await provider.factory(...deps);
      this.created.push([provider, instance]);
      return instance;
    } finally {
      this.resolving.delete(token);
    }
  }
}

function isDisposable(x: unknown): x is Disposable {
  return typeof x === 'object' && x !== null && typeof (x as Disposable).dispose === 'function';
}

// --- wiring example -----------------------------------------------------------

interface Config { dbUrl: string; logLevel: 'debug' | 'info' }
interface Logger { info(msg: string): void }
interface Db { query(sql: string): Promise<unknown[]>; close(): Promise<void> }
interface RequestContext { requestId: string }

export const CONFIG = new Token<Config>('config');
export const LOGGER = new Token<Logger>('logger');
export const DB = new Token<Db>('db');
export const REQUEST = new Token<RequestContext>('request');
export const REPORTS = new Token<{ daily(): Promise<unknown[]> }>('reports');

export const root = new Container()
  .value(CONFIG, { dbUrl: 'postgres://localhost/app', logLevel: 'info' })
  .register(LOGGER, {
    deps: [CONFIG],
    useFactory: (cfg) => ({ info: (m: string) => cfg.logLevel && console.log(m) }),
  })
  .register(DB, {
    deps: [CONFIG, LOGGER],
    useFactory: async (cfg, log) => {
      log.info(`connecting to ${cfg.dbUrl}`);
      return { query: async () => [], close: async () => log.info('db closed') };
    },
    dispose: (db) => db.close(),
  })
  .register(REPORTS, {
    lifetime: 'scoped',
    deps: [DB, REQUEST],
    useFactory: (db, req) => ({
      daily: () => db.query(`/* ${req.requestId} */ SELECT * FROM daily_report`),
    }),
  });

export async function handle(requestId: string) {
  const scope = root.createScope().value(REQUEST, { requestId });
  try {
    return await (await scope.resolve(REPORTS)).daily();
  } finally {
    await scope.dispose();
  }
}
