import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as Evaluate from '../rules/evaluate'
import type { Plan } from '../plan/plan'
import { makeReferencePlan } from '../plan/test-plans'
import { memoryLocalStorage } from './memory-storage.test-helper'

// A page that shows a plan's findings (a step, the step list) reads the verdict kept
// beside the stored plan; the rules run only for text this build of the rules has not
// judged (docs/decisions/0026).

const runs = vi.hoisted(() => ({ count: 0 }))
vi.mock('../rules/evaluate', async (importOriginal) => {
  const real = await importOriginal<typeof Evaluate>()
  return {
    ...real,
    evaluate: (...args: Parameters<typeof real.evaluate>) => {
      runs.count += 1
      return real.evaluate(...args)
    },
  }
})

let storage: Storage
beforeEach(() => {
  storage = memoryLocalStorage()
  vi.stubGlobal('localStorage', storage)
  runs.count = 0
})

/** A page load: the store's modules start afresh over what storage holds. */
async function page() {
  vi.resetModules()
  const store = await import('./plan-store')
  const findings = await import('./plan-findings')
  const known = await import('./known-findings')
  const answersOf = (id: string) => {
    const loaded = store.loadPlan(id)
    if (loaded.status !== 'ok') throw new Error(`plan ${id}: ${loaded.status}`)
    return loaded.plan.answers
  }
  /**
   * What the plan layout does: it draws a page once the findings are known, then keeps
   * the verdict beside the stored plan.
   */
  const judged = async (id: string) => {
    await vi.waitFor(() => expect(findings.findingsState(answersOf(id))).toBe('known'), {
      timeout: 15_000,
    })
    known.keepFindings(answersOf(id))
    return known.savedFindings(answersOf(id))
  }
  return { ...store, ...findings, ...known, answersOf, judged }
}

const keptKey = (id: string) => `lync-planner:findings:${id}`

/** The reference plan with a blocker on the source step (in-place upgrade). */
function planWithBlocker(): Plan {
  const plan = makeReferencePlan()
  const source = plan.answers.source
  if (!source) throw new Error('the reference plan has a source step')
  return { ...plan, answers: { ...plan.answers, source: { ...source, method: 'in-place' } } }
}

describe('findings kept beside a stored plan', () => {
  it('is what Vite built: a hash of the rule modules', async () => {
    const { RULES_BUILD } = await page()
    expect(RULES_BUILD).toMatch(/^[0-9a-f]{16}$/)
  })

  it('judges a plan once, then shows its findings after a reload with no rule run', async () => {
    const plan = planWithBlocker()
    const first = await page()
    first.savePlan(plan)
    expect(first.findingsState(first.answersOf(plan.id))).toBe('loading')
    const judged = await first.judged(plan.id)
    expect(judged.map((f) => f.ruleId)).toContain('SRC-03')
    expect(runs.count).toBe(1)

    const again = await page()
    expect(again.findingsState(again.answersOf(plan.id))).toBe('known')
    expect(again.savedFindings(again.answersOf(plan.id))).toEqual(judged)
    expect(runs.count).toBe(1)
  })

  it("keeps Continue's verdict, worked out before the save, for the saved text", async () => {
    const plan = planWithBlocker()
    const first = await page()
    const { findingsFor } = await import('./findings')
    const verdict = findingsFor(plan.answers)
    first.savePlan(plan)
    expect(first.findingsState(first.answersOf(plan.id))).toBe('known')
    // Drawing judges nothing and writes nothing; the layout keeps the verdict after.
    expect(storage.getItem(keptKey(plan.id))).toBeNull()
    first.keepFindings(first.answersOf(plan.id))
    expect(runs.count).toBe(1)

    const again = await page()
    expect(again.savedFindings(again.answersOf(plan.id))).toEqual(verdict)
    expect(runs.count).toBe(1)
  })

  it('judges again when the stored text changed since (another tab, another version)', async () => {
    const plan = planWithBlocker()
    const first = await page()
    first.savePlan(plan)
    await first.judged(plan.id)
    // The method fixed elsewhere: the kept verdict (a blocker) no longer fits.
    const key = `lync-planner:plan:${plan.id}`
    const text = storage.getItem(key) ?? ''
    storage.setItem(key, text.replace('"in-place"', '"side-by-side"'))

    const again = await page()
    await vi.waitFor(() => expect(again.loadPlan(plan.id).status).toBe('ok'), { timeout: 15_000 })
    expect(again.findingsState(again.answersOf(plan.id))).toBe('loading')
    const judged = await again.judged(plan.id)
    expect(judged.map((f) => f.ruleId)).not.toContain('SRC-03')
    expect(runs.count).toBe(2)
  })

  it('judges again when the rules changed, or the kept verdict is damaged', async () => {
    const plan = planWithBlocker()
    const first = await page()
    first.savePlan(plan)
    await first.judged(plan.id)
    const kept = JSON.parse(storage.getItem(keptKey(plan.id)) ?? 'null') as {
      rules: string
      list: unknown[]
    }

    storage.setItem(keptKey(plan.id), JSON.stringify({ ...kept, rules: 'an older build' }))
    const newerRules = await page()
    expect(newerRules.findingsState(newerRules.answersOf(plan.id))).toBe('loading')
    await newerRules.judged(plan.id)
    expect(runs.count).toBe(2)

    const [blocker] = kept.list as object[]
    for (const list of [
      [{ ...blocker, severity: 'fatal' }],
      [{ ...blocker, sources: ['S99'] }],
      [{ ...blocker, items: [{ name: 'a room' }] }],
      [null],
      'SRC-03',
    ]) {
      storage.setItem(keptKey(plan.id), JSON.stringify({ ...kept, list }))
      const damaged = await page()
      expect(damaged.findingsState(damaged.answersOf(plan.id))).toBe('loading')
    }
  })

  it('goes with its plan when the plan is deleted', async () => {
    const plan = planWithBlocker()
    const first = await page()
    first.savePlan(plan)
    await first.judged(plan.id)
    expect(storage.getItem(keptKey(plan.id))).not.toBeNull()
    const { deletePlan } = await import('./storage')
    deletePlan(plan.id)
    expect(storage.getItem(keptKey(plan.id))).toBeNull()
  })

  it('makes room for a plan: a save that storage refuses for lack of room drops kept verdicts', async () => {
    const plan = planWithBlocker()
    const first = await page()
    first.savePlan(plan)
    await first.judged(plan.id)
    const kept = storage.getItem(keptKey(plan.id)) ?? ''
    expect(kept).not.toBe('')
    // Storage now holds no more than it does: the next save fits only without the verdict.
    const used = () =>
      [...Array(storage.length).keys()].reduce((sum, i) => {
        const k = storage.key(i) ?? ''
        return sum + k.length + (storage.getItem(k) ?? '').length
      }, 0)
    const limit = used() + 100
    const setItem = storage.setItem.bind(storage)
    storage.setItem = (k: string, v: string) => {
      const before = storage.getItem(k) ?? ''
      if (used() - before.length + String(v).length > limit)
        throw new DOMException('full', 'QuotaExceededError')
      setItem(k, v)
    }
    // The name is in the plan and in the index: 150 more characters in each fit only
    // without the verdict.
    expect(kept.length).toBeGreaterThan(250)
    const renamed = { ...plan, name: `${plan.name} ${'x'.repeat(150)}` }
    expect(first.savePlan(renamed)).toEqual({ ok: true })
    expect(storage.getItem(keptKey(plan.id))).toBeNull()
    expect(first.loadPlan(plan.id)).toMatchObject({ status: 'ok', plan: { name: renamed.name } })
  })
})
