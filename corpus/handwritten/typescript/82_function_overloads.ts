export function parseDate(input: string): Date;
export function parseDate(input: number): Date;
export function parseDate(input: null | undefined): null;
export function parseDate(input: string | number | null | undefined): Date | null {
  if (input == null) return null;
  const d = typeof input === "number" ? new Date(input * 1000) : new Date(input);
  if (Number.isNaN(d.getTime())) throw new RangeError(`invalid date: ${input}`);
  return d;
}
