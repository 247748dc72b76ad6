import { describe, expect, it } from 'vitest'
import { makeReferencePlan } from '../plan/test-plans'
import { stepById } from '../ui/step-registry'
import { submitStep } from './submit-step'

const plan = makeReferencePlan()
const source = stepById('source')! as { id: 'source'; slice: 'source'; title: string }
const sql = stepById('sql')! as { id: 'sql'; slice: 'sql'; title: string }

describe('submitStep', () => {
  it('puts the step into the plan and goes to the next step that applies', () => {
    const values = { instances: plan.answers.sql!.instances.slice(0, 1) }
    const result = submitStep(plan, sql, values, { base: plan.answers.sql })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.plan.answers.sql).toEqual(values)
    expect(result.plan.answers.source).toBe(plan.answers.source)
    expect(result.next?.id).toBe('pools')
    expect(result.spentDrafts).toEqual(['sql'])
  })

  it('parks the Group Chat answers on No, skips its step, and brings them back on Yes', () => {
    const off = submitStep(
      plan,
      source,
      { ...plan.answers.source!, groupChat: 'no' },
      { base: plan.answers.source },
    )
    if (!off.ok) throw new Error('refused')
    expect(off.plan.answers.groupChat).toBeUndefined()
    expect(off.parked.groupChat).toEqual(plan.answers.groupChat)
    const on = submitStep(
      off.plan,
      source,
      { ...plan.answers.source!, groupChat: 'yes' },
      { base: off.plan.answers.source, parked: off.parked },
    )
    if (!on.ok) throw new Error('refused')
    expect(on.plan.answers.groupChat).toEqual(plan.answers.groupChat)
    expect(on.spentDrafts).toContain('group-chat')
  })

  it('refuses a save over answers another tab saved since the form was filled', () => {
    const theirs = { instances: plan.answers.sql!.instances.slice(0, 1) }
    const latest = { ...plan, answers: { ...plan.answers, sql: theirs } }
    const mine = { instances: plan.answers.sql!.instances.slice(1) }
    const result = submitStep(latest, sql, mine, { base: plan.answers.sql })
    expect(result).toEqual({ ok: false, stale: theirs })
    expect(submitStep(latest, sql, mine, { base: plan.answers.sql, force: true }).ok).toBe(true)
  })

  it("returns this step's blockers in the new plan", () => {
    const values = {
      instances: plan.answers.sql!.instances.map((i) => ({ ...i, bitness: '32' as const })),
    }
    const result = submitStep(plan, sql, values, { base: plan.answers.sql })
    if (!result.ok) throw new Error('refused')
    expect(result.blockers.length).toBeGreaterThan(0)
    expect(result.blockers.every((f) => f.path.startsWith('sql.'))).toBe(true)
  })
})
