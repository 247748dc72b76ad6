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

export type { Room }
/** Persistent Chat supports one level of categories. [S2] */
export const MAX_CATEGORY_DEPTH = 1

export const SEPARATOR_ASSUMPTION = (separator: string) =>
  `Microsoft does not document how parent category names are joined to a room's name; this plan assumes "${separator}" between names (a setting of the room inventory), and counts UTF-16 code units, as SQL Server stores names.`

/** The name a room gets once its category path is flattened into a prefix. [S2] */
export function flattenRoomName(room: Pick<Room, 'path' | 'name'>, separator: string): string {
  return room.path.length === 0 ? room.name : `${room.path.join(separator)}${separator}${room.name}`
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
 * GC-07 and GC-08 per room. Disabled rooms are not migrated, so they are
 * reported only as GC-07 and take no part in length or clash checks.
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
    if (room.disabled) continue
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
    if (!room.disabled && flat.length > MAX_ROOM_NAME_LENGTH) ruleIds.push('GC-03')
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
