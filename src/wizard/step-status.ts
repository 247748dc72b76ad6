import type { Answers } from '../rules/answers'
import { evaluate } from '../rules/evaluate'
import type { StepDef } from './steps'
import { STEPS, stepOfPath } from './steps'

export type StepStatus =
  'Completed' | 'In progress' | 'Not started' | 'There is a problem' | 'Not needed'

/** Every step with its status; the rules run once for all of them. */
export function stepStatuses(
  answers: Answers,
  hasDraft: (stepId: string) => boolean,
): { step: StepDef; status: StepStatus }[] {
  const blocked = new Set(
    evaluate(answers)
      .filter((f) => f.severity === 'blocker')
      .map((f) => stepOfPath(f.path)),
  )
  return STEPS.map((step) => {
    const draft = hasDraft(step.id)
    let status: StepStatus
    if (step.skipReason?.(answers)) status = 'Not needed'
    else if (answers[step.slice] === undefined) status = draft ? 'In progress' : 'Not started'
    else if (blocked.has(step)) status = 'There is a problem'
    else status = draft ? 'In progress' : 'Completed'
    return { step, status }
  })
}
