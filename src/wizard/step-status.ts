import type { Answers } from '../rules/answers'
import { stepFindings } from './step-findings'
import type { StepDef } from './steps'

export type StepStatus =
  'Completed' | 'In progress' | 'Not started' | 'There is a problem' | 'Not needed'

export function stepStatus(answers: Answers, step: StepDef, hasDraft: boolean): StepStatus {
  if (step.skipReason?.(answers)) return 'Not needed'
  const slice = answers[step.slice]
  if (slice !== undefined) {
    if (stepFindings(answers, step).some((f) => f.severity === 'blocker'))
      return 'There is a problem'
    return hasDraft ? 'In progress' : 'Completed'
  }
  return hasDraft ? 'In progress' : 'Not started'
}
