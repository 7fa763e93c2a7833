export type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
export type DeepReadonly<T> = T extends (infer U)[]
  ? ReadonlyArray<DeepReadonly<U>>
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export function deepMerge<T extends object>(base: T, patch: DeepPartial<T>): T {
  const out: any = Array.isArray(base) ? [...base] : { ...base };
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const pv = patch[key];
    const bv = base[key];
    if (pv && typeof pv === 'object' && !Array.isArray(pv) && bv && typeof bv === 'object') {
      out[key] = deepMerge(bv as object, pv as DeepPartial<object>);
    } else if (pv !== undefined) {
      out[key] = pv;
    }
  }
  return out as T;
}
