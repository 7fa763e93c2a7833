/**
 * A binary min-heap backed by an array. The comparator decides ordering,
 * so passing `(a, b) => b - a` turns it into a max-heap.
 */
export type Comparator<T> = (a: T, b: T) => number;

export class PriorityQueue<T> implements Iterable<T> {
  private readonly heap: T[] = [];

  constructor(private readonly compare: Comparator<T>, initial: Iterable<T> = []) {
    for (const item of initial) this.push(item);
  }

  get size(): number {
    return this.heap.length;
  }

  isEmpty(): boolean {
    return this.heap.length === 0;
  }

  peek(): T | undefined {
    return this.heap[0];
  }

  push(value: T): void {
    this.heap.push(value);
    this.siftUp(this.heap.length - 1);
  }

  pop(): T | undefined {
    const { heap } = this;
    if (heap.length === 0) return undefined;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(this.heap[i], this.heap[parent]) >= 0) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(index: number): void {
    const n = this.heap.length;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < n && this.compare(this.heap[left], this.heap[smallest]) < 0) smallest = left;
      if (right < n && this.compare(this.heap[right], this.heap[smallest]) < 0) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  private swap(a: number, b: number): void {
    [this.heap[a], this.heap[b]] = [this.heap[b], this.heap[a]];
  }

  *[Symbol.iterator](): Iterator<T> {
    const copy = new PriorityQueue<T>(this.compare, this.heap);
    while (!copy.isEmpty()) yield copy.pop() as T;
  }
}

/** The k largest items of an iterable, using a size-bounded min-heap. */
export function topK<T>(items: Iterable<T>, k: number, score: (item: T) => number): T[] {
  const heap = new PriorityQueue<T>((a, b) => score(a) - score(b));
  for (const item of items) {
    heap.push(item);
    if (heap.size > k) heap.pop();
  }
  return [...heap].reverse();
}

/** Merge already-sorted arrays into one sorted array in O(n log k). */
export function mergeSorted<T>(lists: ReadonlyArray<readonly T[]>, compare: Comparator<T>): T[] {
  type Cursor = { list: number; index: number };
  const pq = new PriorityQueue<Cursor>((a, b) => compare(lists[a.list]![a.index]!, lists[b.list]![b.index]!));
  lists.forEach((l, i) => l.length > 0 && pq.push({ list: i, index: 0 }));
  const out: T[] = [];
  while (!pq.isEmpty()) {
    const c = pq.pop()!;
    out.push(lists[c.list]![c.index]!);
    if (c.index + 1 < lists[c.list]!.length) pq.push({ list: c.list, index: c.index + 1 });
  }
  return out;
}

interface Job {
  readonly id: string;
  readonly priority: number;
}

const jobs = new PriorityQueue<Job>((a, b) => a.priority - b.priority);
jobs.push({ id: 'email', priority: 3 });
jobs.push({ id: 'billing', priority: 1 });
jobs.push({ id: 'report', priority: 2 });
console.log([...jobs].map((j) => j.id)); // billing, report, email
console.log(topK(['kiwi', 'banana', 'fig', 'watermelon', 'apple'], 2, (s) => s.length));
console.log(mergeSorted([[1, 4, 9], [2, 3, 10], [0, 5]], (a, b) => a - b));
