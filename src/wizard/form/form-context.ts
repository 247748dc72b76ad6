import { createContext, useContext } from 'react'
import type { Answers } from '../../rules/answers'
import type { Finding } from '../../rules/finding'

export interface StepFormContextValue {
  answers: Answers
  /** Catalogue blockers of this step, keyed by the field path inside the step. */
  blockers: Map<string, Finding[]>
  /** Warnings and notes of this step as typed, keyed the same way; shown under their field. */
  warnings: Map<string, Finding[]>
}

export const StepFormContext = createContext<StepFormContextValue>({
  answers: {},
  blockers: new Map(),
  warnings: new Map(),
})

export function useStepFormContext(): StepFormContextValue {
  return useContext(StepFormContext)
}
