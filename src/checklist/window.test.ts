import { describe, expect, it } from 'vitest'
import { makeAnswers, withSlice } from '../rules/test-factory'
import { buildChecklist, checklistItemIds } from './build-checklist'
import { windowItems } from './window'

describe('windowItems: the downtime, in order', () => {
  it('runs from the stop of the legacy services to the checks after the new services start', () => {
    const checklist = buildChecklist(makeAnswers())
    const ids = windowItems(checklist).map((i) => i.id)
    expect(ids[0]).toBe('EXP-01')
    expect(ids.at(-1)).toBe('DEC-06')
    // In checklist order, with nothing left out in between.
    const all = checklistItemIds(checklist)
    expect(ids).toEqual(all.slice(all.indexOf('EXP-01'), all.indexOf('DEC-06') + 1))
    expect(ids).not.toContain('EXP-09')
    expect(ids).not.toContain('DEC-03')
  })

  it('ends at DEC-02 when there is no legacy endpoint to check', () => {
    const ids = windowItems(buildChecklist(withSlice('groupChat', { legacyClients: 'no' }))).map(
      (i) => i.id,
    )
    expect(ids.at(-1)).toBe('DEC-02')
  })

  it('is empty without Group Chat', () => {
    expect(windowItems(buildChecklist(withSlice('source', { groupChat: 'no' })))).toEqual([])
  })
})
