import type { z } from 'zod'
import type { answersSchema } from './answers-schema'

// Types only: the schema lives in answers-schema.ts, so a module that reads
// answers loads no zod.

/** Every answer of the wizard; each slice is absent until its step is completed. */
export type Answers = z.infer<typeof answersSchema>
export type SliceKey = keyof Answers
