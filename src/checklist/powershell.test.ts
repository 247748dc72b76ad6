import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { psComment, psQuote } from './powershell'
import { HOSTILE_NAMES } from '../plan/hostile-names.test-helper'

/** Reads a PowerShell single-quoted string back, as the PowerShell tokenizer does. */
function psUnquote(quoted: string): { value: string; rest: string } {
  const isQuote = (c: string | undefined) =>
    c !== undefined && "'\u2018\u2019\u201A\u201B".includes(c)
  if (!isQuote(quoted[0])) throw new Error('not quoted')
  let value = ''
  let i = 1
  while (i < quoted.length) {
    const c = quoted[i] as string
    if (isQuote(c)) {
      if (isQuote(quoted[i + 1])) {
        value += c
        i += 2
        continue
      }
      return { value, rest: quoted.slice(i + 1) }
    }
    value += c
    i += 1
  }
  throw new Error('unterminated')
}

const HOSTILE = HOSTILE_NAMES

describe('psQuote', () => {
  it.each(HOSTILE)('keeps %j inside one string', (value) => {
    const quoted = psQuote(value)
    const { value: back, rest } = psUnquote(quoted)
    expect(back).toBe(value)
    expect(rest).toBe('')
  })
  it('doubles every kind of single quote', () => {
    expect(psQuote("it's")).toBe("'it''s'")
    expect(psQuote('it’s')).toBe("'it’’s'")
  })
  it('round-trips any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const { value: back, rest } = psUnquote(psQuote(value))
        return back === value && rest === ''
      }),
      { numRuns: 2000 },
    )
  }, 30_000)
})

describe('psComment', () => {
  it('never lets a newline end the comment', () => {
    expect(psComment('a\nRemove-Item x')).toBe('# a Remove-Item x')
  })
})
