import { describe, expect, it } from 'vitest'
import type { Answers } from '../rules/answers'
import type { RuleId } from '../rules/catalogue'
import { evaluate } from '../rules/evaluate'
import { EDGE, FIXTURE } from '../rules/rule-fixtures.test-data'
import { makeAnswers, makeRoom, withSlice } from '../rules/test-factory'
import { buildChecklist, checklistItems } from './build-checklist'
import { EXAMPLE_PLANS } from './example-plans.test-helper'

/** The rule IDs an item says it exists because of: "(GC-05)" in its why. */
const cited = (answers: Answers) =>
  new Set(
    checklistItems(buildChecklist(answers)).flatMap((i) =>
      [...i.why.matchAll(/\(([A-Z]+-\d+)\)/g)].map((m) => m[1] as RuleId),
    ),
  )
const fired = (answers: Answers) => new Set(evaluate(answers).map((f) => f.ruleId))

/** Every rule that puts an item in the checklist. */
const ITEM_RULES: RuleId[] = [
  ...['SRC-05', 'PC-04'],
  ...['GC-01', 'GC-02', 'GC-03', 'GC-04', 'GC-05', 'GC-06', 'GC-07', 'GC-08'],
] as RuleId[]

const PLANS: [string, Answers][] = [
  ...Object.entries(FIXTURE).map(([id, a]): [string, Answers] => [`fixture ${id}`, a]),
  ...Object.entries(EDGE).map(([id, a]): [string, Answers] => [`edge ${id}`, a]),
  ...Object.entries(EXAMPLE_PLANS).map(([id, p]): [string, Answers] => [
    `example ${id}`,
    p.answers,
  ]),
]

describe('the checklist reads the findings', () => {
  it.each(PLANS)('%s: an item citing rule X is present if and only if X fired', (_, answers) => {
    const rules = fired(answers)
    const cites = cited(answers)
    for (const id of cites) expect(rules.has(id), `${id} cited but did not fire`).toBe(true)
    for (const id of ITEM_RULES) {
      if (rules.has(id)) expect(cites.has(id), `${id} fired but no item cites it`).toBe(true)
    }
  })

  it('knows every rule it cites: each item rule has a fixture where it is cited', () => {
    for (const id of ITEM_RULES) expect(cited(FIXTURE[id]).has(id), id).toBe(true)
  })

  it('prints the finding\u2019s count, never a recount, for a list cut for a link', () => {
    const long = (i: number) => makeRoom(['Dept'], `${i} ${'x'.repeat(260)}`)
    const answers = withSlice('groupChat', {
      inventory: {
        separator: '/',
        rooms: [long(1), long(2)],
        totalRooms: 1_000,
        existingNames: [],
        cut: 298,
        counts: { 'GC-03': 300, 'GC-04': 0, 'GC-06': 0, 'GC-07': 0, 'GC-08': 0 },
      },
    })
    const f = evaluate(answers).find((x) => x.ruleId === 'GC-03')
    const item = checklistItems(buildChecklist(answers)).find((i) => i.id === 'PREP-04')
    expect(item?.title).toBe(`Shorten the ${f?.count} room names over 256 characters`)
    expect(item?.details.at(-1)).toBe(
      `\u2022 \u2026and ${(f?.count ?? 0) - 2} more (see the room inventory report).`,
    )
  })

  it('reads the federated-room count from the finding', () => {
    const answers = withSlice('groupChat', { federatedRooms: 12 }, makeAnswers())
    const f = evaluate(answers).find((x) => x.ruleId === 'GC-06')
    const item = checklistItems(buildChecklist(answers)).find((i) => i.id === 'PREP-07')
    expect(item?.details[0]).toContain(`${f?.count} rooms have federated users`)
  })
})
