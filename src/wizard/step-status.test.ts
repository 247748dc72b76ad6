import { describe, expect, it } from 'vitest'
import { makeAnswers, withSlice } from '../rules/test-factory'
import { findingsFor } from '../store/findings'
import { nextStep, stepStatuses } from './step-status'

// As the plan layout does: a page is drawn once the plan's findings are known.
const judged: typeof stepStatuses = (answers, hasDraft) => {
  findingsFor(answers)
  return stepStatuses(answers, hasDraft)
}

const statusOf = (answers: Parameters<typeof stepStatuses>[0], drafts: string[] = []) =>
  Object.fromEntries(judged(answers, (id) => drafts.includes(id)).map((s) => [s.step.id, s.status]))

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

  it('follows drafts: a typed but unsaved step is In progress, saved or not', () => {
    const answers = makeAnswers()
    expect(statusOf({}, ['source']).source).toBe('In progress')
    expect(statusOf(answers, ['sql']).sql).toBe('In progress')
    expect(statusOf(answers).sql).toBe('Completed')
  })

  it('says Group Chat cannot start yet until "Is Group Chat deployed?" is saved', () => {
    const empty = judged({}, () => false).find((s) => s.step.id === 'group-chat')
    expect(empty?.status).toBe('Cannot start yet')
    expect(empty?.reason).toMatch(/Is Group Chat deployed\?/)
    // A draft of the source step decides nothing: the Group Chat page follows saved answers.
    expect(statusOf({}, ['source'])['group-chat']).toBe('Cannot start yet')
  })

  it('says Not needed only after No, and never after Yes', () => {
    const no = withSlice('source', { groupChat: 'no' })
    const yes = withSlice('source', { groupChat: 'yes' })
    delete yes.groupChat
    expect(statusOf(no)['group-chat']).toBe('Not needed')
    expect(judged(no, () => false).at(-1)?.reason).toMatch(/not deployed/)
    expect(statusOf(yes)['group-chat']).toBe('Not started')
    expect(statusOf(yes, ['group-chat'])['group-chat']).toBe('In progress')
  })

  it('marks the step that holds a blocker, even while it is being edited', () => {
    const answers = withSlice('source', { groupChat: 'no', method: 'in-place' })
    expect(statusOf(answers).source).toBe('There is a problem')
    expect(statusOf(answers, ['source']).source).toBe('There is a problem')
    expect(statusOf(answers).pools).toBe('Completed')
  })

  it('points to the first step still to do, skipping those that cannot start', () => {
    const states = judged({ source: makeAnswers().source }, (id) => id === 'sql')
    expect(nextStep(states)?.step.id).toBe('active-directory')
    expect(nextStep(judged({}, () => false))?.step.id).toBe('source')
    expect(nextStep(judged(makeAnswers(), () => false))).toBeUndefined()
  })
})
