import type { Parked } from '../plan/dependents'
import { groupChatSchema } from '../rules/group-chat-schema'
import { ROOMS_IN_LOCAL_STORAGE } from './plan-store'
import type { StorageResult } from './storage'
import { readJson, removeKeys, writeJson } from './storage'

const key = (planId: string) => `parked:${planId}`

/** Answers a plan set aside (Group Chat turned off), checked before use. */
export function readParked(planId: string): Parked {
  const raw = readJson(key(planId))
  if (typeof raw !== 'object' || raw === null) return {}
  const out: Parked = {}
  const gc = groupChatSchema.safeParse((raw as Record<string, unknown>).groupChat)
  if (gc.success) out.groupChat = gc.data
  const forest = (raw as Record<string, unknown>).pchatForest
  if (typeof forest === 'string' && forest.length <= 253) out.pchatForest = forest
  return out
}

export function saveParked(planId: string, parked: Parked): StorageResult {
  if (!parked.groupChat && !parked.pchatForest) {
    removeKeys((k) => k === key(planId))
    return { ok: true }
  }
  // A large room list stays in IndexedDB (under the plan), never copied here.
  const inventory = parked.groupChat?.inventory
  const slim =
    inventory && parked.groupChat && inventory.rooms.length > ROOMS_IN_LOCAL_STORAGE
      ? { ...parked, groupChat: { ...parked.groupChat, inventory: { ...inventory, rooms: [] } } }
      : parked
  return writeJson(key(planId), slim)
}
