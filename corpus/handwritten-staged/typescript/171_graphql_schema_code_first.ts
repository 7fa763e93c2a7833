/*
 * A small code-first GraphQL schema builder. Type definitions are written in
 * TypeScript and both the SDL and the resolver map are derived from them, so
 * field resolvers are type-checked against their parent type.
 */

type Scalar = 'String' | 'Int' | 'Float' | 'Boolean' | 'ID';

type ScalarTS<S extends Scalar> = S extends 'Int' | 'Float'
    ? number
    : S extends 'Boolean'
      ? boolean
      : string;

interface TypeRef {
    readonly name: string;
    readonly list?: boolean;
    readonly nullable?: boolean;
}

interface ArgDef {
    readonly type: Scalar;
    readonly nullable?: boolean;
    readonly defaultValue?: string | number | boolean;
}

type ArgsOf<A extends Record<string, ArgDef>> = {
    [K in keyof A]: A[K]['nullable'] extends true ? ScalarTS<A[K]['type']> | null : ScalarTS<A[K]['type']>;
};

interface FieldDef<Parent, Ctx, Args extends Record<string, ArgDef> = {}> {
    type: Scalar | TypeRef;
    description?: string;
    args?: Args;
    deprecationReason?: string;
    resolve?: (parent: Parent, args: ArgsOf<Args>, ctx: Ctx) => unknown;
}

class ObjectType<Name extends string, Parent, Ctx> {
    private readonly fields = new Map<string, FieldDef<Parent, Ctx, any>>();

    constructor(readonly name: Name, readonly description?: string) {}

    field<Args extends Record<string, ArgDef> = {}>(name: string, def: FieldDef<Parent, Ctx, Args>): this {
        if (this.fields.has(name)) throw new Error(`${this.name}.${name} is already defined`);
        this.fields.set(name, def);
        return this;
    }

    toSDL(): string {
        const lines: string[] = [];
        if (this.description) lines.push(`"""${this.description}"""`);
        lines.push(`type ${this.name} {`);
        for (const [name, def] of this.fields) {
            if (def.description) lines.push(`  "${def.description}"`);
            const args = def.args ? renderArgs(def.args) : '';
            const deprecated = def.deprecationReason ? ` @deprecated(reason: "${def.deprecationReason}")` : '';
            lines.push(`  ${name}${args}: ${renderType(def.type)}${deprecated}`);
        }
        lines.push('}');
        return lines.join('\n');
    }

    resolvers(): Record<string, NonNullable<FieldDef<Parent, Ctx>['resolve']>> {
        const out: Record<string, NonNullable<FieldDef<Parent, Ctx>['resolve']>> = {};
        for (const [name, def] of this.fields) {
            if (def.resolve) out[name] = def.resolve as NonNullable<FieldDef<Parent, Ctx>['resolve']>;
        }
        return out;
    }
}

function renderType(t: Scalar | TypeRef): string {
    if (typeof t === 'string') return `${t}!`;
    const inner = t.list ? `[${t.name}!]` : t.name;
    return t.nullable ? inner : `${inner}!`;
}

function renderArgs(args: Record<string, ArgDef>): string {
    const parts = Object.entries(args).map(([name, a]) => {
        const def = a.defaultValue !== undefined ? ` = ${JSON.stringify(a.defaultValue)}` : '';
        return `${name}: ${a.type}${a.nullable ? '' : '!'}${def}`;
    });
    return `(${parts.join(', ')})`;
}

export class SchemaBuilder<Ctx> {
    private readonly types: ObjectType<string, any, Ctx>[] = [];

    objectType<Parent, const Name extends string>(name: Name, description?: string): ObjectType<Name, Parent, Ctx> {
        const t = new ObjectType<Name, Parent, Ctx>(name, description);
        this.types.push(t);
        return t;
    }

    build(): { typeDefs: string; resolvers: Record<string, Record<string, unknown>> } {
        const names = new Set<string>();
        for (const t of this.types) {
            if (names.has(t.name)) throw new Error(`duplicate type ${t.name}`);
            names.add(t.name);
        }
        if (!names.has('Query')) throw new Error('schema requires a Query type');
        return {
            typeDefs: this.types.map((t) => t.toSDL()).join('\n\n'),
            resolvers: Object.fromEntries(this.types.map((t) => [t.name, t.resolvers()])),
        };
    }
}

// ---------------------------------------------------------------------------

interface Ctx {
    movies: MovieRow[];
}
interface MovieRow {
    id: string;
    title: string;
    year: number;
    rating: number;
    directorName: string;
}

const builder = new SchemaBuilder<Ctx>();

builder
    .objectType<MovieRow, 'Movie'>('Movie', 'A feature film')
    .field('id', { type: 'ID' })
    .field('title', { type: 'String' })
    .field('year', { type: 'Int' })
    .field('rating', { type: 'Float', description: 'Average rating, 0-10' })
    .field('director', { type: 'String', resolve: (m) => m.directorName })
    .field('oldTitle', { type: { name: 'String', nullable: true }, deprecationReason: 'use title' });

builder
    .objectType<unknown, 'Query'>('Query')
    .field('movies', {
        type: { name: 'Movie', list: true },
        args: { minYear: { type: 'Int', nullable: true }, limit: { type: 'Int', defaultValue: 10 } },
        resolve: (_root, { minYear, limit }, ctx) =>
            ctx.movies.filter((m) => minYear === null || m.year >= minYear).slice(0, limit),
    })
    .field('movie', {
        type: { name: 'Movie', nullable: true },
        args: { id: { type: 'ID' } },
        resolve: (_root, { id }, ctx) => ctx.movies.find((m) => m.id === id) ?? null,
    });

const { typeDefs } = builder.build();
console.log(typeDefs);
