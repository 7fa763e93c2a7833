// Mapped-type helpers used across the codebase. Compile-time only.

/** Make selected keys optional, keep the rest as they are. */
export type PartialBy<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/** Make selected keys required. */
export type RequiredBy<T, K extends keyof T> = Omit<T, K> & Required<Pick<T, K>>;

/** Strip readonly from every property. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Recursively readonly, including arrays, maps and sets. */
export type DeepReadonly<T> =
  T extends (infer U)[] ? ReadonlyArray<DeepReadonly<U>>
  : T extends Map<infer K, infer V> ? ReadonlyMap<K, DeepReadonly<V>>
  : T extends Set<infer U> ? ReadonlySet<DeepReadonly<U>>
  : T extends Function ? T
  : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
  : T;

/** Keys of T whose values are assignable to V. */
export type KeysOfType<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T];

/** Rename keys with a prefix: { id } -> { userId } */
export type Prefixed<T, P extends string> = {
  [K in keyof T as K extends string ? `${P}${Capitalize<K>}` : never]: T[K];
};

/** Getter methods for every property. */
export type Getters<T> = {
  [K in keyof T as `get${Capitalize<string & K>}`]: () => T[K];
};

/** Turn a union into an intersection (handy for merging plugin APIs). */
export type UnionToIntersection<U> =
  (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

/** Expand an intersection for nicer hover tooltips. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** Exactly one of the given keys must be present. */
export type OneOf<T, K extends keyof T = keyof T> = {
  [P in K]: Simplify<Required<Pick<T, P>> & Partial<Record<Exclude<K, P>, never>> & Omit<T, K>>;
}[K];

// --- examples ---------------------------------------------------------

interface User {
  readonly id: string;
  name: string;
  email: string;
  age?: number;
  isAdmin: boolean;
}

type NewUser = PartialBy<User, 'id' | 'isAdmin'>;
type BooleanFlags = KeysOfType<User, boolean>; // "isAdmin"
type UserGetters = Getters<Pick<User, 'name' | 'email'>>; // { getName(): string; getEmail(): string }
type ForeignKeys = Prefixed<Pick<User, 'id'>, 'user'>; // { userId: string }

type Contact = OneOf<{ email: string; phone: string; name: string }, 'email' | 'phone'>;

const c1: Contact = { name: 'Ana', email: 'ana@example.com' };
// const c2: Contact = { name: 'Ana', email: 'a@b.c', phone: '123' }; // error

export type { NewUser, BooleanFlags, UserGetters, ForeignKeys };
export { c1 };
