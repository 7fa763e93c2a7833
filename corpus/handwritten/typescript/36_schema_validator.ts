// A tiny runtime schema library with static type inference, in the spirit of
// zod/valibot but ~200 lines so we can vendor it into the edge bundle.

export type Issue = { path: (string | number)[]; message: string };

export type ParseResult<T> =
  | { success: true; data: T }
  | { success: false; issues: Issue[] };

export abstract class Schema<T> {
  readonly _type!: T;

  abstract _parse(input: unknown, path: (string | number)[]): ParseResult<T>;

  parse(input: unknown): T {
    const r = this._parse(input, []);
    if (!r.success) {
      const msg = r.issues.map((i) => `${i.path.join('.') || '<root>'}: ${i.message}`).join('\n');
      throw new ValidationError(msg, r.issues);
    }
    return r.data;
  }

  safeParse(input: unknown): ParseResult<T> {
    return this._parse(input, []);
  }

  optional(): Schema<T | undefined> {
    return new OptionalSchema(this);
  }

  nullable(): Schema<T | null> {
    return new NullableSchema(this);
  }

  refine(check: (value: T) => boolean, message: string): Schema<T> {
    return new RefinedSchema(this, check, message);
  }

  transform<U>(fn: (value: T) => U): Schema<U> {
    return new TransformSchema(this, fn);
  }
}

export type Infer<S extends Schema<any>> = S['_type'];

export class ValidationError extends Error {
  constructor(message: string, public readonly issues: Issue[]) {
    super(message);
    this.name = 'ValidationError';
  }
}

const ok = <T>(data: T): ParseResult<T> => ({ success: true, data });
const fail = (path: (string | number)[], message: string): ParseResult<never> => ({
  success: false,
  issues: [{ path, message }],
});

class StringSchema extends Schema<string> {
  constructor(private checks: Array<(s: string) => string | null> = []) {
    super();
  }
  _parse(input: unknown, path: (string | number)[]): ParseResult<string> {
    if (typeof input !== 'string') return fail(path, `expected string, got ${typeOf(input)}`);
    for (const check of this.checks) {
      const err = check(input);
      if (err) return fail(path, err);
    }
    return ok(input);
  }
  min(n: number) {
    return new StringSchema([...this.checks, (s) => (s.length >= n ? null : `must be at least ${n} characters`)]);
  }
  max(n: number) {
    return new StringSchema([...this.checks, (s) => (s.length <= n ? null : `must be at most ${n} characters`)]);
  }
  email() {
    return new StringSchema([...this.checks, (s) => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s) ? null : 'invalid email')]);
  }
  regex(re: RegExp, message = `must match ${re}`) {
    return new StringSchema([...this.checks, (s) => (re.test(s) ? null : message)]);
  }
}

class NumberSchema extends Schema<number> {
  constructor(private opts: { int?: boolean; min?: number; max?: number } = {}) {
    super();
  }
  _parse(input: unknown, path: (string | number)[]): ParseResult<number> {
    if (typeof input !== 'number' || Number.isNaN(input)) return fail(path, `expected number, got ${typeOf(input)}`);
    if (this.opts.int && !Number.isInteger(input)) return fail(path, 'expected integer');
    if (this.opts.min !== undefined && input < this.opts.min) return fail(path, `must be >= ${this.opts.min}`);
    if (this.opts.max !== undefined && input > this.opts.max) return fail(path, `must be <= ${this.opts.max}`);
    return ok(input);
  }
  int() { return new NumberSchema({ ...this.opts, int: true }); }
  min(min: number) { return new NumberSchema({ ...this.opts, min }); }
  max(max: number) { return new NumberSchema({ ...this.opts, max }); }
}

class BooleanSchema extends Schema<boolean> {
  _parse(input: unknown, path: (string | number)[]): ParseResult<boolean> {
    return typeof input === 'boolean' ? ok(input) : fail(path, `expected boolean, got ${typeOf(input)}`);
  }
}

class LiteralSchema<L extends string | number | boolean> extends Schema<L> {
  constructor(private values: readonly L[]) {
    super();
  }
  _parse(input: unknown, path: (string | number)[]): ParseResult<L> {
    return this.values.includes(input as L)
      ? ok(input as L)
      : fail(path, `expected one of ${this.values.map((v) => JSON.stringify(v)).join(', ')}`);
  }
}

class ArraySchema<T> extends Schema<T[]> {
  constructor(private item: Schema<T>) {
    super();
  }
  _parse(input: unknown, path: (string | number)[]): ParseResult<T[]> {
    if (!Array.isArray(input)) return fail(path, `expected array, got ${typeOf(input)}`);
    const out: T[] = [];
    const issues: Issue[] = [];
    input.forEach((v, i) => {
      const r = this.item._parse(v, [...path, i]);
      if (r.success) out.push(r.data);
      else issues.push(...r.issues);
    });
    return issues.length ? { success: false, issues } : ok(out);
  }
}

type Shape = Record<string, Schema<any>>;

type OptionalKeys<S extends Shape> = {
  [K in keyof S]: undefined extends Infer<S[K]> ? K : never;
}[keyof S];

type ObjectType<S extends Shape> = {
  [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]>;
} & {
  [K in OptionalKeys<S>]?: Infer<S[K]>;
};

class ObjectSchema<S extends Shape> extends Schema<ObjectType<S>> {
  constructor(readonly shape: S, private strict = false) {
    super();
  }
  _parse(input: unknown, path: (string | number)[]): ParseResult<ObjectType<S>> {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return fail(path, `expected object, got ${typeOf(input)}`);
    }
    const src = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const issues: Issue[] = [];
    for (const key of Object.keys(this.shape)) {
      const r = this.shape[key]._parse(src[key], [...path, key]);
      if (r.success) {
        if (r.data !== undefined) out[key] = r.data;
      } else issues.push(...r.issues);
    }
    if (this.strict) {
      for (const key of Object.keys(src)) {
        if (!(key in this.shape)) issues.push({ path: [...path, key], message: 'unknown key' });
      }
    }
    return issues.length ? { success: false, issues } : ok(out as ObjectType<S>);
  }
  strictMode() {
    return new ObjectSchema(this.shape, true);
  }
}

class OptionalSchema<T> extends Schema<T | undefined> {
  constructor(private inner: Schema<T>) { super(); }
  _parse(input: unknown, path: (string | number)[]) {
    return input === undefined ? ok(undefined) : this.inner._parse(input, path);
  }
}

class NullableSchema<T> extends Schema<T | null> {
  constructor(private inner: Schema<T>) { super(); }
  _parse(input: unknown, path: (string | number)[]) {
    return input === null ? ok(null) : this.inner._parse(input, path);
  }
}

class RefinedSchema<T> extends Schema<T> {
  constructor(private inner: Schema<T>, private check: (v: T) => boolean, private message: string) { super(); }
  _parse(input: unknown, path: (string | number)[]): ParseResult<T> {
    const r = this.inner._parse(input, path);
    if (!r.success) return r;
    return this.check(r.data) ? r : fail(path, this.message);
  }
}

class TransformSchema<T, U> extends Schema<U> {
  constructor(private inner: Schema<T>, private fn: (v: T) => U) { super(); }
  _parse(input: unknown, path: (string | number)[]): ParseResult<U> {
    const r = this.inner._parse(input, path);
    return r.success ? ok(this.fn(r.data)) : r;
  }
}

function typeOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

export const s = {
  string: () => new StringSchema(),
  number: () => new NumberSchema(),
  boolean: () => new BooleanSchema(),
  literal: <const L extends string | number | boolean>(...values: L[]) => new LiteralSchema(values),
  array: <T>(item: Schema<T>) => new ArraySchema(item),
  object: <S extends Shape>(shape: S) => new ObjectSchema(shape),
};

// --- usage ---------------------------------------------------------------

export const SignupSchema = s.object({
  email: s.string().email(),
  password: s.string().min(12),
  plan: s.literal('free', 'pro', 'team'),
  seats: s.number().int().min(1).optional(),
  tags: s.array(s.string().max(20)).optional(),
});

export type Signup = Infer<typeof SignupSchema>;
