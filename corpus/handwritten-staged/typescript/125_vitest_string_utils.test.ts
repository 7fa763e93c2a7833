import { describe, it, expect, test } from 'vitest'

type Case = 'camel' | 'snake' | 'kebab' | 'pascal'

function words(input: string): string[] {
  return input
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_\-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase())
}

export function convertCase(input: string, to: Case): string {
  const w = words(input)
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
  switch (to) {
    case 'camel':
      return w.map((x, i) => (i === 0 ? x : cap(x))).join('')
    case 'pascal':
      return w.map(cap).join('')
    case 'snake':
      return w.join('_')
    case 'kebab':
      return w.join('-')
  }
}

export function truncate(text: string, max: number, ellipsis = '…'): string {
  if (max < ellipsis.length) throw new RangeError(`max must be >= ${ellipsis.length}`)
  return text.length <= max ? text : text.slice(0, max - ellipsis.length).trimEnd() + ellipsis
}

describe('convertCase', () => {
  const table: ReadonlyArray<{ input: string; to: Case; expected: string }> = [
    { input: 'hello world', to: 'camel', expected: 'helloWorld' },
    { input: 'userId', to: 'snake', expected: 'user_id' },
    { input: 'HTTP_status-code', to: 'kebab', expected: 'http-status-code' },
    { input: 'make-it-pascal', to: 'pascal', expected: 'MakeItPascal' },
  ]

  test.each(table)('$input -> $to', ({ input, to, expected }) => {
    expect(convertCase(input, to)).toBe(expected)
  })

  it('returns empty string for whitespace input', () => {
    expect(convertCase('   ', 'camel')).toBe('')
  })
})

describe('truncate', () => {
  it('leaves short strings alone', () => {
    expect(truncate('abc', 10)).toBe('abc')
  })

  it('adds an ellipsis and trims trailing spaces', () => {
    expect(truncate('the quick brown fox', 10)).toBe('the quick…')
  })

  it('throws when max is smaller than the ellipsis', () => {
    expect(() => truncate('abc', 2, '...')).toThrowError(RangeError)
  })
})
