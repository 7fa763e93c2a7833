type Zipped<T extends readonly unknown[][]> = { [K in keyof T]: T[K] extends readonly (infer E)[] ? E : never };

export function zip<T extends readonly unknown[][]>(...arrays: T): Array<Zipped<T>> {
  const len = Math.min(...arrays.map((a) => a.length));
  return Array.from({ length: len }, (_, i) => arrays.map((a) => a[i]) as Zipped<T>);
}

const rows = zip(['a', 'b'], [1, 2], [true, false]); // Array<[string, number, boolean]>
