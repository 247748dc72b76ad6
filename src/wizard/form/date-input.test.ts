import { describe, expect, it } from 'vitest'
import { groupChatSchemaFor } from '../../rules/group-chat-schema'
import { dateParts, dateValue } from './fields'

const cutoff = (value: string) =>
  groupChatSchemaFor({ today: '2026-12-01' }).shape.cutoffDate.safeParse(value)

describe('the date boxes', () => {
  it('store day, month and year as one ISO date, and show it back', () => {
    expect(dateValue({ day: '1', month: '1', year: '2010' })).toBe('2010-01-01')
    expect(dateParts('2010-01-01')).toEqual({ day: '01', month: '01', year: '2010' })
    expect(dateValue({ day: '', month: '', year: '' })).toBe('')
  })
  it('keep a date not finished as typed, which the check refuses in day, month and year words', () => {
    const typed = dateValue({ day: '31', month: '2', year: '2010' })
    expect(cutoff(typed).error?.issues[0]?.message).toMatch(/day, month and year/)
    const partial = dateValue({ day: '5', month: '', year: '' })
    expect(dateParts(partial)).toEqual({ day: '5', month: '', year: '' })
    expect(cutoff(partial).success).toBe(false)
  })
})
