import { describe, expect, it } from 'vitest'
import { makeAnswers, withSlice } from '../rules/test-factory'
import { stepStatuses } from './step-status'

const statusOf = (answers: Parameters<typeof stepStatuses>[0], drafts: string[] = []) =>
  Object.fromEntries(
    stepStatuses(answers, (id) => drafts.includes(id)).map((s) => [s.step.id, s.status]),
  )

describe('stepStatuses', () => {
  it('marks answered steps Completed, a draft In progress, and the rest Not started', () => {
    expect(statusOf({ source: makeAnswers().source }, ['active-directory'])).toEqual({
      source: 'Completed',
      'active-directory': 'In progress',
      sql: 'Not started',
      pools: 'Not started',
      'group-chat': 'Not started',
    })
  })
  it('marks the step that holds a blocker, and a step that does not apply', () => {
    const answers = withSlice('source', { groupChat: 'no', method: 'in-place' })
    const status = statusOf(answers)
    expect(status.source).toBe('There is a problem')
    expect(status['group-chat']).toBe('Not needed')
    expect(status.pools).toBe('Completed')
  })
})
