import type { StepView } from './step-module'
import { viewOf } from './step-module'
import { forestStep } from './steps/active-directory-step'
import { groupChatStep } from './steps/group-chat-step'
import { poolsStep } from './steps/pools-step'
import { sourceStep } from './steps/source-step'
import { sqlStep } from './steps/sql-step'

/** Every step's fields, in the registry's order, for the review and the tests. */
export const STEP_VIEWS: StepView[] = [
  viewOf(sourceStep),
  viewOf(forestStep),
  viewOf(sqlStep),
  viewOf(poolsStep),
  viewOf(groupChatStep),
]

export function stepViewById(id: string): StepView | undefined {
  return STEP_VIEWS.find((s) => s.meta.id === id)
}
