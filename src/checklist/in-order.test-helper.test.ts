import { describe, expect, it } from 'vitest'
import { firstOutOfOrder } from './in-order.test-helper'

describe('firstOutOfOrder', () => {
  it('finds needles in order, or names the first that is not', () => {
    expect(firstOutOfOrder('a b c', ['a', 'c'])).toBeUndefined()
    expect(firstOutOfOrder('a b c', ['c', 'a'])).toBe('a')
    expect(firstOutOfOrder('a b c', ['a', 'z'])).toBe('z')
  })
})
