import { z } from 'zod'
import type { Answers } from './answers'
import {
  choice,
  count,
  fqdn,
  localToday,
  parseSipUri,
  sqlInstanceRef,
  text,
  tooMany,
  yesNo,
} from './common'
import type { Finding } from './finding'
import { finding, MAX_FINDING_ITEMS } from './finding'
import { sipDomains } from './forest'
import type { RoomAnalysis, RoomCounts, RoomRuleId } from './rooms'
import { deployedProducts, PRODUCT_LABELS } from './source'
import { formatCount } from './format-count'
import {
  analyzeRooms,
  DEFAULT_SEPARATOR,
  MAX_INVENTORY_ROOMS,
  MAX_ROOM_NAME_LENGTH,
  MAX_CATEGORY_DEPTH,
  MAX_CATEGORY_NESTING,
  MAX_EXISTING_ROOM_NAMES,
  MAX_SEPARATOR_LENGTH,
  SEPARATOR_ASSUMPTION,
} from './rooms'

export const GC_PRODUCTS = ['lync2010', 'ocs2007r2'] as const
export const GC_PRODUCT_LABELS = {
  lync2010: 'Lync Server 2010 Group Chat',
  ocs2007r2: 'Office Communications Server 2007 R2 Group Chat',
}
export { MAX_CATEGORY_DEPTH }
export const DEFAULT_LOOKUP_USER = 'ocschat'

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

const analyses = new WeakMap<Inventory, RoomAnalysis & { counts: RoomCounts }>()

/**
 * Hands over an analysis made elsewhere (the room check's worker) for this very
 * inventory object, so the page does not analyse 100,000 rooms again.
 */
export function knownInventoryAnalysis(
  inventory: Inventory,
  analysis: RoomAnalysis & { counts: RoomCounts },
): void {
  analyses.set(inventory, analysis)
}

/**
 * The inventory's findings: recomputed from its rooms, except that a list cut
 * short for a link keeps the counts of the whole inventory.
 */
export function inventoryAnalysis(inventory: Inventory): RoomAnalysis & { counts: RoomCounts } {
  // One analysis per inventory object: the step's notes, its panel and the review all ask
  // for it, and 100,000 rooms take a while. Inventories are never changed in place.
  const known = analyses.get(inventory)
  if (known) return known
  const analysis = analyzeRooms(inventory.rooms, inventory)
  const result =
    inventory.cut && inventory.counts ? { ...analysis, counts: inventory.counts } : analysis
  analyses.set(inventory, result)
  return result
}

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

export function defaultLookupUri(answers: Answers): string {
  const domain = sipDomains(answers)[0] ?? 'contoso.com'
  return `sip:${DEFAULT_LOOKUP_USER}@${domain}`
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`

/** Names of the inventory's rooms flagged with a rule, as the migration will name them. */
function flaggedNames(analysis: RoomAnalysis | undefined, id: RoomRuleId): string[] {
  if (!analysis) return []
  const names: string[] = []
  for (const room of analysis.flagged) {
    if (room.ruleIds.includes(id)) names.push(room.flattenedName)
    if (names.length >= MAX_FINDING_ITEMS) break
  }
  return names
}

/** Category paths of the inventory whose invitations are off. */
function invitationsOffCategories(inventory: Inventory | undefined): string[] {
  if (!inventory) return []
  const out = new Set<string>()
  for (const room of inventory.rooms) {
    if (!room.invitations) out.add(room.path.join(inventory.separator) || '(root category)')
    if (out.size >= MAX_FINDING_ITEMS) break
  }
  return [...out]
}

/** GC-09, only where the URI is used: legacy clients must keep working unchanged. */
function checkLookupUri(answers: Answers, gc: GroupChatAnswers): Finding[] {
  // A URI not typed yet is not answered yet; the step's schema asks for it.
  if (gc.legacyClients !== 'yes' || gc.lookupUri === undefined) return []
  const sip = parseSipUri(gc.lookupUri)
  const domains = sipDomains(answers)
  if (!sip.ok) {
    return [
      finding(
        'GC-09',
        'groupChat.lookupUri',
        `The Lookup Server URI "${gc.lookupUri.trim()}" is not a valid SIP URI: ${sip.reason}. Enter it as sip:user@domain, like sip:${DEFAULT_LOOKUP_USER}@${domains[0] ?? 'contoso.com'}; New-CsPersistentChatEndpoint needs the sip: prefix.`,
      ),
    ]
  }
  if (!domains.includes(sip.domain)) {
    return [
      finding(
        'GC-09',
        'groupChat.lookupUri',
        `The Lookup Server URI is in the domain ${sip.domain}, which is not one of this plan's SIP domains (${domains.join(', ') || 'none entered yet'}). New-CsPersistentChatEndpoint needs a SIP address in one of your SIP domains.`,
      ),
    ]
  }
  return []
}

/** GC-10: a Group Chat pool is homed on a pool of its own product. [S5] */
function checkHoming(answers: Answers, gc: GroupChatAnswers): Finding[] {
  const legacy = deployedProducts(answers)
  if (gc.sourceProduct === undefined || legacy.length === 0 || legacy.includes(gc.sourceProduct))
    return []
  const home = PRODUCT_LABELS[gc.sourceProduct]
  return [
    finding(
      'GC-10',
      'groupChat.sourceProduct',
      `${GC_PRODUCT_LABELS[gc.sourceProduct]} is homed on a pool of its own product (${home}), and must stay homed there until it is migrated; but this plan's legacy deployment has no ${home} (it has ${legacy.map((p) => PRODUCT_LABELS[p]).join(', ')}). Check which product the Group Chat pool runs, and the legacy products and pools of the Source deployment step.`,
    ),
  ]
}

export function checkGroupChat(answers: Answers): Finding[] {
  const gc = answers.groupChat
  if (!gc || answers.source?.groupChat !== 'yes') return []
  const out: Finding[] = []
  const inventory = gc.inventory
  const analysis = inventory ? inventoryAnalysis(inventory) : undefined
  const depth = Math.max(gc.categoryDepth, analysis?.maxDepth ?? 0)
  const assumption = SEPARATOR_ASSUMPTION(inventory?.separator ?? DEFAULT_SEPARATOR)

  if (depth > MAX_CATEGORY_DEPTH) {
    out.push(
      finding(
        'GC-01',
        'groupChat.categoryDepth',
        `Categories are nested ${depth} levels deep, but Persistent Chat supports only ${MAX_CATEGORY_DEPTH}. Migration flattens them: sub-categories get their parent categories' names as a prefix. Consider flattening the structure first in the Group Chat Admin Tool. ${assumption}`,
      ),
    )
  }
  if (gc.rootManagers === 'yes') {
    out.push(
      finding(
        'GC-02',
        'groupChat.rootManagers',
        'Managers of the root category become managers of every room after migration. If that is not wanted, remove them from the root category in the Group Chat Admin Tool before export.',
      ),
    )
  }
  const tooLong = analysis?.counts['GC-03'] ?? 0
  if (tooLong > 0) {
    out.push(
      finding(
        'GC-03',
        'groupChat.inventory',
        `${plural(tooLong, 'room name is', 'room names are')} longer than ${MAX_ROOM_NAME_LENGTH} characters once parent category names are prefixed. Shorten them (or their categories) in the Group Chat Admin Tool before export. ${assumption}`,
        { count: tooLong, items: flaggedNames(analysis, 'GC-03') },
      ),
    )
  }
  const off = gc.invitationsOffCategories
  if (off > 0) {
    out.push(
      finding(
        'GC-04',
        'groupChat.invitationsOffCategories',
        `${plural(off, 'category has', 'categories have')} invitations turned off, so every room under ${off === 1 ? 'it' : 'them'} will have invitations off, and the import warns and sets the rooms to false. Reset the category invitation settings in the Group Chat Admin Tool before export if rooms should keep invitations.`,
        { count: off, items: invitationsOffCategories(inventory) },
      ),
    )
  }
  if (gc.filesUsed === 'yes') {
    out.push(
      finding(
        'GC-05',
        'groupChat.filesUsed',
        'Files uploaded in chat rooms are not migrated by the tools: copy the whole upload folder to the Persistent Chat file store with XCOPY after the import. The Lync 2013 client cannot upload or view files in rooms; legacy clients still can.',
      ),
    )
  }
  if (gc.federatedRooms > 0) {
    out.push(
      finding(
        'GC-06',
        'groupChat.federatedRooms',
        `${plural(gc.federatedRooms, 'room has', 'rooms have')} federated users. Persistent Chat does not support federation: the rooms are migrated, but federated users lose access to them. Tell those users, or plan another way to share the content.`,
        { count: gc.federatedRooms, items: flaggedNames(analysis, 'GC-06') },
      ),
    )
  }
  if (gc.roomsNotToMigrate > 0) {
    out.push(
      finding(
        'GC-07',
        'groupChat.roomsNotToMigrate',
        `Mark the ${plural(gc.roomsNotToMigrate, 'room', 'rooms')} you do not want to migrate as disabled in the Group Chat Admin Tool before export.`,
        { count: gc.roomsNotToMigrate, items: flaggedNames(analysis, 'GC-07') },
      ),
    )
  }
  const clashes = analysis?.counts['GC-08'] ?? 0
  if (clashes > 0) {
    out.push(
      finding(
        'GC-08',
        'groupChat.inventory',
        `${plural(clashes, 'room would have', 'rooms would have')} the same name as another room once categories are flattened, or as a room already in the new pool. Room names are unique per pool, and a legacy room overwrites a same-named one. Rename them before export. ${assumption}`,
        { count: clashes, items: flaggedNames(analysis, 'GC-08') },
      ),
    )
  }
  out.push(...checkLookupUri(answers, gc), ...checkHoming(answers, gc))
  return out
}
