import { describe, expect, it } from 'vitest'
import { buildChecklist } from '../../checklist/build-checklist'
import { fixtureStored } from '../../discovery/test/preflight-stored'
import { makeReferencePlan } from '../../plan/test-plans'
import { withoutPreflight, withPreflight } from './save-preflight'
import { preflightFindings } from './preflight-section'

describe('pre-flight results on the review and the checklist', () => {
  const plan = makeReferencePlan({ preflight: fixtureStored() })
  it('reach the checklist: a failed check is one of its blockers, a pass is not a problem', () => {
    const checklist = buildChecklist(plan.answers, plan.preflight)
    expect(checklist.blockers.map((b) => b.ruleId)).toContain('PRE-FLIGHT-02')
    expect(checklist.findings.find((f) => f.ruleId === 'PRE-FLIGHT-01')?.severity).toBe('info')
    expect(
      buildChecklist(plan.answers).findings.some((f) => f.ruleId.startsWith('PRE-FLIGHT')),
    ).toBe(false)
  })
  it('the review lists the same pre-flight findings as the checklist', () => {
    const checklist = buildChecklist(plan.answers, plan.preflight)
    expect(preflightFindings(plan)).toEqual(
      checklist.findings.filter((f) => f.ruleId.startsWith('PRE-FLIGHT')),
    )
  })
  it('an import replaces the results as a whole, with its time; removing leaves none', () => {
    const now = new Date('2026-12-03T08:00:00.000Z')
    const next = withPreflight(
      plan,
      { results: [{ id: 'PRE-FLIGHT-01', status: 'fail', detail: 'x' }] },
      now,
    )
    expect(next.preflight).toEqual({
      importedAt: '2026-12-03T08:00:00.000Z',
      results: [{ id: 'PRE-FLIGHT-01', status: 'fail', detail: 'x' }],
    })
    expect(withoutPreflight(next)).not.toHaveProperty('preflight')
    expect(preflightFindings(withoutPreflight(next))).toEqual([])
  })
})
