import type { Answers } from '../rules/answers'
import type { StepDef } from './steps'
import { STEPS } from './steps'

export function applicableSteps(answers: Answers): StepDef[] {
  return STEPS.filter((s) => !s.skipReason?.(answers))
}

/** Where Continue goes: the next step that applies, or undefined for the review. */
export function nextStep(answers: Answers, current: StepDef): StepDef | undefined {
  const steps = applicableSteps(answers)
  return steps[steps.findIndex((s) => s.id === current.id) + 1]
}

export function previousStep(answers: Answers, current: StepDef): StepDef | undefined {
  const steps = applicableSteps(answers)
  const i = steps.findIndex((s) => s.id === current.id)
  return i > 0 ? steps[i - 1] : undefined
}
