import { PLAN_VERSION } from './version'

/**
 * One step per released version: MIGRATIONS[n] turns a version-n plan into
 * version n+1. Empty while version 1 is the only one released.
 */
export const MIGRATIONS: Record<
  number,
  (plan: Record<string, unknown>) => Record<string, unknown>
> = {}

export type MigrateResult =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'newer-version' | 'invalid-plan'; version?: number }

export function migratePlan(raw: unknown): MigrateResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problem: 'invalid-plan' }
  }
  let plan = raw as Record<string, unknown>
  const version = plan.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'invalid-plan' }
  }
  if (version > PLAN_VERSION) return { ok: false, problem: 'newer-version', version }
  for (let v = version; v < PLAN_VERSION; v++) {
    const step = MIGRATIONS[v]
    if (!step) return { ok: false, problem: 'invalid-plan' }
    plan = { ...step(plan), version: v + 1 }
  }
  return { ok: true, value: plan }
}
