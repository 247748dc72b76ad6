import { describe, expect, it } from 'vitest'
import { sameValue } from './same-value'

describe('sameValue', () => {
  it('ignores key order and undefined members', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true)
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true)
  })
  it('sees any difference in values, array order or length', () => {
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false)
    expect(sameValue([1, 2], [2, 1])).toBe(false)
    expect(sameValue([1], [1, 1])).toBe(false)
    expect(sameValue({ a: [] }, { a: {} })).toBe(false)
    expect(sameValue({ a: null }, { a: {} })).toBe(false)
  })
})
