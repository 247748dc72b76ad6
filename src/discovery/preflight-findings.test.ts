import { describe, expect, it } from 'vitest'
import { decodePlanFragment, encodePlanToFragment } from '../plan/link-codec'
import { planSchema } from '../plan/plan'
import { parsePlanFileText, planToFileText } from '../plan/plan-file'
import { makeReferencePlan } from '../plan/test-plans'
import { PREFLIGHT_RULES } from '../rules/catalogue'
import { evaluate } from '../rules/evaluate'
import { PREFLIGHT_BOUNDS, PREFLIGHT_RULE_IDS } from '../rules/preflight'
import { checkPreflight } from '../rules/preflight-check'
import { SOURCES } from '../rules/sources'
import { makeAnswers } from '../rules/test-factory'
import { HOSTILE } from './test/hostile-values'
import { fixtureStored, IMPORTED } from './test/preflight-stored'
import type { StoredPreflight } from '../rules/preflight'

const answers = makeAnswers()
describe('stored pre-flight results as findings', () => {
  it('gives one finding per known result, with its stable ID; a pass is information', () => {
    const findings = checkPreflight(answers, fixtureStored())
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['PRE-FLIGHT-02', 'blocker'],
      ['PRE-FLIGHT-04', 'warning'],
      ['PRE-FLIGHT-07', 'warning'],
      ['PRE-FLIGHT-08', 'warning'],
      ['PRE-FLIGHT-01', 'info'],
      ['PRE-FLIGHT-03', 'info'],
      ['PRE-FLIGHT-05', 'info'],
      ['PRE-FLIGHT-06', 'info'],
    ])
  })
  it('says what a result means: passed, failed and what to do, not checked, by hand; and when', () => {
    const by = Object.fromEntries(
      checkPreflight(answers, fixtureStored()).map((f) => [f.ruleId, f]),
    )
    expect(by['PRE-FLIGHT-01']?.message).toMatch(
      /^Passed: the legacy Group Chat SQL Server instance answers\./,
    )
    expect(by['PRE-FLIGHT-02']?.message).toMatch(/^Failed check: .*Fix the connection/)
    expect(by['PRE-FLIGHT-02']?.message).toContain('The script reported: A network-related')
    expect(by['PRE-FLIGHT-08']?.message).toMatch(
      /^Not checked by the script \(Run the script in the Lync Server Management Shell\)\. Check by hand: the Lookup Server account matches the plan\./,
    )
    expect(by['PRE-FLIGHT-08']?.message).not.toContain('No account was found')
    expect(by['PRE-FLIGHT-06']?.message).toMatch(
      /^Check by hand whether Group Policy .*GroupChatConsole\.adm/,
    )
    for (const f of Object.values(by))
      expect(f.message).toContain('Pre-flight result imported 2026-12-02 02:50 UTC from LYNC13FE1.')
  })
  it('carries the catalogue sources, and points at the answer it is about', () => {
    const findings = checkPreflight(answers, fixtureStored())
    for (const f of findings) {
      expect(f.sources).toEqual(PREFLIGHT_RULES[f.ruleId as keyof typeof PREFLIGHT_RULES].sources)
      for (const s of f.sources) expect(SOURCES).toHaveProperty(s)
    }
    const path = (id: string) => findings.find((f) => f.ruleId === id)?.path
    expect(path('PRE-FLIGHT-01')).toBe('groupChat.sqlInstance')
    expect(path('PRE-FLIGHT-02')).toBe('pools.pchatPools.0.storeInstance')
    expect(path('PRE-FLIGHT-07')).toBe('source.products')
    // No Persistent Chat pool chosen yet: the part of the plan it is about.
    const noTarget = makeAnswers({ pools: { lyncPools: [], pchatPools: [] } })
    expect(
      checkPreflight(noTarget, fixtureStored()).find((f) => f.ruleId === 'PRE-FLIGHT-02')?.path,
    ).toBe('pools.pchatPools')
  })
  it('keeps the count and at most the bound of names', () => {
    const stored: StoredPreflight = {
      importedAt: IMPORTED,
      results: [
        {
          id: 'PRE-FLIGHT-07',
          status: 'fail',
          detail: '',
          count: 900,
          items: Array.from({ length: 80 }, (_, i) => `sip:u${i}@contoso.com`),
        },
      ],
    }
    const [f] = checkPreflight(answers, stored)
    expect(f?.count).toBe(900)
    expect(f?.items).toHaveLength(PREFLIGHT_BOUNDS.items)
  })
  it('leaves out unknown and repeated IDs, and an unanswered plan gets none', () => {
    const stored: StoredPreflight = {
      importedAt: IMPORTED,
      results: [
        { id: 'PRE-FLIGHT-03', status: 'fail', detail: 'first' },
        { id: 'PRE-FLIGHT-03', status: 'pass', detail: 'second' },
        { id: 'PRE-FLIGHT-77', status: 'fail', detail: '' },
        { id: '__proto__', status: 'fail', detail: '' },
        { id: 'toString', status: 'fail', detail: '' },
      ],
    }
    const findings = checkPreflight(answers, stored)
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['PRE-FLIGHT-03', 'blocker']])
    expect(checkPreflight(answers, undefined)).toEqual([])
  })
  it.each(HOSTILE.map((v) => [JSON.stringify(v.slice(0, 30)), v]))(
    'keeps %s as one bounded line of plain text',
    (_label, value) => {
      const stored: StoredPreflight = {
        importedAt: IMPORTED,
        computer: value.slice(0, PREFLIGHT_BOUNDS.computer),
        results: [
          {
            id: 'PRE-FLIGHT-07',
            status: 'fail',
            detail: value.slice(0, PREFLIGHT_BOUNDS.detail),
            items: [value.slice(0, PREFLIGHT_BOUNDS.item)],
          },
        ],
      }
      const [f] = checkPreflight(answers, stored)
      for (const text of [f?.message ?? '', ...(f?.items ?? [])]) {
        // eslint-disable-next-line no-control-regex
        expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/)
      }
      expect(f?.items?.[0]?.length).toBeLessThanOrEqual(PREFLIGHT_BOUNDS.item)
      expect(f?.message.length).toBeLessThan(
        PREFLIGHT_BOUNDS.detail + PREFLIGHT_BOUNDS.computer + 1000,
      )
    },
  )
})

describe('pre-flight results in the plan', () => {
  const plan = makeReferencePlan({ preflight: fixtureStored() })
  it('join the findings through evaluate(), and only when given', () => {
    const ids = (f: { ruleId: string }[]) => f.map((x) => x.ruleId)
    expect(ids(evaluate(answers))).not.toContain('PRE-FLIGHT-02')
    const all = evaluate(answers, plan.preflight)
    expect(ids(all)).toEqual(
      expect.arrayContaining(PREFLIGHT_RULE_IDS.filter((i) => i !== 'PRE-FLIGHT-09')),
    )
    expect(all.map((f) => f.severity)).toEqual(
      [...all.map((f) => f.severity)].sort(
        (a, b) =>
          ['blocker', 'warning', 'info'].indexOf(a) - ['blocker', 'warning', 'info'].indexOf(b),
      ),
    )
  })
  it('pass the plan schema, and an old plan without them still does', () => {
    expect(planSchema.safeParse(plan).success).toBe(true)
    expect(planSchema.safeParse(makeReferencePlan()).success).toBe(true)
  })
  it.each([
    ['a detail over the bound', { detail: 'x'.repeat(PREFLIGHT_BOUNDS.detail + 1) }],
    ['too many names', { items: Array.from({ length: PREFLIGHT_BOUNDS.items + 1 }, () => 'a') }],
    ['a name over the bound', { items: ['x'.repeat(PREFLIGHT_BOUNDS.item + 1)] }],
    ['an unknown status', { status: 'ok' }],
    ['an unknown key', { html: '<b>x</b>' }],
  ])('are refused by the plan schema with %s', (_n, patch) => {
    const bad = {
      ...plan,
      preflight: {
        importedAt: IMPORTED,
        results: [{ id: 'PRE-FLIGHT-01', status: 'pass', detail: '', ...patch }],
      },
    }
    expect(planSchema.safeParse(bad).success).toBe(false)
  })
  it('are refused beyond the bound of results', () => {
    const results = Array.from({ length: PREFLIGHT_BOUNDS.results + 1 }, () => ({
      id: 'PRE-FLIGHT-01',
      status: 'pass',
      detail: '',
    }))
    expect(
      planSchema.safeParse({ ...plan, preflight: { importedAt: IMPORTED, results } }).success,
    ).toBe(false)
  })
  it('survive a share link and a plan file unchanged', () => {
    const link = decodePlanFragment(encodePlanToFragment(plan))
    expect(link.ok && link.plan.preflight).toEqual(plan.preflight)
    const file = parsePlanFileText(planToFileText(plan))
    expect(file.ok && file.plan.preflight).toEqual(plan.preflight)
  })
})
