import type { Answers } from '../rules/answers'
import { findingsFor } from '../store/findings'
import type { StepMeta } from '../ui/step-registry'
import { STEPS, stepOfPath } from '../ui/step-registry'

export type StepStatus =
  'Completed' | 'In progress' | 'Not started' | 'There is a problem' | 'Not needed'

/** Every step with its status, from the saved plan's one evaluation. */
export function stepStatuses(
  answers: Answers,
  hasDraft: (stepId: string) => boolean,
): { step: StepMeta; status: StepStatus }[] {
  const blocked = new Set(
    findingsFor(answers)
      .filter((f) => f.severity === 'blocker')
      .map((f) => stepOfPath(f.path)?.id),
  )
  return STEPS.map((step: StepMeta) => {
    const draft = hasDraft(step.id)
    let status: StepStatus
    if (step.skipReason?.(answers)) status = 'Not needed'
    else if (answers[step.slice] === undefined) status = draft ? 'In progress' : 'Not started'
    else if (blocked.has(step.id)) status = 'There is a problem'
    else status = draft ? 'In progress' : 'Completed'
    return { step, status }
  })
}
