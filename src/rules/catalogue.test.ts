import { describe, expect, it } from 'vitest'
import { RULE_IDS, RULES } from './catalogue'
import { evaluate } from './evaluate'
import { ALSO_FIRES, EDGE, FIXTURE } from './rule-fixtures.test-data'
import { SOURCES } from './sources'
import { makeAnswers } from './test-factory'

/** The value a dotted finding path points at, as a form would look it up. */
const valueAt = (answers: object, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      answers,
    )

const fired = (answers: Parameters<typeof evaluate>[0]) =>
  [...new Set(evaluate(answers).map((f) => f.ruleId))].sort()

describe('the rule catalogue', () => {
  it("has PRODUCT.md's IDs, in its order", () => {
    expect(RULE_IDS).toEqual([
      ...['SRC-01', 'SRC-02', 'SRC-03', 'SRC-04', 'SRC-05', 'FOR-01', 'FOR-02'],
      ...['SQL-01', 'SQL-02', 'SQL-03', 'SQL-04', 'SQL-05'],
      ...['PC-01', 'PC-02', 'PC-03', 'PC-04', 'PC-05', 'PC-06'],
      ...['GC-01', 'GC-02', 'GC-03', 'GC-04', 'GC-05', 'GC-06', 'GC-07', 'GC-08', 'GC-09'],
      ...['GC-10', 'SRC-06', 'SQL-06', 'PC-07', 'PC-08'],
    ])
  })
  it('cites only known sources', () => {
    for (const rule of Object.values(RULES)) {
      for (const s of rule.sources) expect(SOURCES).toHaveProperty(s)
    }
  })
  it('raises nothing on the baseline plan the fixtures start from', () => {
    expect(evaluate(makeAnswers())).toEqual([])
  })
})

describe.each(RULE_IDS)('%s', (id) => {
  it('fires on its fixture, with only the rules that follow from it', () => {
    expect(fired(FIXTURE[id])).toEqual([id, ...(ALSO_FIRES[id] ?? [])].sort())
  })
  it('stays silent on the plan just inside its edge', () => {
    expect(fired(EDGE[id])).not.toContain(id)
  })
  it('points at an answer the plan holds, and counts no fewer things than it names', () => {
    for (const f of evaluate(FIXTURE[id])) {
      expect(valueAt(FIXTURE[id], f.path), f.path).toBeDefined()
      if (f.items) expect(f.count ?? 0).toBeGreaterThanOrEqual(f.items.length)
    }
  })
  it('fires with its catalogue severity and sources', () => {
    for (const f of evaluate(FIXTURE[id]).filter((x) => x.ruleId === id)) {
      expect(f.severity).toBe(RULES[id].severity)
      expect(f.sources).toEqual(RULES[id].sources)
    }
  })
})
