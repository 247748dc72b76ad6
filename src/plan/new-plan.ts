import type { Plan } from './plan'
import { PLAN_VERSION } from './version'

export function newPlan(id: string, name: string, now: Date): Plan {
  const stamp = now.toISOString()
  return {
    version: PLAN_VERSION,
    id,
    name,
    createdAt: stamp,
    updatedAt: stamp,
    answers: {},
    done: [],
  }
}
