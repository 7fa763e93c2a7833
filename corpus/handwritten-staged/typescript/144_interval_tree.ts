/**
 * Augmented AVL tree storing closed intervals [low, high].
 * Each node caches the maximum `high` in its subtree so overlap
 * queries can skip whole branches.
 */

export interface Interval<V = unknown> {
  readonly low: number;
  readonly high: number;
  readonly value: V;
}

class Node<V> {
  left: Node<V> | null = null;
  right: Node<V> | null = null;
  height = 1;
  max: number;

  constructor(public interval: Interval<V>) {
    this.max = interval.high;
  }
}

const height = <V>(n: Node<V> | null): number => (n ? n.height : 0);
const maxOf = <V>(n: Node<V> | null): number => (n ? n.max : -Infinity);

function refresh<V>(n: Node<V>): void {
  n.height = 1 + Math.max(height(n.left), height(n.right));
  n.max = Math.max(n.interval.high, maxOf(n.left), maxOf(n.right));
}

function rotateRight<V>(y: Node<V>): Node<V> {
  const x = y.left!;
  y.left = x.right;
  x.right = y;
  refresh(y);
  refresh(x);
  return x;
}

function rotateLeft<V>(x: Node<V>): Node<V> {
  const y = x.right!;
  x.right = y.left;
  y.left = x;
  refresh(x);
  refresh(y);
  return y;
}

function balance<V>(n: Node<V>): Node<V> {
  refresh(n);
  const bf = height(n.left) - height(n.right);
  if (bf > 1) {
    if (height(n.left!.left) < height(n.left!.right)) n.left = rotateLeft(n.left!);
    return rotateRight(n);
  }
  if (bf < -1) {
    if (height(n.right!.right) < height(n.right!.left)) n.right = rotateRight(n.right!);
    return rotateLeft(n);
  }
  return n;
}

function compare(a: Interval<unknown>, b: Interval<unknown>): number {
  return a.low - b.low || a.high - b.high;
}

export class IntervalTree<V> {
  private root: Node<V> | null = null;
  private _size = 0;

  get size(): number {
    return this._size;
  }

  insert(low: number, high: number, value: V): void {
    if (low > high) throw new RangeError(`invalid interval [${low}, ${high}]`);
    this.root = this.insertAt(this.root, { low, high, value });
    this._size++;
  }

  private insertAt(node: Node<V> | null, iv: Interval<V>): Node<V> {
    if (!node) return new Node(iv);
    if (compare(iv, node.interval) < 0) node.left = this.insertAt(node.left, iv);
    else node.right = this.insertAt(node.right, iv);
    return balance(node);
  }

  /** All intervals that overlap [low, high]. */
  search(low: number, high: number): Interval<V>[] {
    const out: Interval<V>[] = [];
    const visit = (n: Node<V> | null): void => {
      if (!n || n.max < low) return;
      visit(n.left);
      const { interval } = n;
      if (interval.low <= high && interval.high >= low) out.push(interval);
      if (interval.low <= high) visit(n.right);
    };
    visit(this.root);
    return out;
  }

  /** Intervals containing a single point. */
  stab(point: number): Interval<V>[] {
    return this.search(point, point);
  }

  *[Symbol.iterator](): IterableIterator<Interval<V>> {
    const stack: Node<V>[] = [];
    let cur = this.root;
    while (cur || stack.length) {
      while (cur) {
        stack.push(cur);
        cur = cur.left;
      }
      const n = stack.pop()!;
      yield n.interval;
      cur = n.right;
    }
  }

  get depth(): number {
    return height(this.root);
  }
}

// --- example: find meetings that clash with a proposed slot -----------------

type Meeting = { title: string; room: `R${number}` };

const calendar = new IntervalTree<Meeting>();
const toMin = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

const booked: ReadonlyArray<readonly [string, string, Meeting]> = [
  ['09:00', '09:30', { title: 'standup', room: 'R1' }],
  ['10:00', '11:30', { title: 'design review', room: 'R2' }],
  ['11:00', '12:00', { title: '1:1', room: 'R1' }],
  ['13:00', '14:00', { title: 'lunch & learn', room: 'R3' }],
];

for (const [from, to, meeting] of booked) calendar.insert(toMin(from), toMin(to), meeting);

const clashes = calendar.search(toMin('11:15'), toMin('13:10')).map((iv) => iv.value.title);
console.log(clashes, `depth=${calendar.depth}`);
