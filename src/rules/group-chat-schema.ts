import { z } from 'zod'
import { localToday, tooMany } from './common'
import { choice, count, fqdn, sqlInstanceRef, text, yesNo } from './common-schema'
import { GC_PRODUCTS } from './group-chat'
import {
  DEFAULT_SEPARATOR,
  MAX_CATEGORY_NESTING,
  MAX_EXISTING_ROOM_NAMES,
  MAX_INVENTORY_ROOMS,
  MAX_SEPARATOR_LENGTH,
} from './rooms'

// The Group Chat step's schema, apart from its checks (group-chat.ts): see common-schema.ts.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

export const roomSchema = z.object({
  /** Category path below the root category, outermost first. */
  path: z
    .array(z.string())
    .max(MAX_CATEGORY_NESTING, tooMany(MAX_CATEGORY_NESTING, 'category levels')),
  name: z.string(),
  /** The invitations setting of the room's category. */
  invitations: z.boolean(),
  disabled: z.boolean(),
  federated: z.number().int().min(0),
  /** Its row in the inventory file (header = 1), for the report. */
  row: z.number().int().min(1).optional(),
})
export type Room = z.infer<typeof roomSchema>

export const inventorySchema = z.object({
  separator: z
    .string()
    .max(MAX_SEPARATOR_LENGTH, {
      error: `The separator must be ${MAX_SEPARATOR_LENGTH} characters or fewer`,
    })
    .default(DEFAULT_SEPARATOR),
  /** Rooms of the inventory: all of them in this browser, or only those needing action in a link. */
  rooms: z.array(roomSchema).max(MAX_INVENTORY_ROOMS, tooMany(MAX_INVENTORY_ROOMS, 'rooms')),
  /** Room count of the whole inventory, which may be larger than rooms.length in a shared plan. */
  totalRooms: z.number().int().min(0),
  /** Names of rooms already in the new Persistent Chat pool. */
  existingNames: z
    .array(z.string())
    .max(MAX_EXISTING_ROOM_NAMES, tooMany(MAX_EXISTING_ROOM_NAMES, 'existing room names'))
    .default([]),
  fileName: z.string().max(300).optional(),
  /** How many rooms needing action were left out to keep a link short. */
  cut: z.number().int().min(0).optional(),
  /** Counts over the whole inventory, kept when the list of rooms is cut. */
  counts: z
    .object({
      'GC-03': z.number().int().min(0),
      'GC-04': z.number().int().min(0),
      'GC-06': z.number().int().min(0),
      'GC-07': z.number().int().min(0),
      'GC-08': z.number().int().min(0),
    })
    .optional(),
})
export type Inventory = z.infer<typeof inventorySchema>

/**
 * The Group Chat step's schema. `today` (YYYY-MM-DD, the administrator's local date)
 * bounds the cutoff date; by default it is read from the local calendar at each parse.
 * `today: null` checks only that the date is real: how a stored plan is read, so that a
 * plan made east of the reader's time zone still opens.
 */
export function groupChatSchemaFor(options: { today?: string | null } = {}) {
  const today = () => (options.today === undefined ? localToday() : options.today)
  return z
    .object({
      sourceProduct: choice(GC_PRODUCTS, 'the Group Chat product'),
      poolFqdn: fqdn('Group Chat pool FQDN'),
      sqlInstance: sqlInstanceRef('Group Chat SQL Server instance'),
      database: z
        .string()
        .trim()
        .max(128, { error: 'The database name must be 128 characters or fewer' }),
      lookupUri: text('Lookup Server URI', 300),
      legacyClients: yesNo('legacy Group Chat clients must keep working with no change'),
      filesUsed: yesNo('files were uploaded in chat rooms'),
      legacyFileStore: z.string().trim().max(300).optional(),
      categoryDepth: count('category depth', 1, MAX_CATEGORY_NESTING),
      rootManagers: yesNo('the root category has managers'),
      invitationsOffCategories: count('number of categories with invitations off'),
      federatedRooms: count('number of rooms with federated users'),
      roomsNotToMigrate: count('number of rooms not to migrate'),
      cutoffDate: z
        .string()
        .trim()
        .refine((v) => v === '' || (ISO_DATE.test(v) && isRealDate(v)), {
          error: 'The cutoff date must be a real date: a day, month and year, like 1 1 2010',
        })
        .refine(
          (v) => {
            const limit = today()
            return v === '' || limit === null || !ISO_DATE.test(v) || v <= limit
          },
          { error: 'The cutoff date must be today or in the past' },
        )
        .optional(),
      inventory: inventorySchema.optional(),
    })
    .superRefine((gc, ctx) => {
      if (gc.filesUsed === 'yes' && !gc.legacyFileStore) {
        ctx.addIssue({
          code: 'custom',
          path: ['legacyFileStore'],
          message:
            'Enter the folder where Group Chat keeps uploaded files, like \\\\gc01\\GroupChatFiles',
        })
      }
    })
}

/** The step's schema, bounded by the local date at each parse. */
export const groupChatSchema = groupChatSchemaFor()
/** The slice as a plan stores it (no bound on the cutoff date: see groupChatSchemaFor). */
export const storedGroupChatSchema = groupChatSchemaFor({ today: null })
export type GroupChatAnswers = z.infer<typeof groupChatSchema>
