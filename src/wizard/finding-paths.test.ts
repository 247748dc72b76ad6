import { describe, expect, it } from 'vitest'
import type { Answers } from '../rules/answers'
import { evaluate } from '../rules/evaluate'
import { EDGE, FIXTURE } from '../rules/rule-fixtures.test-data'
import { pathInStep, stepOfPath } from '../ui/step-registry'
import { renderedPaths } from './form/errors'
import { stepViewById } from './steps'

/** Where a finding would show, or why it would show nowhere. */
function landing(answers: Answers, path: string): string {
  const meta = stepOfPath(path)
  if (!meta) return `no step asks ${path}`
  const skip = meta.skipReason?.(answers)
  if (skip) return `${meta.id} is skipped`
  const view = stepViewById(meta.id)
  if (!view) return `no page for ${meta.id}`
  const values = (answers[meta.slice] ?? {}) as Record<string, unknown>
  const shown = new Set([...renderedPaths(view.fields, values, answers), ...view.panelPaths])
  return shown.has(pathInStep(path)) ? 'shown' : `${meta.id} renders no field ${pathInStep(path)}`
}

describe('every finding lands on a field its step renders', () => {
  const fixtures = [
    ...Object.entries(FIXTURE).map(([id, a]) => [`fixture ${id}`, a] as const),
    ...Object.entries(EDGE).map(([id, a]) => [`edge ${id}`, a] as const),
  ]
  it.each(fixtures)('%s', (_name, answers) => {
    const lost = evaluate(answers)
      .map((f) => ({ rule: f.ruleId, path: f.path, where: landing(answers, f.path) }))
      .filter((l) => l.where !== 'shown')
    expect(lost).toEqual([])
  })
  it('catches a finding on a path no step renders', () => {
    expect(landing(FIXTURE['SQL-01']!, 'sql.instances.0.nonsense')).toMatch(/renders no field/)
  })
})
