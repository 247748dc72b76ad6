import { z } from 'zod'
import { answersSchema } from '../rules/answers'

import { MAX_PLAN_NAME_LENGTH, PLAN_VERSION } from './version'

// NOTE: a released plan version is frozen. A change to the shape of a plan
// bumps PLAN_VERSION and adds a step to MIGRATIONS in ./migrate.ts.
export const MAX_PROGRESS_ITEMS = 500

export const planSchema = z.strictObject({
  version: z.literal(PLAN_VERSION),
  id: z.string().min(1).max(64),
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
})
export type Plan = z.infer<typeof planSchema>
