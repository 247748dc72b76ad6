import { boundedSafeParse, checkStructure } from './guard'
import { migratePlan } from './migrate'
import type { Plan } from './plan'
import { planSchema } from './plan'
import type { PlanProblem } from './problems'
import { problem } from './problems'

// The full check of a plan from outside (a link, a file, storage written by
// another version): zod and every rule schema. Apart from the link codec, so a
// page that checks a stored plan does not load the compression library.

export type DecodeResult = { ok: true; plan: Plan } | { ok: false; problem: PlanProblem }

/**
 * Shared by links, files and storage: check the shape, migrate old versions,
 * then validate, keeping at most 50 errors. Total: never throws.
 */
export function parsePlanValue(json: unknown): DecodeResult {
  try {
    return parseValue(json)
  } catch {
    return {
      ok: false,
      problem: problem(
        'invalid-plan',
        'This plan could not be checked, so it cannot be opened. Ask for the plan file again.',
      ),
    }
  }
}

function parseValue(json: unknown): DecodeResult {
  const shape = checkStructure(json)
  if (shape) return { ok: false, problem: shape }
  const migrated = migratePlan(json)
  if (!migrated.ok) {
    return {
      ok: false,
      problem:
        migrated.problem === 'newer-version'
          ? problem(
              'newer-version',
              `This plan was saved by a newer version of the planner (plan version ${migrated.version}). Open it with the newer version.`,
            )
          : problem(
              'invalid-plan',
              'This is not a plan from the migration planner: it has no plan version.',
            ),
    }
  }
  const parsed = boundedSafeParse(planSchema, migrated.value)
  if (!parsed.success) {
    return {
      ok: false,
      problem: problem(
        'invalid-plan',
        'This plan was read, but some of its answers are not valid, so it cannot be opened.',
        parsed.errors,
      ),
    }
  }
  return { ok: true, plan: parsed.data }
}
