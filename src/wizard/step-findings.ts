import type { Answers } from '../rules/answers'
import { evaluate } from '../rules/evaluate'
import type { Finding } from '../rules/finding'
import type { StepDef } from './steps'
import { stepOfPath } from './steps'

/** The findings that belong to one step: those about one of its answers. */
export function stepFindings(answers: Answers, step: StepDef): Finding[] {
  return evaluate(answers).filter((f) => stepOfPath(f.path) === step)
}

/** A finding's path inside its step's form values. */
export function relativePath(finding: Finding): string {
  return finding.path.split('.').slice(1).join('.')
}

export function blockerMap(findings: Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>()
  for (const f of findings) {
    if (f.severity !== 'blocker') continue
    const key = relativePath(f)
    map.set(key, [...(map.get(key) ?? []), f])
  }
  return map
}
