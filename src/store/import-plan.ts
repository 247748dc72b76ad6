import type { Plan } from '../plan/plan'
import { savePlan } from './plan-store'
import { sameValue } from './same-value'
import type { StorageResult } from './storage'
import { currentPlanId, listPlans, newPlanId, readPlanRaw } from './storage'

export type Conflict =
  | { kind: 'none' }
  | { kind: 'identical' }
  /** A plan with the same ID is saved here, with other content. */
  | { kind: 'same-id'; existingName: string }
  /** Another plan is being edited in this browser. */
  | { kind: 'editing-other'; existingName: string }

/** The plan without its save time: two plans that differ only in when they were saved are one. */
const comparable = (p: unknown): unknown => {
  if (!p || typeof p !== 'object') return p
  const { updatedAt: _u, ...rest } = p as Record<string, unknown>
  return rest
}

export function conflictFor(incoming: Plan): Conflict {
  const existing = readPlanRaw(incoming.id)
  if (existing && typeof existing === 'object') {
    if (sameValue(comparable(existing), comparable(incoming))) return { kind: 'identical' }
    return {
      kind: 'same-id',
      existingName: String((existing as { name?: unknown }).name ?? 'a saved plan'),
    }
  }
  const current = currentPlanId()
  const editing = current ? listPlans().find((p) => p.id === current) : undefined
  return editing ? { kind: 'editing-other', existingName: editing.name } : { kind: 'none' }
}

/** Saves an opened plan: over the saved one with its ID, or beside it as a copy. */
export function importPlan(
  incoming: Plan,
  mode: 'replace' | 'keep-both',
): { result: StorageResult; plan: Plan } {
  const plan: Plan =
    mode === 'keep-both' && readPlanRaw(incoming.id) !== undefined
      ? { ...incoming, id: newPlanId(), name: `${incoming.name} (opened copy)`.slice(0, 120) }
      : incoming
  const result = savePlan(plan)
  return { result, plan }
}
