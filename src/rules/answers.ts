import { z } from 'zod'
import { forestSchema } from './forest'
import { storedGroupChatSchema } from './group-chat'
import { poolsSchema } from './pools'
import { sourceSchema } from './source'
import { sqlSchema } from './sql'

/** Every answer of the wizard; each slice is absent until its step is completed. */
export const answersSchema = z.object({
  source: sourceSchema.optional(),
  forest: forestSchema.optional(),
  sql: sqlSchema.optional(),
  pools: poolsSchema.optional(),
  groupChat: storedGroupChatSchema.optional(),
})
export type Answers = z.infer<typeof answersSchema>
export type SliceKey = keyof Answers
