type Split<S extends string, D extends string> = string extends S
  ? string[]
  : S extends ''
    ? []
    : S extends `${infer Head}${D}${infer Tail}`
      ? [Head, ...Split<Tail, D>]
      : [S];

type Join<T extends readonly string[], D extends string> = T extends readonly [infer F extends string, ...infer R extends string[]]
  ? R['length'] extends 0
    ? F
    : `${F}${D}${Join<R, D>}`
  : '';

type Trim<S extends string> = S extends ` ${infer R}` | `${infer R} ` ? Trim<R> : S;

export function split<S extends string, D extends string>(s: S, d: D): Split<S, D> {
  return s.split(d) as Split<S, D>;
}

const parts = split('2024-06-01', '-'); // ["2024", "06", "01"]
type Dotted = Join<['a', 'b', 'c'], '.'>; // "a.b.c"
type Clean = Trim<'   padded  '>; // "padded"
