import { describe, expect, it } from 'vitest'
import { formatCount } from './format-count'

describe('formatCount', () => {
  it('writes numbers as toLocaleString("en") does', () => {
    for (const n of [
      0, 1, 12, 999, 1000, 1001, 12_345, 100_000, 1_234_567, -1, -1000, -987_654_321,
    ])
      expect(formatCount(n)).toBe(n.toLocaleString('en'))
  })
  it('leaves what is not a whole number as it is', () => {
    expect(formatCount(1.5)).toBe('1.5')
    expect(formatCount(Number.NaN)).toBe('NaN')
  })
})
