/**
 * A tiny, dependency-free schema DSL for validating environment variables.
 * Modelled loosely on the style of popular validation libraries but written
 * from scratch for this project.
 */

type Issue = { path: string; message: string };

type ParseResult<T> = { success: true; data: T } | { success: false; issues: Issue[] };

abstract class Schema<Out> {
    declare readonly _output: Out;
    protected isOptional = false;
    protected fallback: Out | undefined;

    abstract parseValue(raw: string, path: string): ParseResult<Out>;

    optional(): Schema<Out | undefined> {
        const clone = Object.create(this) as this;
        clone.isOptional = true;
        return clone as Schema<Out | undefined>;
    }

    default(value: Out): Schema<Out> {
        const clone = Object.create(this) as this;
        clone.fallback = value;
        return clone;
    }

    parse(raw: string | undefined, path: string): ParseResult<Out> {
        if (raw === undefined || raw === '') {
            if (this.fallback !== undefined) return { success: true, data: this.fallback };
            if (this.isOptional) return { success: true, data: undefined as Out };
            return { success: false, issues: [{ path, message: 'is required' }] };
        }
        return this.parseValue(raw, path);
    }
}

class StringSchema<S extends string = string> extends Schema<S> {
    constructor(private readonly checks: Array<(s: string) => string | null> = []) {
        super();
    }

    parseValue(raw: string, path: string): ParseResult<S> {
        for (const check of this.checks) {
            const problem = check(raw);
            if (problem) return { success: false, issues: [{ path, message: problem }] };
        }
        return { success: true, data: raw as S };
    }

    url(): StringSchema<S> {
        return new StringSchema<S>([...this.checks, (s) => (URL.canParse(s) ? null : 'must be a valid URL')]);
    }

    min(len: number): StringSchema<S> {
        return new StringSchema<S>([...this.checks, (s) => (s.length >= len ? null : `must be at least ${len} chars`)]);
    }

    startsWith<P extends string>(prefix: P): StringSchema<`${P}${string}`> {
        return new StringSchema<`${P}${string}`>([
            ...this.checks,
            (s) => (s.startsWith(prefix) ? null : `must start with "${prefix}"`),
        ]);
    }
}

class NumberSchema extends Schema<number> {
    constructor(private readonly int = false, private readonly range: [number, number] = [-Infinity, Infinity]) {
        super();
    }

    parseValue(raw: string, path: string): ParseResult<number> {
        const n = Number(raw);
        if (!Number.isFinite(n)) return { success: false, issues: [{ path, message: `"${raw}" is not a number` }] };
        if (this.int && !Number.isInteger(n)) return { success: false, issues: [{ path, message: 'must be an integer' }] };
        const [lo, hi] = this.range;
        if (n < lo || n > hi) return { success: false, issues: [{ path, message: `must be within [${lo}, ${hi}]` }] };
        return { success: true, data: n };
    }

    int_(): NumberSchema {
        return new NumberSchema(true, this.range);
    }

    between(lo: number, hi: number): NumberSchema {
        return new NumberSchema(this.int, [lo, hi]);
    }
}

class BooleanSchema extends Schema<boolean> {
    private static readonly TRUE = new Set(['1', 'true', 'yes', 'on']);
    private static readonly FALSE = new Set(['0', 'false', 'no', 'off']);

    parseValue(raw: string, path: string): ParseResult<boolean> {
        const v = raw.toLowerCase();
        if (BooleanSchema.TRUE.has(v)) return { success: true, data: true };
        if (BooleanSchema.FALSE.has(v)) return { success: true, data: false };
        return { success: false, issues: [{ path, message: `"${raw}" is not a boolean` }] };
    }
}

class EnumSchema<const T extends readonly [string, ...string[]]> extends Schema<T[number]> {
    constructor(private readonly values: T) {
        super();
    }

    parseValue(raw: string, path: string): ParseResult<T[number]> {
        return (this.values as readonly string[]).includes(raw)
            ? { success: true, data: raw as T[number] }
            : { success: false, issues: [{ path, message: `must be one of ${this.values.join(', ')}` }] };
    }
}

export const env = {
    string: () => new StringSchema(),
    number: () => new NumberSchema(),
    port: () => new NumberSchema(true, [1, 65535]),
    boolean: () => new BooleanSchema(),
    enum: <const T extends readonly [string, ...string[]]>(values: T) => new EnumSchema(values),
};

type Shape = Record<string, Schema<unknown>>;
export type Infer<S extends Shape> = { [K in keyof S]: S[K]['_output'] };

export class EnvValidationError extends Error {
    constructor(readonly issues: readonly Issue[]) {
        super('Invalid environment:\n' + issues.map((i) => `  • ${i.path} ${i.message}`).join('\n'));
    }
}

export function loadEnv<S extends Shape>(shape: S, source: Record<string, string | undefined> = process.env): Infer<S> {
    const out: Partial<Infer<S>> = {};
    const issues: Issue[] = [];
    for (const key of Object.keys(shape) as Array<keyof S & string>) {
        const result = shape[key]!.parse(source[key], key);
        if (result.success) out[key] = result.data as Infer<S>[typeof key];
        else issues.push(...result.issues);
    }
    if (issues.length) throw new EnvValidationError(issues);
    return Object.freeze(out) as Infer<S>;
}

// --- usage -----------------------------------------------------------------

export const config = loadEnv({
    NODE_ENV: env.enum(['development', 'test', 'production']).default('development'),
    PORT: env.port().default(8080),
    DATABASE_URL: env.string().url(),
    STRIPE_KEY: env.string().startsWith('sk_').optional(),
    ENABLE_METRICS: env.boolean().default(false),
    WORKER_CONCURRENCY: env.number().int_().between(1, 64).default(4),
});

// config.STRIPE_KEY: `sk_${string}` | undefined
