import { describe, expect, it } from 'vitest'
import { shortAnyFinding } from './preflight-summary'

describe('shortAnyFinding', () => {
  it('gives a pre-flight result its status, then what the check is about', () => {
    expect(
      shortAnyFinding({ ruleId: 'PRE-FLIGHT-09', message: 'Failed: these users have a name…' }),
    ).toBe('PRE-FLIGHT-09: Failed: no user name starts or ends with a space')
    expect(shortAnyFinding({ ruleId: 'PRE-FLIGHT-09', message: 'Check by hand: …' })).toBe(
      'PRE-FLIGHT-09: Check by hand: no user name starts or ends with a space',
    )
    expect(shortAnyFinding({ ruleId: 'PRE-FLIGHT-09', message: 'Something else' })).toBe(
      'PRE-FLIGHT-09: No user name starts or ends with a space',
    )
  })

  it("gives a rule's finding the rule's short line", () => {
    expect(shortAnyFinding({ ruleId: 'GC-03', count: 2, message: 'long text' })).toBe(
      'GC-03: 2 room names too long',
    )
  })
})
