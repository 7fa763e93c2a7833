// Typed SQL query builder: column names are checked against a table schema,
// results are typed from the selected columns. Emits parameterised SQL.

type ColumnType = 'text' | 'int' | 'bool' | 'timestamp' | 'json';

type TsType<C extends ColumnType> = C extends 'text'
  ? string
  : C extends 'int'
    ? number
    : C extends 'bool'
      ? boolean
      : C extends 'timestamp'
        ? Date
        : unknown;

type TableDef = { name: string; columns: Record<string, ColumnType> };

type Row<T extends TableDef> = { [K in keyof T['columns']]: TsType<T['columns'][K]> };

type Op = '=' | '<>' | '<' | '<=' | '>' | '>=' | 'like' | 'in' | 'is null' | 'is not null';

interface Condition {
  column: string;
  op: Op;
  value?: unknown;
}

export function table<const T extends TableDef>(def: T): T {
  return def;
}

export class SelectQuery<T extends TableDef, Selected extends keyof Row<T> = keyof Row<T>> {
  private cols: string[] = [];
  private conditions: Condition[] = [];
  private orders: string[] = [];
  private limitN?: number;
  private offsetN?: number;

  constructor(private readonly def: T) {}

  select<K extends keyof Row<T> & string>(...columns: K[]): SelectQuery<T, K> {
    const next = this.clone() as unknown as SelectQuery<T, K>;
    (next as any).cols = columns;
    return next;
  }

  where<K extends keyof Row<T> & string>(column: K, op: 'is null' | 'is not null'): this;
  where<K extends keyof Row<T> & string>(column: K, op: 'in', value: Row<T>[K][]): this;
  where<K extends keyof Row<T> & string>(column: K, op: Exclude<Op, 'in' | 'is null' | 'is not null'>, value: Row<T>[K]): this;
  where(column: string, op: Op, value?: unknown): this {
    const next = this.clone();
    next.conditions.push({ column, op, value });
    return next as this;
  }

  orderBy<K extends keyof Row<T> & string>(column: K, dir: 'asc' | 'desc' = 'asc'): this {
    const next = this.clone();
    next.orders.push(`${quote(column)} ${dir.toUpperCase()}`);
    return next as this;
  }

  limit(n: number): this {
    const next = this.clone();
    next.limitN = n;
    return next as this;
  }

  offset(n: number): this {
    const next = this.clone();
    next.offsetN = n;
    return next as this;
  }

  toSQL(): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const cols = this.cols.length ? this.cols.map(quote).join(', ') : '*';
    let text = `SELECT ${cols} FROM ${quote(this.def.name)}`;

    if (this.conditions.length) {
      const parts = this.conditions.map(({ column, op, value }) => {
        if (op === 'is null' || op === 'is not null') return `${quote(column)} ${op.toUpperCase()}`;
        if (op === 'in') {
          const list = (value as unknown[]).map((v) => {
            values.push(v);
            return `$${values.length}`;
          });
          return `${quote(column)} IN (${list.join(', ')})`;
        }
        values.push(value);
        return `${quote(column)} ${op.toUpperCase()} $${values.length}`;
      });
      text += ` WHERE ${parts.join(' AND ')}`;
    }
    if (this.orders.length) text += ` ORDER BY ${this.orders.join(', ')}`;
    if (this.limitN !== undefined) text += ` LIMIT ${this.limitN}`;
    if (this.offsetN !== undefined) text += ` OFFSET ${this.offsetN}`;
    return { text, values };
  }

  async run(exec: (sql: string, values: unknown[]) => Promise<unknown[]>): Promise<Pick<Row<T>, Selected>[]> {
    const { text, values } = this.toSQL();
    return (await exec(text, values)) as Pick<Row<T>, Selected>[];
  }

  private clone(): SelectQuery<T, Selected> {
    const q = new SelectQuery<T, Selected>(this.def);
    q.cols = [...this.cols];
    q.conditions = [...this.conditions];
    q.orders = [...this.orders];
    q.limitN = this.limitN;
    q.offsetN = this.offsetN;
    return q;
  }
}

function quote(ident: string): string {
  return `"${ident.replace(/"/g, '""')}"`;
}

export const from = <T extends TableDef>(def: T) => new SelectQuery(def);

// --- usage -------------------------------------------------------------------

export const orders = table({
  name: 'orders',
  columns: {
    id: 'int',
    customer_email: 'text',
    total_cents: 'int',
    paid: 'bool',
    placed_at: 'timestamp',
    shipped_at: 'timestamp',
    meta: 'json',
  },
});

const q = from(orders)
  .select('id', 'customer_email', 'total_cents')
  .where('paid', '=', true)
  .where('total_cents', '>=', 10_000)
  .where('shipped_at', 'is null')
  .orderBy('placed_at', 'desc')
  .limit(50);

// q.where('total_cents', '=', 'lots'); // error: string is not assignable to number
// from(orders).select('nope');        // error: not a column

export const bigUnshipped = q.toSQL();
// SELECT "id", "customer_email", "total_cents" FROM "orders"
//   WHERE "paid" = $1 AND "total_cents" >= $2 AND "shipped_at" IS NULL
//   ORDER BY "placed_at" DESC LIMIT 50
