export class RingBuffer<T> implements Iterable<T> {
  readonly #items: (T | undefined)[];
  #head = 0; // index of oldest element
  #length = 0;

  constructor(public readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.#items = new Array<T | undefined>(capacity);
  }

  get length(): number {
    return this.#length;
  }

  get isFull(): boolean {
    return this.#length === this.capacity;
  }

  /** Appends, overwriting the oldest element when full. Returns the evicted value, if any. */
  push(value: T): T | undefined {
    const tail = (this.#head + this.#length) % this.capacity;
    let evicted: T | undefined;
    if (this.isFull) {
      evicted = this.#items[this.#head];
      this.#head = (this.#head + 1) % this.capacity;
    } else {
      this.#length++;
    }
    this.#items[tail] = value;
    return evicted;
  }

  shift(): T | undefined {
    if (this.#length === 0) return undefined;
    const value = this.#items[this.#head];
    this.#items[this.#head] = undefined;
    this.#head = (this.#head + 1) % this.capacity;
    this.#length--;
    return value;
  }

  at(index: number): T | undefined {
    const i = index < 0 ? this.#length + index : index;
    if (i < 0 || i >= this.#length) return undefined;
    return this.#items[(this.#head + i) % this.capacity];
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.#length; i++) yield this.#items[(this.#head + i) % this.capacity] as T;
  }

  toArray(): T[] {
    return [...this];
  }
}

// Rolling average of the last N latency samples
const samples = new RingBuffer<number>(5);
[120, 80, 95, 300, 110, 90, 70].forEach((ms) => samples.push(ms));
const avg = samples.toArray().reduce((a, b) => a + b, 0) / samples.length;
console.log(`p-avg over ${samples.length}: ${avg.toFixed(1)} ms`, samples.at(-1));
