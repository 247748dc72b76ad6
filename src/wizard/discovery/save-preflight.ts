import type { Plan } from '../../plan/plan'
import type { ReadPreflight } from '../../discovery/preflight'
import type { StorageResult } from '../../store/storage'
import { loadPlan, savePlan, updatePlan } from '../../store/plan-store'

/** The plan with these pre-flight results in place of any before; `now` is when they were imported. */
export function withPreflight(plan: Plan, read: ReadPreflight, now: Date): Plan {
  return { ...plan, preflight: { importedAt: now.toISOString(), ...read } }
}

/** The plan without pre-flight results. */
export function withoutPreflight(plan: Plan): Plan {
  const next = { ...plan }
  delete next.preflight
  return next
}

/** Keeps imported results in the plan as saved now (another tab may have saved since the file was read). */
export function savePreflight(opened: Plan, read: ReadPreflight): StorageResult {
  const latest = loadPlan(opened.id)
  const plan = latest.status === 'ok' ? latest.plan : opened
  return savePlan(withPreflight(plan, read, new Date()))
}

/** Removes the results (from the review); a failed save is shown by the plan layout. */
export function removePreflight(plan: Plan): StorageResult {
  return updatePlan(plan, withoutPreflight)
}
