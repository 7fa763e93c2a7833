// Type-level helpers for dotted paths into nested objects, e.g. for a
// settings store: get(settings, "editor.font.size") is typed as number.

type Primitive = string | number | boolean | bigint | symbol | null | undefined | Date;

export type Paths<T, Prefix extends string = ''> = T extends Primitive
  ? never
  : {
      [K in keyof T & string]: T[K] extends Primitive | readonly unknown[]
        ? `${Prefix}${K}`
        : `${Prefix}${K}` | Paths<T[K], `${Prefix}${K}.`>;
    }[keyof T & string];

export type PathValue<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? PathValue<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

export type DeepReadonly<T> = T extends Primitive
  ? T
  : T extends readonly (infer U)[]
    ? ReadonlyArray<DeepReadonly<U>>
    : { readonly [K in keyof T]: DeepReadonly<T[K]> };

export type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

export function get<T, P extends Paths<T>>(obj: T, path: P): PathValue<T, P> {
  return (path as string).split('.').reduce<unknown>((acc, key) => (acc as Record<string, unknown>)?.[key], obj) as PathValue<T, P>;
}

export function set<T, P extends Paths<T>>(obj: T, path: P, value: PathValue<T, P>): T {
  const keys = (path as string).split('.');
  const clone = structuredClone(obj) as Record<string, unknown>;
  let cursor = clone;
  keys.slice(0, -1).forEach((k) => {
    cursor[k] = { ...(cursor[k] as object) };
    cursor = cursor[k] as Record<string, unknown>;
  });
  cursor[keys[keys.length - 1]] = value;
  return clone as T;
}

// --- example ---
interface Settings {
  theme: 'light' | 'dark';
  editor: { font: { family: string; size: number }; wordWrap: boolean; rulers: number[] };
}

const settings: DeepReadonly<Settings> = {
  theme: 'dark',
  editor: { font: { family: 'Fira Code', size: 14 }, wordWrap: false, rulers: [80, 100] },
};

const size: number = get(settings as Settings, 'editor.font.size');
const next = set(settings as Settings, 'editor.wordWrap', true);
console.log(size, next.editor.wordWrap);
