import type { GroupChatAnswers, Inventory } from './group-chat-schema'
import type { Answers } from './answers'
import { formatCount, parseSipUri } from './common'
import type { Finding } from './finding'
import { finding, MAX_FINDING_ITEMS } from './finding'
import { sipDomains } from './forest'
import type { RoomAnalysis, RoomRuleId } from './rooms'
import { deployedProducts, PRODUCT_LABELS } from './source'
import { DEFAULT_LOOKUP_USER, GC_PRODUCT_LABELS, inventoryAnalysis } from './group-chat'
import {
  DEFAULT_SEPARATOR,
  MAX_CATEGORY_DEPTH,
  MAX_ROOM_NAME_LENGTH,
  SEPARATOR_ASSUMPTION,
} from './rooms'

// The Group Chat step's rules. Its words, lists and the room analysis are in
// group-chat.ts, which a form can load without the rules (docs/decisions/0026).

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
