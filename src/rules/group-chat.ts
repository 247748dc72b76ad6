import type { GroupChatAnswers, Inventory, Room } from './group-chat-schema'
import type { Answers } from './answers'
import { typedInstanceRef } from './sql'
import { sipDomains } from './forest'
import type { RoomAnalysis, RoomCounts } from './rooms'
import { analyzeRooms, MAX_CATEGORY_DEPTH } from './rooms'

// The schema lives in group-chat-schema.ts (zod); checks take its types only.
export type { GroupChatAnswers, Inventory, Room }

export const GC_PRODUCTS = ['lync2010', 'ocs2007r2'] as const
export const GC_PRODUCT_LABELS = {
  lync2010: 'Lync Server 2010 Group Chat',
  ocs2007r2: 'Office Communications Server 2007 R2 Group Chat',
}
export { MAX_CATEGORY_DEPTH }
export const DEFAULT_LOOKUP_USER = 'ocschat'

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

export function defaultLookupUri(answers: Answers): string {
  const domain = sipDomains(answers)[0] ?? 'contoso.com'
  return `sip:${DEFAULT_LOOKUP_USER}@${domain}`
}

/** `server\instance` of the first SQL Server instance marked as the Group Chat database's. */
export function declaredGroupChatInstance(answers: Answers): string {
  const inst = answers.sql?.instances.find((i) => i.roles.includes('group-chat'))
  if (!inst) return ''
  return typedInstanceRef({ server: inst.server.trim(), instance: (inst.instance ?? '').trim() })
}
