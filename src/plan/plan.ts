import { z } from 'zod'
import { answersSchema } from '../rules/answers-schema'
import type { StoredPreflight } from '../rules/preflight'
import { PREFLIGHT_BOUNDS as B, PREFLIGHT_STATUSES } from '../rules/preflight'

import { MAX_PLAN_NAME_LENGTH, PLAN_VERSION } from './version'

// NOTE: a released plan version is frozen. A change to the shape of a plan
// bumps PLAN_VERSION and adds a step to MIGRATIONS in ./migrate.ts.
export const MAX_PROGRESS_ITEMS = 500
/**
 * A plan ID names the plan in addresses (/plan/<id>) and in storage keys, so it
 * is a safe slug: letters, digits, '-' and '_', starting with a letter or digit
 * (never '.' or '..'). The planner makes IDs like "p-1b2c3d4e-5f60".
 */
export const PLAN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

/** The pre-flight script's results, as imported (optional: plans without them are unchanged). */
export const storedPreflightSchema = z.strictObject({
  importedAt: z.iso.datetime(),
  computer: z.string().max(B.computer).optional(),
  results: z
    .array(
      z.strictObject({
        id: z.string().max(B.id),
        status: z.enum(PREFLIGHT_STATUSES),
        detail: z.string().max(B.detail),
        count: z.number().int().min(0).max(B.count).optional(),
        items: z.array(z.string().max(B.item)).max(B.items).optional(),
      }),
    )
    .max(B.results),
}) satisfies z.ZodType<StoredPreflight>

export const planSchema = z.strictObject({
  version: z.literal(PLAN_VERSION),
  id: z.string().regex(PLAN_ID_PATTERN, {
    error:
      'The plan ID must be 1 to 64 letters, digits, "-" or "_", starting with a letter or digit',
  }),
  name: z
    .string()
    .trim()
    .min(1, { error: 'Give the plan a name' })
    .max(MAX_PLAN_NAME_LENGTH, {
      error: `The plan name must be ${MAX_PLAN_NAME_LENGTH} characters or fewer`,
    }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  answers: answersSchema,
  /** IDs of the checklist items ticked off. */
  done: z.array(z.string().max(32)).max(MAX_PROGRESS_ITEMS),
  /** Results of the pre-flight script, replaced by each import (src/rules/preflight.ts). */
  preflight: storedPreflightSchema.optional(),
})
export type Plan = z.infer<typeof planSchema>
