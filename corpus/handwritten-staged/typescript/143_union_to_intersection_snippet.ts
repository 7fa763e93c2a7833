type UnionToIntersection<U> =
  (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

type Merged = UnionToIntersection<{ a: 1 } | { b: 2 } | { c: 3 }>;
//   ^? { a: 1 } & { b: 2 } & { c: 3 }
