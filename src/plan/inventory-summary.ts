import type { Inventory } from '../rules/group-chat'
import type { Room, RoomRuleId } from '../rules/rooms'
import { analyzeRooms, MAX_CATEGORY_DEPTH } from '../rules/rooms'

/** Most names of rooms already in the new pool that a plan keeps. */
export const MAX_EXISTING_NAMES = 20_000

/**
 * What a plan keeps of a checked inventory: the rooms that need action (which is
 * all the rules need, since a room without a finding cannot clash), the total,
 * and the counts; plus the answers the inventory can fill in.
 */
export function summarizeInventory(
  rooms: readonly Room[],
  options: { separator: string; existingNames: string[]; fileName?: string },
): {
  inventory: Inventory
  answers: {
    categoryDepth: number
    invitationsOffCategories: number
    federatedRooms: number
    roomsNotToMigrate: number
  }
} {
  const existingNames = options.existingNames
    .map((n) => n.trim())
    .filter(Boolean)
    .slice(0, MAX_EXISTING_NAMES)
  const analysis = analyzeRooms(rooms, { separator: options.separator, existingNames })
  const keep = analysis.flagged.map((f) => rooms[f.index] as Room)
  const offCategories = new Set(
    rooms.filter((r) => !r.invitations).map((r) => r.path.join('\u0000')),
  )
  const inventory: Inventory = {
    separator: options.separator,
    rooms: keep,
    totalRooms: rooms.length,
    existingNames,
    counts: analysis.counts,
  }
  if (options.fileName) inventory.fileName = options.fileName
  return {
    inventory,
    answers: {
      categoryDepth: Math.max(MAX_CATEGORY_DEPTH, analysis.maxDepth),
      invitationsOffCategories: offCategories.size,
      federatedRooms: analysis.counts['GC-06'],
      roomsNotToMigrate: analysis.counts['GC-07'],
    },
  }
}

const PRIORITY: RoomRuleId[] = ['GC-03', 'GC-08', 'GC-06', 'GC-04', 'GC-07']

/**
 * Rooms ordered for cutting: blockers (GC-03, GC-08) are kept longest.
 * Linear after the analysis (it once looked each room up in the flagged list).
 */
export function roomsByPriority(inventory: Inventory): Room[] {
  const analysis = analyzeRooms(inventory.rooms, inventory)
  const rankOf = new Map<number, number>()
  for (const f of analysis.flagged) {
    let rank = PRIORITY.length
    for (const id of f.ruleIds) rank = Math.min(rank, PRIORITY.indexOf(id))
    rankOf.set(f.index, rank)
  }
  return inventory.rooms
    .map((room, i) => ({ room, rank: rankOf.get(i) ?? PRIORITY.length, i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.room)
}
