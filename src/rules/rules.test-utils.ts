import { describe, expect } from 'vitest'
import type { Answers } from './answers'
import type { RuleId } from './catalogue'
import { evaluate } from './evaluate'
import type { Finding } from './finding'

/** A describe block named by its rule, so the run lists every catalogue ID. */
export function describeRule(id: RuleId, title: string, body: () => void): void {
  describe(`${id}: ${title}`, body)
}

export function findingsOf(id: RuleId, answers: Answers): Finding[] {
  return evaluate(answers).filter((f) => f.ruleId === id)
}

export function expectNone(id: RuleId, answers: Answers): void {
  expect(findingsOf(id, answers)).toEqual([])
}

export function expectOne(id: RuleId, answers: Answers, path?: string): Finding {
  const found = findingsOf(id, answers)
  expect(found).toHaveLength(1)
  const [only] = found as [Finding]
  if (path) expect(only.path).toBe(path)
  return only
}
