import { createContext, useContext } from 'react'
import type { Plan } from '../plan/plan'

export const PlanContext = createContext<Plan | null>(null)

/** The plan of the current /plan/$planId page; the layout guarantees it exists. */
export function useCurrentPlan(): Plan {
  const plan = useContext(PlanContext)
  if (!plan) throw new Error('useCurrentPlan outside a plan page')
  return plan
}
