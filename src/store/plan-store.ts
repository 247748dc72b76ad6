import { useSyncExternalStore } from 'react'
import { parsePlanValue } from '../plan/link-codec'
import type { Plan } from '../plan/plan'
import type { PlanProblem } from '../plan/problems'
import type { StorageResult } from './storage'
import { readPlanRaw, savePlanRaw, setCurrentPlanId, storageVersion, subscribe } from './storage'

export type LoadedPlan =
  { status: 'ok'; plan: Plan } | { status: 'missing' } | { status: 'broken'; problem: PlanProblem }

const cache = new Map<string, { version: number; loaded: LoadedPlan }>()

export function loadPlan(id: string): LoadedPlan {
  const hit = cache.get(id)
  const v = storageVersion()
  if (hit && hit.version === v) return hit.loaded
  const raw = readPlanRaw(id)
  let loaded: LoadedPlan
  if (raw === undefined) loaded = { status: 'missing' }
  else {
    const parsed = parsePlanValue(raw)
    loaded = parsed.ok
      ? { status: 'ok', plan: parsed.plan }
      : { status: 'broken', problem: parsed.problem }
  }
  cache.set(id, { version: v, loaded })
  return loaded
}

export function usePlan(id: string): LoadedPlan {
  return useSyncExternalStore(subscribe, () => loadPlan(id))
}

export function savePlan(plan: Plan): StorageResult {
  setCurrentPlanId(plan.id)
  return savePlanRaw({ ...plan, updatedAt: new Date().toISOString() })
}

export function updatePlan(plan: Plan, patch: (p: Plan) => Plan): StorageResult {
  return savePlan(patch(plan))
}
