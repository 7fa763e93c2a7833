// End-to-end typed RPC without code generation (tRPC-style, much smaller).
// The server defines procedures; the client type is inferred from the router.

type Validator<T> = { parse(input: unknown): T };

interface Context {
  userId: string | null;
  ip: string;
}

type Procedure<I, O> = {
  kind: 'query' | 'mutation';
  input: Validator<I>;
  resolve: (args: { input: I; ctx: Context }) => Promise<O> | O;
  requiresAuth: boolean;
};

type AnyProcedure = Procedure<any, any>;
type RouterDef = { [key: string]: AnyProcedure | RouterDef };

class ProcedureBuilder<I = undefined> {
  constructor(
    private readonly validator: Validator<I> = { parse: () => undefined as I },
    private readonly auth = false,
  ) {}

  input<N>(v: Validator<N>): ProcedureBuilder<N> {
    return new ProcedureBuilder(v, this.auth);
  }

  authed(): ProcedureBuilder<I> {
    return new ProcedureBuilder(this.validator, true);
  }

  query<O>(resolve: Procedure<I, O>['resolve']): Procedure<I, O> {
    return { kind: 'query', input: this.validator, resolve, requiresAuth: this.auth };
  }

  mutation<O>(resolve: Procedure<I, O>['resolve']): Procedure<I, O> {
    return { kind: 'mutation', input: this.validator, resolve, requiresAuth: this.auth };
  }
}

export const procedure = new ProcedureBuilder();
export const router = <R extends RouterDef>(def: R): R => def;

export class RpcError extends Error {
  constructor(public code: 'BAD_REQUEST' | 'UNAUTHORIZED' | 'NOT_FOUND' | 'INTERNAL', message: string) {
    super(message);
  }
}

function isProcedure(x: AnyProcedure | RouterDef): x is AnyProcedure {
  return typeof (x as AnyProcedure).resolve === 'function';
}

function find(def: RouterDef, path: string): AnyProcedure | undefined {
  let node: AnyProcedure | RouterDef | undefined = def;
  for (const part of path.split('.')) {
    if (!node || isProcedure(node)) return undefined;
    node = node[part];
  }
  return node && isProcedure(node) ? node : undefined;
}

/** Fetch-API handler: POST /rpc/<path> with a JSON body. */
export function createHandler(def: RouterDef, makeContext: (req: Request) => Context) {
  return async (req: Request): Promise<Response> => {
    const path = new URL(req.url).pathname.replace(/^\/rpc\//, '');
    const proc = find(def, path);
    try {
      if (!proc) throw new RpcError('NOT_FOUND', `no procedure ${path}`);
      const ctx = makeContext(req);
      if (proc.requiresAuth && !ctx.userId) throw new RpcError('UNAUTHORIZED', 'sign in first');
      let raw: unknown;
      try {
        raw = req.headers.get('content-length') === '0' ? undefined : await req.json();
      } catch {
        throw new RpcError('BAD_REQUEST', 'invalid JSON');
      }
      let input: unknown;
      try {
        input = proc.input.parse(raw);
      } catch (e) {
        throw new RpcError('BAD_REQUEST', (e as Error).message);
      }
      const result = await proc.resolve({ input, ctx });
      return Response.json({ ok: true, result });
    } catch (e) {
      const err = e instanceof RpcError ? e : new RpcError('INTERNAL', 'internal error');
      const status = { BAD_REQUEST: 400, UNAUTHORIZED: 401, NOT_FOUND: 404, INTERNAL: 500 }[err.code];
      return Response.json({ ok: false, code: err.code, message: err.message }, { status });
    }
  };
}

// --- client ---------------------------------------------------------------------

type Client<R extends RouterDef> = {
  [K in keyof R]: R[K] extends Procedure<infer I, infer O>
    ? I extends undefined
      ? () => Promise<Awaited<O>>
      : (input: I) => Promise<Awaited<O>>
    : R[K] extends RouterDef
      ? Client<R[K]>
      : never;
};

export function createClient<R extends RouterDef>(baseUrl: string, headers: () => HeadersInit = () => ({})): Client<R> {
  const make = (path: string[]): any =>
    new Proxy(() => {}, {
      get: (_t, key: string) => make([...path, key]),
      apply: async (_t, _this, args: unknown[]) => {
        const res = await fetch(`${baseUrl}/rpc/${path.join('.')}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers() },
          body: args.length ? JSON.stringify(args[0]) : undefined,
        });
        const body = await res.json();
        if (!body.ok) throw new RpcError(body.code, body.message);
        return body.result;
      },
    });
  return make([]);
}

// --- example app --------------------------------------------------------------

const str = (min = 1): Validator<string> => ({
  parse(v) {
    if (typeof v !== 'string' || v.length < min) throw new Error(`expected string of length >= ${min}`);
    return v;
  },
});

const todoInput: Validator<{ title: string }> = {
  parse(v) {
    const o = v as { title?: unknown };
    return { title: str(1).parse(o?.title) };
  },
};

interface Todo { id: number; title: string; done: boolean; owner: string }
const todos: Todo[] = [];

export const appRouter = router({
  health: procedure.query(() => ({ status: 'ok' as const, time: Date.now() })),
  todo: {
    list: procedure.authed().query(({ ctx }) => todos.filter((t) => t.owner === ctx.userId)),
    add: procedure
      .authed()
      .input(todoInput)
      .mutation(({ input, ctx }) => {
        const todo: Todo = { id: todos.length + 1, title: input.title, done: false, owner: ctx.userId! };
        todos.push(todo);
        return todo;
      }),
    toggle: procedure
      .authed()
      .input<{ id: number }>({ parse: (v) => ({ id: Number((v as { id: unknown }).id) }) })
      .mutation(({ input }) => {
        const t = todos.find((x) => x.id === input.id);
        if (!t) throw new RpcError('NOT_FOUND', `todo ${input.id}`);
        t.done = !t.done;
        return t;
      }),
  },
});

export type AppRouter = typeof appRouter;

// In the browser:
// const api = createClient<AppRouter>('https://app.example.com');
// const t = await api.todo.add({ title: 'buy milk' }); // t: Todo
// const { status } = await api.health();               // status: 'ok'
