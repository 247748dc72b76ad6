import { z } from 'zod'
import { forestSchema } from './forest-schema'
import { storedGroupChatSchema } from './group-chat-schema'
import { poolsSchema } from './pools-schema'
import { sourceSchema } from './source-schema'
import { sqlSchema } from './sql-schema'

/** Every answer of the wizard; each slice is absent until its step is completed. */
export const answersSchema = z.object({
  source: sourceSchema.optional(),
  forest: forestSchema.optional(),
  sql: sqlSchema.optional(),
  pools: poolsSchema.optional(),
  groupChat: storedGroupChatSchema.optional(),
})
