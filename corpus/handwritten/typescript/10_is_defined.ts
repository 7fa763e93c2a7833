export const isDefined = <T>(x: T | null | undefined): x is T => x != null;

const ids: (number | undefined)[] = [1, undefined, 3];
const clean: number[] = ids.filter(isDefined);
