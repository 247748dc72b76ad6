import { describe, expect, it } from 'vitest'
import { SEPARATOR_ASSUMPTION } from '../rules/rooms'
import { splitAssumption } from './assumption'
import { shortFinding } from './finding-summary'

describe('shortFinding', () => {
  it('puts the count the finding carries in one short line', () => {
    expect(shortFinding({ ruleId: 'GC-03', count: 2 })).toBe('GC-03: 2 room names too long')
    expect(shortFinding({ ruleId: 'GC-03', count: 1 })).toBe('GC-03: 1 room name too long')
    expect(shortFinding({ ruleId: 'GC-08', count: 1200 })).toBe('GC-08: 1,200 room names clash')
  })
  it('never invents a count the finding does not carry', () => {
    expect(shortFinding({ ruleId: 'GC-03' })).toBe('GC-03: Room names too long')
  })
  it('names the item when the finding is about one of several', () => {
    expect(shortFinding({ ruleId: 'SQL-02' }, 'SQL Server instance 2')).toBe(
      'SQL-02: Unsupported SQL Server version (SQL Server instance 2)',
    )
  })
})

describe('splitAssumption', () => {
  it('takes the separator assumption off the end of a message, whatever the separator', () => {
    for (const separator of ['/', ' - ', '::', '']) {
      const message = `3 room names are longer than 256 characters. ${SEPARATOR_ASSUMPTION(separator)}`
      expect(splitAssumption(message)).toEqual({
        text: '3 room names are longer than 256 characters.',
        separator,
      })
    }
  })
  it('leaves a message without it as it is', () => {
    expect(splitAssumption('Files uploaded in rooms are not migrated.')).toEqual({
      text: 'Files uploaded in rooms are not migrated.',
    })
  })
})
