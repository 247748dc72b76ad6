import { useSyncExternalStore } from 'react'
import { parsePlanValue } from '../plan/link-codec'
import type { Plan } from '../plan/plan'
import type { PlanProblem } from '../plan/problems'
import type { StorageResult } from './storage'
import { readPlanText, savePlanRaw, setCurrentPlanId, subscribe } from './storage'

export type LoadedPlan =
  { status: 'ok'; plan: Plan } | { status: 'missing' } | { status: 'broken'; problem: PlanProblem }

// Keyed by the stored text: a read is always what storage holds now (another tab
// may have saved a moment ago), and an unchanged plan is never parsed twice.
const cache = new Map<string, { text: string | null; loaded: LoadedPlan }>()

export function loadPlan(id: string): LoadedPlan {
  const text = readPlanText(id)
  const hit = cache.get(id)
  if (hit && hit.text === text) return hit.loaded
  let loaded: LoadedPlan
  if (text === null) loaded = { status: 'missing' }
  else {
    let raw: unknown = null
    try {
      raw = JSON.parse(text)
    } catch {
      raw = null
    }
    const parsed = parsePlanValue(raw)
    loaded = parsed.ok
      ? { status: 'ok', plan: parsed.plan }
      : { status: 'broken', problem: parsed.problem }
  }
  cache.set(id, { text, loaded })
  return loaded
}

export function usePlan(id: string): LoadedPlan {
  return useSyncExternalStore(subscribe, () => loadPlan(id))
}

export function savePlan(plan: Plan): StorageResult {
  setCurrentPlanId(plan.id)
  const saved: Plan = { ...plan, updatedAt: new Date().toISOString() }
  // What is saved is what a read will return: keep this object, so its one
  // evaluation (findingsFor) serves every page and the text is not parsed again.
  const previous = cache.get(plan.id)
  cache.set(plan.id, { text: JSON.stringify(saved), loaded: { status: 'ok', plan: saved } })
  const result = savePlanRaw(saved)
  if (!result.ok) {
    if (previous) cache.set(plan.id, previous)
    else cache.delete(plan.id)
  }
  return result
}

/** The last change that could not be saved (a tick, a rename), until dismissed. */
let unsaved: { message: string; plan: Plan } | null = null
const unsavedListeners = new Set<() => void>()
const setUnsaved = (value: typeof unsaved) => {
  unsaved = value
  for (const l of unsavedListeners) l()
}

export function useUnsavedChange(): { message: string; plan: Plan } | null {
  return useSyncExternalStore(
    (listener) => {
      unsavedListeners.add(listener)
      return () => unsavedListeners.delete(listener)
    },
    () => unsaved,
  )
}

export function dismissUnsavedChange(): void {
  setUnsaved(null)
}

/** A small change (a tick): when it cannot be saved, the plan layout says so. */
export function updatePlan(plan: Plan, patch: (p: Plan) => Plan): StorageResult {
  const next = patch(plan)
  const result = savePlan(next)
  setUnsaved(result.ok ? null : { message: result.message, plan: next })
  return result
}
