import { useSyncExternalStore } from 'react'
import type { parsePlanValue } from '../plan/parse-plan'
import type { Plan } from '../plan/plan'
import type { Answers } from '../rules/answers'
import type { PlanProblem } from '../plan/problems'
import { checkMark, checkMarkKey } from './check-mark'
import type { StorageResult } from './storage'
import { deleteRooms, getRooms, putRooms, roomsSaveMessage } from './inventory-db'
import {
  changed,
  keys,
  readJson,
  readPlanText,
  removeKeys,
  savePlanRaw,
  setCurrentPlanId,
  subscribe,
  writeJson,
} from './storage'

export type LoadedPlan =
  | { status: 'ok'; plan: Plan }
  | { status: 'missing' }
  | { status: 'broken'; problem: PlanProblem }
  /** Its room inventory is still coming from IndexedDB. */
  | { status: 'loading' }

/** More rooms than this live in IndexedDB, not in the plan's localStorage entry. */
export const ROOMS_IN_LOCAL_STORAGE = 200
type Rooms = NonNullable<Plan['answers']['groupChat']>['inventory'] extends infer I
  ? I extends { rooms: infer R }
    ? R
    : never
  : never
const LOADING: LoadedPlan = { status: 'loading' }
const isKeptFindings = (key: string) => key.startsWith('findings:')
const roomsKey = (id: string) => `rooms:${id}`
const rooms = new Map<string, { list: Rooms; version: number } | 'loading' | 'failed'>()
let roomsVersion = 0

const looksLikeRooms = (v: unknown): v is Rooms =>
  Array.isArray(v) &&
  v.every(
    (r) =>
      typeof r === 'object' &&
      r !== null &&
      typeof (r as { name?: unknown }).name === 'string' &&
      Array.isArray((r as { path?: unknown }).path),
  )

function loadRooms(id: string): void {
  rooms.set(id, 'loading')
  getRooms(id)
    .then((list) => {
      rooms.set(id, looksLikeRooms(list) ? { list, version: ++roomsVersion } : 'failed')
    })
    .catch(() => rooms.set(id, 'failed'))
    .finally(changed)
}

// The full check (zod and every rule schema) is loaded only for a stored text
// that is not marked as checked (check-mark.ts).
let parse: typeof parsePlanValue | undefined
let parser: Promise<void> | undefined
let parserFailed = false
function loadParser(): void {
  parser ??= import('../plan/parse-plan')
    .then(
      (m) => {
        parse = m.parsePlanValue
      },
      () => {
        parserFailed = true
        parser = undefined
      },
    )
    .finally(changed)
}

// The stored text each answers object was read from or saved as, by its mark
// (check-mark.ts): findings kept beside that text fit these answers (known-findings.ts).
// Not for rooms held in IndexedDB: the text does not say which rooms they are.
const origins = new WeakMap<Answers, { id: string; mark: string }>()

/** The stored plan text these answers were read from or saved as, if it holds all of them. */
export function storedAs(answers: Answers): { id: string; mark: string } | undefined {
  return origins.get(answers)
}

// Keyed by the stored text: a read is always what storage holds now (another tab
// may have saved a moment ago), and an unchanged plan is never parsed twice.
const cache = new Map<string, { text: string | null; loaded: LoadedPlan }>()

export function loadPlan(id: string): LoadedPlan {
  const inDb = readJson(roomsKey(id)) !== undefined
  let held = inDb ? rooms.get(id) : undefined
  if (inDb && held === undefined) {
    loadRooms(id)
    held = 'loading'
  }
  if (held === 'loading') return LOADING
  const stored = readPlanText(id)
  const text = stored === null ? null : `${stored}|${typeof held === 'object' ? held.version : ''}`
  const hit = cache.get(id)
  if (hit && hit.text === text) return hit.loaded
  let loaded: LoadedPlan
  if (stored === null) loaded = { status: 'missing' }
  else if (held === 'failed') {
    loaded = {
      status: 'broken',
      problem: {
        kind: 'corrupt',
        message:
          "The room inventory of this plan could not be read from this browser's database. Open the plan file if you have one.",
      },
    }
  } else {
    let raw: unknown = null
    try {
      raw = JSON.parse(stored)
    } catch {
      raw = null
    }
    const mark = raw === null ? '' : checkMark(stored)
    const checked = raw !== null && readJson(checkMarkKey(id)) === mark
    if (!checked && !parse) {
      if (!parserFailed) {
        loadParser()
        return LOADING
      }
      parserFailed = false
      return {
        status: 'broken',
        problem: {
          kind: 'corrupt',
          message:
            'The planner could not load the part that checks this plan (the network may be off). Reload the page to try again.',
        },
      }
    }
    const parsed: ReturnType<typeof parsePlanValue> =
      checked || !parse ? { ok: true, plan: raw as Plan } : parse(raw)
    if (parsed.ok && !checked) writeJson(checkMarkKey(id), mark)
    if (parsed.ok) {
      if (!inDb) origins.set(parsed.plan.answers, { id, mark })
      loaded = {
        status: 'ok',
        plan: typeof held === 'object' ? withRooms(parsed.plan, held.list) : parsed.plan,
      }
    } else loaded = { status: 'broken', problem: parsed.problem }
  }
  cache.set(id, { text, loaded })
  return loaded
}

function withRooms(plan: Plan, list: Rooms): Plan {
  const gc = plan.answers.groupChat
  if (!gc?.inventory) return plan
  return {
    ...plan,
    answers: { ...plan.answers, groupChat: { ...gc, inventory: { ...gc.inventory, rooms: list } } },
  }
}

export function usePlan(id: string): LoadedPlan {
  return useSyncExternalStore(subscribe, () => loadPlan(id))
}

const writes = new Map<string, Promise<void>>()

/** Resolves when the plan's room inventory is in IndexedDB (at once when there is none). */
export function whenSaved(id: string): Promise<void> {
  return writes.get(id) ?? Promise.resolve()
}

export function savePlan(plan: Plan): StorageResult {
  setCurrentPlanId(plan.id)
  const saved: Plan = { ...plan, updatedAt: new Date().toISOString() }
  const inventory = saved.answers.groupChat?.inventory
  const marker = readJson(roomsKey(plan.id)) as { count?: number } | undefined
  let stored = saved
  let version = ''
  let roomsInDb = false
  if (inventory && inventory.rooms.length > ROOMS_IN_LOCAL_STORAGE) {
    // Once, in IndexedDB; the plan's entry keeps an empty list.
    const list = inventory.rooms
    const entry = { list, version: ++roomsVersion }
    rooms.set(plan.id, entry)
    version = String(entry.version)
    stored = withRooms(saved, [])
    roomsInDb = true
    const markerSaved = writeJson(roomsKey(plan.id), { count: list.length })
    if (!markerSaved.ok) return markerSaved
    const write = putRooms(plan.id, list).then(
      () => undefined,
      (error: unknown) =>
        setUnsaved({ message: roomsSaveMessage(error, list.length), plan: saved }),
    )
    writes.set(plan.id, write)
  } else if (
    marker &&
    (!saved.answers.groupChat ||
      (inventory && inventory.rooms.length === 0 && inventory.totalRooms === marker.count))
  ) {
    // Group Chat parked, or its inventory unchanged: the rooms stay where they are.
    const held = rooms.get(plan.id)
    version = typeof held === 'object' ? String(held.version) : ''
    roomsInDb = true
  } else if (marker) {
    removeKeys((k) => k === roomsKey(plan.id))
    rooms.delete(plan.id)
    void deleteRooms(plan.id).catch(() => undefined)
  }
  // What is saved is what a read will return: keep this object, so its one
  // evaluation (findingsFor) serves every page and the text is not parsed again.
  const previous = cache.get(plan.id)
  const text = JSON.stringify(stored)
  cache.set(plan.id, { text: `${text}|${version}`, loaded: { status: 'ok', plan: saved } })
  // A plan saved here is a typed Plan: its text needs no check when read back.
  const mark = checkMark(text)
  writeJson(checkMarkKey(plan.id), mark)
  let result = savePlanRaw(stored)
  if (!result.ok && result.reason === 'quota' && keys(isKeptFindings).length > 0) {
    // Kept verdicts are a cache (known-findings.ts): they make room for a plan.
    removeKeys(isKeptFindings)
    result = savePlanRaw(stored)
  }
  if (!result.ok) {
    if (previous) cache.set(plan.id, previous)
    else cache.delete(plan.id)
  } else if (!roomsInDb) origins.set(saved.answers, { id: plan.id, mark })
  return result
}

/** The last change that could not be saved (a tick, a rename), until dismissed. */
let unsaved: { message: string; plan: Plan } | null = null
const unsavedListeners = new Set<() => void>()
const setUnsaved = (value: typeof unsaved) => {
  unsaved = value
  for (const l of unsavedListeners) l()
}

export function useUnsavedChange(): { message: string; plan: Plan } | null {
  return useSyncExternalStore(
    (listener) => {
      unsavedListeners.add(listener)
      return () => unsavedListeners.delete(listener)
    },
    () => unsaved,
  )
}

export function dismissUnsavedChange(): void {
  setUnsaved(null)
}

/**
 * A small change (a tick): when it cannot be saved, the plan layout says so. It patches the
 * plan as stored now, which another tab may have saved since the page drew `plan`.
 */
export function updatePlan(plan: Plan, patch: (p: Plan) => Plan): StorageResult {
  const latest = loadPlan(plan.id)
  const next = patch(latest.status === 'ok' ? latest.plan : plan)
  const result = savePlan(next)
  setUnsaved(result.ok ? null : { message: result.message, plan: next })
  return result
}
