import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest'
import { addBusinessDays, isWeekend, relativeLabel, startOfIsoWeek } from '../src/dates.js'

describe('isWeekend', () => {
  it.each([
    ['2024-03-09', true],
    ['2024-03-10', true],
    ['2024-03-11', false],
    ['2024-03-15', false],
  ])('%s -> %s', (iso, expected) => {
    expect(isWeekend(new Date(iso))).toBe(expected)
  })
})

describe('addBusinessDays', () => {
  it('skips the weekend', () => {
    const friday = new Date('2024-03-08T12:00:00Z')
    expect(addBusinessDays(friday, 1).toISOString().slice(0, 10)).toBe('2024-03-11')
  })

  it('handles negative offsets', () => {
    const monday = new Date('2024-03-11T12:00:00Z')
    expect(addBusinessDays(monday, -1).toISOString().slice(0, 10)).toBe('2024-03-08')
  })

  it('does not mutate its argument', () => {
    const d = new Date('2024-01-02T00:00:00Z')
    const copy = new Date(d)
    addBusinessDays(d, 10)
    expect(d).toEqual(copy)
  })
})

describe('startOfIsoWeek', () => {
  it('returns monday for a sunday', () => {
    expect(startOfIsoWeek(new Date('2024-03-17T15:00:00Z')).getUTCDate()).toBe(11)
  })
})

describe('relativeLabel', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2024-06-01T10:00:00Z'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('says "just now" under a minute', () => {
    expect(relativeLabel(new Date('2024-06-01T09:59:30Z'))).toBe('just now')
  })

  it('uses minutes and hours', () => {
    expect(relativeLabel(new Date('2024-06-01T09:45:00Z'))).toBe('15 minutes ago')
    expect(relativeLabel(new Date('2024-06-01T07:00:00Z'))).toBe('3 hours ago')
  })

  it('falls back to a date after a week', () => {
    expect(relativeLabel(new Date('2024-05-01T10:00:00Z'))).toMatch(/May 1/)
  })
})
