import { z } from 'zod'
import type { Answers } from './answers'
import { choice, count, fqdn, isFqdn, sameFqdn, sqlInstanceRef, text, yesNo } from './common'
import type { Finding } from './finding'
import { finding } from './finding'
import type { RoomAnalysis, RoomCounts } from './rooms'
import {
  analyzeRooms,
  DEFAULT_SEPARATOR,
  MAX_INVENTORY_ROOMS,
  MAX_ROOM_NAME_LENGTH,
  MAX_CATEGORY_DEPTH,
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

function isPastOrToday(value: string, today: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value <= today
  )
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10)
}

export const roomSchema = z.object({
  /** Category path below the root category, outermost first. */
  path: z.array(z.string()),
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
  rooms: z.array(roomSchema).max(MAX_INVENTORY_ROOMS),
  /** Room count of the whole inventory, which may be larger than rooms.length in a shared plan. */
  totalRooms: z.number().int().min(0),
  /** Names of rooms already in the new Persistent Chat pool. */
  existingNames: z.array(z.string()).default([]),
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
 * The inventory's findings: recomputed from its rooms, except that a list cut
 * short for a link keeps the counts of the whole inventory.
 */
export function inventoryAnalysis(inventory: Inventory): RoomAnalysis & { counts: RoomCounts } {
  const analysis = analyzeRooms(inventory.rooms, inventory)
  return inventory.cut && inventory.counts ? { ...analysis, counts: inventory.counts } : analysis
}

export const groupChatSchema = z
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
    categoryDepth: count('category depth', 1, 50),
    rootManagers: yesNo('the root category has managers'),
    invitationsOffCategories: count('number of categories with invitations off'),
    federatedRooms: count('number of rooms with federated users'),
    roomsNotToMigrate: count('number of rooms not to migrate'),
    cutoffDate: z
      .string()
      .trim()
      .refine((v) => v === '' || ISO_DATE.test(v), {
        error: 'Enter the cutoff date as a real date, like 2010-01-01',
      })
      .refine((v) => v === '' || !ISO_DATE.test(v) || isPastOrToday(v, todayIso()), {
        error: 'The cutoff date must be a real date today or in the past',
      })
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
export type GroupChatAnswers = z.infer<typeof groupChatSchema>

export function defaultLookupUri(answers: Answers): string {
  const domain = answers.forest?.sipDomains[0]?.domain ?? 'contoso.com'
  return `sip:${DEFAULT_LOOKUP_USER}@${domain}`
}

const SIP_URI = /^sip:([^@\s;:<>"]+)@([^@\s;:<>"]+)$/i

/** The checked parts of a sip: URI, or why it is not one. */
export function parseSipUri(
  value: string,
): { ok: true; user: string; domain: string } | { ok: false; reason: string } {
  const trimmed = value.trim()
  if (!/^sip:/i.test(trimmed)) {
    return { ok: false, reason: 'it does not start with sip:' }
  }
  const match = SIP_URI.exec(trimmed)
  if (!match || !isFqdn(match[2] ?? '')) {
    return { ok: false, reason: 'it is not of the form sip:user@domain' }
  }
  return { ok: true, user: match[1] ?? '', domain: match[2] ?? '' }
}

export function checkGroupChat(answers: Answers): Finding[] {
  const gc = answers.groupChat
  if (!gc || answers.source?.groupChat !== 'yes') return []
  const out: Finding[] = []
  const inventory = gc.inventory
  const analysis = inventory ? analyzeRooms(inventory.rooms, inventory) : undefined
  const depth = Math.max(gc.categoryDepth, analysis?.maxDepth ?? 0)
  const separator = inventory?.separator ?? DEFAULT_SEPARATOR

  if (depth > MAX_CATEGORY_DEPTH) {
    out.push(
      finding(
        'GC-01',
        'groupChat.categoryDepth',
        `Categories are nested ${depth} levels deep, but Persistent Chat supports only ${MAX_CATEGORY_DEPTH}. Migration flattens them: sub-categories get their parent categories' names as a prefix. Consider flattening the structure first in the Group Chat Admin Tool. ${SEPARATOR_ASSUMPTION(separator)}`,
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
  if (analysis && analysis.counts['GC-03'] > 0) {
    const n = analysis.counts['GC-03']
    out.push(
      finding(
        'GC-03',
        'groupChat.inventory',
        `${n} room ${n === 1 ? 'name is' : 'names are'} longer than ${MAX_ROOM_NAME_LENGTH} characters once parent category names are prefixed. Shorten them (or their categories) in the Group Chat Admin Tool before export. ${SEPARATOR_ASSUMPTION(separator)}`,
      ),
    )
  }
  if (gc.invitationsOffCategories > 0) {
    out.push(
      finding(
        'GC-04',
        'groupChat.invitationsOffCategories',
        `${gc.invitationsOffCategories} ${gc.invitationsOffCategories === 1 ? 'category has' : 'categories have'} invitations turned off, so every room under ${gc.invitationsOffCategories === 1 ? 'it' : 'them'} will have invitations off, and the import warns and sets the rooms to false. Reset the category invitation settings in Group Chat before export if rooms should keep invitations.`,
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
        `${gc.federatedRooms} ${gc.federatedRooms === 1 ? 'room has' : 'rooms have'} federated users. Persistent Chat does not support federation: the rooms are migrated, but federated users lose access to them. Tell those users, or plan another way to share the content.`,
      ),
    )
  }
  if (gc.roomsNotToMigrate > 0) {
    out.push(
      finding(
        'GC-07',
        'groupChat.roomsNotToMigrate',
        `Mark the ${gc.roomsNotToMigrate} ${gc.roomsNotToMigrate === 1 ? 'room' : 'rooms'} you do not want to migrate as disabled in the Group Chat Admin Tool before export.`,
      ),
    )
  }
  if (analysis && analysis.counts['GC-08'] > 0) {
    const n = analysis.counts['GC-08']
    out.push(
      finding(
        'GC-08',
        'groupChat.inventory',
        `${n} ${n === 1 ? 'room would have' : 'rooms would have'} the same name as another room once categories are flattened, or as a room already in the new pool. Room names are unique per pool, and a legacy room overwrites a same-named one. Rename them before export. ${SEPARATOR_ASSUMPTION(separator)}`,
      ),
    )
  }
  const sip = parseSipUri(gc.lookupUri)
  const domains = answers.forest?.sipDomains.map((d) => d.domain) ?? []
  if (!sip.ok) {
    out.push(
      finding(
        'GC-09',
        'groupChat.lookupUri',
        `The Lookup Server URI "${gc.lookupUri}" is not a valid SIP URI: ${sip.reason}. Enter it as sip:user@domain, like sip:${DEFAULT_LOOKUP_USER}@${domains[0] ?? 'contoso.com'}; New-CsPersistentChatEndpoint needs the sip: prefix.`,
      ),
    )
  } else if (!domains.some((d) => sameFqdn(d, sip.domain))) {
    out.push(
      finding(
        'GC-09',
        'groupChat.lookupUri',
        `The Lookup Server URI is in the domain ${sip.domain}, which is not one of this plan's SIP domains (${domains.join(', ') || 'none entered yet'}). New-CsPersistentChatEndpoint needs a SIP address in one of your SIP domains.`,
      ),
    )
  }
  return out
}
