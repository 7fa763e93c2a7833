import { describe, expect, test, mock } from "bun:test";

export const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

export function mean(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error("mean of empty list");
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

describe("clamp", () => {
  test.each([
    [5, 0, 10, 5],
    [-3, 0, 10, 0],
    [42, 0, 10, 10],
  ] as const)("clamp(%d, %d, %d) = %d", (n, lo, hi, expected) => {
    expect(clamp(n, lo, hi)).toBe(expected);
  });
});

describe("mean", () => {
  test("averages values", () => expect(mean([1, 2, 3, 4])).toBe(2.5));
  test("throws on empty", () => expect(() => mean([])).toThrow("empty"));
  test("works with a mocked source", () => {
    const source = mock((): number[] => [10, 20]);
    expect(mean(source())).toBe(15);
    expect(source).toHaveBeenCalledTimes(1);
  });
});
