// A typed middleware pipeline: each step's output is the next step's input.
type Step<I, O> = (input: I) => O | Promise<O>;

class Pipeline<I, O> {
  private constructor(private readonly steps: Step<any, any>[]) {}

  static start<T>(): Pipeline<T, T> {
    return new Pipeline<T, T>([]);
  }

  pipe<N>(step: Step<O, N>): Pipeline<I, N> {
    return new Pipeline<I, N>([...this.steps, step]);
  }

  tap(fn: (value: O) => void): Pipeline<I, O> {
    return this.pipe((v) => {
      fn(v);
      return v;
    });
  }

  async run(input: I): Promise<O> {
    let value: unknown = input;
    for (const step of this.steps) {
      value = await step(value);
    }
    return value as O;
  }
}

interface RawOrder { id: string; lines: { sku: string; qty: string; price: string }[] }
interface Order { id: string; lines: { sku: string; qty: number; price: number }[] }
interface PricedOrder extends Order { total: number }

const process = Pipeline.start<RawOrder>()
  .pipe((raw): Order => ({
    id: raw.id,
    lines: raw.lines.map((l) => ({ sku: l.sku, qty: Number(l.qty), price: Number(l.price) })),
  }))
  .pipe((o): Order => ({ ...o, lines: o.lines.filter((l) => l.qty > 0) }))
  .pipe(async (o): Promise<PricedOrder> => ({
    ...o,
    total: o.lines.reduce((s, l) => s + l.qty * l.price, 0),
  }))
  .tap((o) => console.log(`order ${o.id}: ${o.lines.length} lines, ${o.total.toFixed(2)}`));

process.run({ id: 'A-17', lines: [{ sku: 'X', qty: '2', price: '4.5' }, { sku: 'Y', qty: '0', price: '9' }] });
