type Awaited_<T> = T extends PromiseLike<infer U> ? Awaited_<U> : T;

type ElementOf<T> = T extends readonly (infer E)[] ? E : never;

type FirstArg<F> = F extends (first: infer A, ...rest: any[]) => any ? A : never;

type ReturnOf<F> = F extends (...args: any[]) => infer R ? R : never;

type NonNullableDeep<T> = T extends null | undefined
  ? never
  : T extends object
    ? { [K in keyof T]-?: NonNullableDeep<T[K]> }
    : T;

type IsAny<T> = 0 extends 1 & T ? true : false;
type IsNever<T> = [T] extends [never] ? true : false;
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

type Length<T extends readonly unknown[]> = T['length'];
type Last<T extends readonly unknown[]> = T extends [...unknown[], infer L] ? L : undefined;
type Reverse<T extends readonly unknown[]> = T extends [infer H, ...infer R] ? [...Reverse<R>, H] : [];

type Split<S extends string, D extends string> = S extends `${infer A}${D}${infer B}`
  ? [A, ...Split<B, D>]
  : S extends '' ? [] : [S];

type PathValue<T, P extends string> = P extends `${infer K}.${infer Rest}`
  ? K extends keyof T ? PathValue<T[K], Rest> : never
  : P extends keyof T ? T[P] : never;

// quick compile-time tests
type Expect<T extends true> = T;
type Equal<A, B> = (<G>() => G extends A ? 1 : 2) extends (<G>() => G extends B ? 1 : 2) ? true : false;

interface Config {
  db: { host: string; port: number; replicas?: { host: string }[] };
  cache: { ttl: number };
}

export type Tests = [
  Expect<Equal<Awaited_<Promise<Promise<number>>>, number>>,
  Expect<Equal<ElementOf<string[]>, string>>,
  Expect<Equal<FirstArg<(a: Date, b: number) => void>, Date>>,
  Expect<Equal<ReturnOf<() => 'ok'>, 'ok'>>,
  Expect<Equal<IsAny<any>, true>>,
  Expect<Equal<IsNever<never>, true>>,
  Expect<Equal<IsUnion<'a' | 'b'>, true>>,
  Expect<Equal<Length<[1, 2, 3]>, 3>>,
  Expect<Equal<Last<[1, 2, 3]>, 3>>,
  Expect<Equal<Reverse<[1, 2, 3]>, [3, 2, 1]>>,
  Expect<Equal<Split<'a,b,c', ','>, ['a', 'b', 'c']>>,
  Expect<Equal<PathValue<Config, 'db.port'>, number>>,
  Expect<Equal<PathValue<Config, 'cache.ttl'>, number>>,
];

export type { NonNullableDeep };
