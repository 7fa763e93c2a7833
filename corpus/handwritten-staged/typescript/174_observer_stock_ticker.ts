interface Quote {
  readonly symbol: string
  readonly price: number
  readonly change: number
  readonly at: number
}

interface Observer<T> {
  next(value: T): void
  error?(err: Error): void
}

type Unsubscribe = () => void

class Ticker {
  private readonly observers = new Map<string, Set<Observer<Quote>>>()
  private readonly last = new Map<string, number>()

  subscribe(symbol: string, observer: Observer<Quote>): Unsubscribe {
    const key = symbol.toUpperCase()
    const set = this.observers.get(key) ?? new Set<Observer<Quote>>()
    set.add(observer)
    this.observers.set(key, set)
    return () => {
      set.delete(observer)
      if (set.size === 0) this.observers.delete(key)
    }
  }

  publish(symbol: string, price: number): void {
    const key = symbol.toUpperCase()
    const prev = this.last.get(key) ?? price
    this.last.set(key, price)
    const quote: Quote = { symbol: key, price, change: price - prev, at: Date.now() }
    for (const o of this.observers.get(key) ?? []) {
      try {
        o.next(quote)
      } catch (e) {
        o.error?.(e instanceof Error ? e : new Error(String(e)))
      }
    }
  }

  get watched(): string[] {
    return [...this.observers.keys()]
  }
}

class PriceAlert implements Observer<Quote> {
  constructor(
    private readonly threshold: number,
    private readonly direction: 'above' | 'below',
    private readonly notify: (msg: string) => void,
  ) {}

  next({ symbol, price }: Quote): void {
    const hit = this.direction === 'above' ? price > this.threshold : price < this.threshold
    if (hit) this.notify(`${symbol} is ${this.direction} ${this.threshold}: ${price.toFixed(2)}`)
  }
}

class MovingAverage implements Observer<Quote> {
  private window: number[] = []
  constructor(private readonly size: number) {}

  next(q: Quote): void {
    this.window = [...this.window, q.price].slice(-this.size)
  }

  get value(): number | undefined {
    return this.window.length ? this.window.reduce((a, b) => a + b) / this.window.length : undefined
  }
}

const ticker = new Ticker()
const ma = new MovingAverage(3)
const stop = ticker.subscribe('acme', new PriceAlert(105, 'above', console.warn))
ticker.subscribe('ACME', ma)
;[101, 103, 107, 104].forEach((p) => ticker.publish('ACME', p))
stop()
console.log(ticker.watched, ma.value?.toFixed(2))
