import type { Answers } from '../rules/answers'
import { savedFindings } from '../store/known-findings'
import type { StepMeta } from '../ui/step-registry'
import { STEPS, stepOfPath } from '../ui/step-registry'

export type StepStatus =
  | 'Completed'
  | 'In progress'
  | 'Not started'
  | 'There is a problem'
  | 'Not needed'
  | 'Cannot start yet'

export interface StepState {
  step: StepMeta
  status: StepStatus
  /** Why a step is not needed or cannot start yet, in the user's words. */
  reason?: string
}

/**
 * Every step with its status, from the saved plan's findings and the drafts (the plan
 * layout draws a page once they are known):
 * a step typed into but not saved is "In progress", whatever was saved before.
 * Whether a step applies is decided by saved answers only, as the step's page is.
 */
export function stepStatuses(answers: Answers, hasDraft: (stepId: string) => boolean): StepState[] {
  const blocked = new Set(
    savedFindings(answers)
      .filter((f) => f.severity === 'blocker')
      .map((f) => stepOfPath(f.path)?.id),
  )
  return STEPS.map((step: StepMeta): StepState => {
    const waiting = step.waitsFor?.(answers)
    if (waiting) return { step, status: 'Cannot start yet', reason: waiting }
    const skip = step.skipReason?.(answers)
    if (skip) return { step, status: 'Not needed', reason: skip }
    const saved = answers[step.slice] !== undefined
    // A saved blocker outranks typing: it stays in the plan until a save removes it.
    if (saved && blocked.has(step.id)) return { step, status: 'There is a problem' }
    if (hasDraft(step.id)) return { step, status: 'In progress' }
    return { step, status: saved ? 'Completed' : 'Not started' }
  })
}

/** The first step still to do (not started or in progress), if any. */
export function nextStep(states: StepState[]): StepState | undefined {
  return states.find((s) => s.status === 'Not started' || s.status === 'In progress')
}
