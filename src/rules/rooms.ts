import type { Room } from './group-chat'

/** [S2]: the naming limit, including the parent category names. */
export const MAX_ROOM_NAME_LENGTH = 256
/**
 * UNCONFIRMED [S2]: Microsoft does not document how parent category names are
 * joined to a room's name when categories are flattened. This default is an
 * assumption and a setting of the plan.
 */
export const DEFAULT_SEPARATOR = '/'
export const MAX_SEPARATOR_LENGTH = 5
export const MAX_INVENTORY_ROOMS = 200_000
/** Most category levels a room's path may hold (and the most a plan can answer for depth). */
export const MAX_CATEGORY_NESTING = 50
/** Most names of rooms already in the new pool that a plan keeps. */
export const MAX_EXISTING_ROOM_NAMES = 20_000

export type { Room }
/** Persistent Chat supports one level of categories. [S2] */
export const MAX_CATEGORY_DEPTH = 1

export const SEPARATOR_ASSUMPTION = (separator: string) =>
  `Microsoft does not document how parent category names are joined to a room's name. This plan assumes "${separator}" between names (a setting of the room inventory); assumes that only rooms under a child category (two or more levels below the root category) are prefixed, with their whole category path, while rooms directly in a top-level category keep their own name; checks disabled rooms too, assuming they are imported as disabled rooms whose names still count; and counts UTF-16 code units, as SQL Server stores names.`

/**
 * The name a room gets once categories are flattened. [S2] step 3: "if the rooms exist
 * under a child category, they are prefixed with full parent category names". A room in
 * a top-level category (path of one) keeps its name; deeper rooms get the whole path.
 */
export function flattenRoomName(room: Pick<Room, 'path' | 'name'>, separator: string): string {
  return room.path.length <= MAX_CATEGORY_DEPTH
    ? room.name
    : `${room.path.join(separator)}${separator}${room.name}`
}

/** Names are unique per pool [S33]; compared without regard to case or surrounding space. */
export function roomNameKey(name: string): string {
  const trimmed = name.trim()
  // NFC only matters beyond printable ASCII; skipping it there keeps 100,000 rooms fast.
  return (/[^ -~]/.test(trimmed) ? trimmed.normalize('NFC') : trimmed).toLowerCase()
}

export type RoomRuleId = 'GC-03' | 'GC-04' | 'GC-06' | 'GC-07' | 'GC-08'
export type RoomCounts = Record<RoomRuleId, number>
export const ROOM_RULE_IDS: readonly RoomRuleId[] = ['GC-03', 'GC-08', 'GC-04', 'GC-06', 'GC-07']

export interface RoomResult {
  /** Index of the room in the inventory (0-based). */
  index: number
  flattenedName: string
  length: number
  ruleIds: RoomRuleId[]
  /** For GC-08: the flattened name it clashes with, or "an existing room". */
  clashWith?: string
}

export interface RoomAnalysis {
  total: number
  counts: RoomCounts
  maxDepth: number
  /** Only the rooms that need action, in inventory order. */
  flagged: RoomResult[]
}

/**
 * Flattens every room as the migration will and reports GC-03, GC-04, GC-06,
 * GC-07 and GC-08 per room. Disabled rooms stay in the length and clash checks:
 * the reference verifies them after import (`Get-CsPersistentChatRoom -Disabled`),
 * so they are assumed to arrive disabled, with names that still count.
 */
export function analyzeRooms(
  rooms: readonly Room[],
  options: { separator: string; existingNames?: readonly string[] },
): RoomAnalysis {
  const counts: RoomCounts = {
    'GC-03': 0,
    'GC-04': 0,
    'GC-06': 0,
    'GC-07': 0,
    'GC-08': 0,
  }
  const existing = new Set((options.existingNames ?? []).map(roomNameKey))
  const firstByKey = new Map<string, number>()
  const names: string[] = new Array(rooms.length)
  const clashes = new Map<number, string>()
  let maxDepth = 0

  for (let i = 0; i < rooms.length; i++) {
    const room = rooms[i] as Room
    if (room.path.length > maxDepth) maxDepth = room.path.length
    const flat = flattenRoomName(room, options.separator)
    names[i] = flat
    const key = roomNameKey(flat)
    if (existing.has(key)) clashes.set(i, 'a room already in the Persistent Chat pool')
    const first = firstByKey.get(key)
    if (first === undefined) {
      firstByKey.set(key, i)
    } else {
      clashes.set(i, names[first] as string)
      if (!clashes.has(first)) clashes.set(first, flat)
    }
  }

  const flagged: RoomResult[] = []
  for (let i = 0; i < rooms.length; i++) {
    const room = rooms[i] as Room
    const flat = names[i] as string
    const ruleIds: RoomRuleId[] = []
    if (flat.length > MAX_ROOM_NAME_LENGTH) ruleIds.push('GC-03')
    const clashWith = clashes.get(i)
    if (clashWith !== undefined) ruleIds.push('GC-08')
    if (!room.invitations) ruleIds.push('GC-04')
    if (room.federated > 0) ruleIds.push('GC-06')
    if (room.disabled) ruleIds.push('GC-07')
    if (ruleIds.length === 0) continue
    for (const id of ruleIds) counts[id] += 1
    const result: RoomResult = { index: i, flattenedName: flat, length: flat.length, ruleIds }
    if (clashWith !== undefined) result.clashWith = clashWith
    flagged.push(result)
  }
  return { total: rooms.length, counts, maxDepth, flagged }
}
