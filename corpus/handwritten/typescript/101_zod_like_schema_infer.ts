// A tiny runtime schema library whose types are inferred, zod-style.
type Issue = { path: string; message: string };
type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

abstract class Schema<T> {
  abstract check(input: unknown, path: string): Result<T>;

  parse(input: unknown): T {
    const r = this.check(input, '$');
    if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    return r.value;
  }

  optional(): Schema<T | undefined> {
    const inner = this;
    return new (class extends Schema<T | undefined> {
      check(input: unknown, path: string): Result<T | undefined> {
        return input === undefined ? { ok: true, value: undefined } : inner.check(input, path);
      }
    })();
  }
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

class StringSchema extends Schema<string> {
  constructor(private readonly min = 0) { super(); }
  minLength(n: number) { return new StringSchema(n); }
  check(input: unknown, path: string): Result<string> {
    if (typeof input !== 'string') return { ok: false, issues: [{ path, message: 'expected string' }] };
    if (input.length < this.min) return { ok: false, issues: [{ path, message: `min length ${this.min}` }] };
    return { ok: true, value: input };
  }
}

class NumberSchema extends Schema<number> {
  check(input: unknown, path: string): Result<number> {
    return typeof input === 'number' && Number.isFinite(input)
      ? { ok: true, value: input }
      : { ok: false, issues: [{ path, message: 'expected number' }] };
  }
}

class ArraySchema<T> extends Schema<T[]> {
  constructor(private readonly item: Schema<T>) { super(); }
  check(input: unknown, path: string): Result<T[]> {
    if (!Array.isArray(input)) return { ok: false, issues: [{ path, message: 'expected array' }] };
    const out: T[] = [];
    const issues: Issue[] = [];
    input.forEach((v, i) => {
      const r = this.item.check(v, `${path}[${i}]`);
      r.ok ? out.push(r.value) : issues.push(...r.issues);
    });
    return issues.length ? { ok: false, issues } : { ok: true, value: out };
  }
}

type Shape = Record<string, Schema<unknown>>;
type ObjectOf<S extends Shape> = { [K in keyof S]: Infer<S[K]> };

class ObjectSchema<S extends Shape> extends Schema<ObjectOf<S>> {
  constructor(private readonly shape: S) { super(); }
  check(input: unknown, path: string): Result<ObjectOf<S>> {
    if (typeof input !== 'object' || input === null) return { ok: false, issues: [{ path, message: 'expected object' }] };
    const out: Record<string, unknown> = {};
    const issues: Issue[] = [];
    for (const key of Object.keys(this.shape)) {
      const r = this.shape[key].check((input as Record<string, unknown>)[key], `${path}.${key}`);
      r.ok ? (out[key] = r.value) : issues.push(...r.issues);
    }
    return issues.length ? { ok: false, issues } : { ok: true, value: out as ObjectOf<S> };
  }
}

export const s = {
  string: () => new StringSchema(),
  number: () => new NumberSchema(),
  array: <T>(item: Schema<T>) => new ArraySchema(item),
  object: <S extends Shape>(shape: S) => new ObjectSchema(shape),
};

const Recipe = s.object({
  title: s.string().minLength(3),
  servings: s.number(),
  tags: s.array(s.string()),
  source: s.string().optional(),
});
type Recipe = Infer<typeof Recipe>;

const r: Recipe = Recipe.parse({ title: 'Dal', servings: 4, tags: ['vegan', 'quick'] });
console.log(r.title, r.tags.length);
