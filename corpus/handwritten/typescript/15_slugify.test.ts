import { describe, it, expect } from 'vitest';
import { slugify } from '../src/slugify';

describe('slugify', () => {
  it('lowercases and joins words with dashes', () => {
    expect(slugify('Hello World')).toBe('hello-world');
  });

  it('strips diacritics', () => {
    expect(slugify('Crème brûlée à la carte')).toBe('creme-brulee-a-la-carte');
  });

  it.each<[string, string]>([
    ['  spaced  out  ', 'spaced-out'],
    ['C++ & Rust!', 'c-rust'],
    ['already-slugged', 'already-slugged'],
    ['', ''],
  ])('slugify(%j) === %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('respects maxLength without cutting mid-word', () => {
    const s = slugify('the quick brown fox jumps over', { maxLength: 14 });
    expect(s).toBe('the-quick');
    expect(s.length).toBeLessThanOrEqual(14);
  });
});
