import { deleteRooms } from './inventory-db'

// The one storage adapter: every plan, draft and index entry goes through here.
// Nothing here imports zod, so the start page stays light; plans are validated
// where they are opened (plan-store.ts).

const PREFIX = 'lync-planner:'
const INDEX_KEY = `${PREFIX}index`
const CURRENT_KEY = `${PREFIX}current`
const planKey = (id: string) => `${PREFIX}plan:${id}`

export interface PlanSummary {
  id: string
  name: string
  updatedAt: string
}

export type StorageResult =
  { ok: true } | { ok: false; reason: 'quota' | 'unavailable'; message: string }

const listeners = new Set<() => void>()
let version = 0

export function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
export function storageVersion(): number {
  return version
}
/** Tells every subscriber that saved data changed (also used when IndexedDB answers). */
export function changed(): void {
  version += 1
  for (const l of listeners) l()
}
if (typeof window !== 'undefined') {
  // Another tab saved: refresh what this one shows.
  window.addEventListener('storage', (e) => {
    // Drafts are this tab's typing (or another's): they change no saved plan.
    if (e.key === null || (e.key.startsWith(PREFIX) && !e.key.startsWith(`${PREFIX}draft:`)))
      changed()
  })
}

function write(key: string, value: string): StorageResult {
  try {
    localStorage.setItem(key, value)
    return { ok: true }
  } catch (error) {
    const quota =
      error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)
    return quota
      ? {
          ok: false,
          reason: 'quota',
          message:
            "This browser's storage for the planner is full, so the last change was not saved. Download the plan file to keep it, then delete plans you no longer need from the start page.",
        }
      : {
          ok: false,
          reason: 'unavailable',
          message:
            'This browser does not let the planner save (private mode or storage turned off). Download the plan file to keep your work.',
        }
  }
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function isSummary(v: unknown): v is PlanSummary {
  if (typeof v !== 'object' || v === null) return false
  const o = v as Record<string, unknown>
  return typeof o.id === 'string' && typeof o.name === 'string' && typeof o.updatedAt === 'string'
}

export function listPlans(): PlanSummary[] {
  try {
    const parsed: unknown = JSON.parse(read(INDEX_KEY) ?? '[]')
    return Array.isArray(parsed)
      ? parsed.filter(isSummary).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      : []
  } catch {
    return []
  }
}

function writeIndex(plans: PlanSummary[]): StorageResult {
  return write(INDEX_KEY, JSON.stringify(plans))
}

/** The stored text of a plan, or null: cheap to compare, so reads are always fresh. */
export function readPlanText(id: string): string | null {
  return read(planKey(id))
}

export function readPlanRaw(id: string): unknown {
  const text = read(planKey(id))
  if (text === null) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

export function savePlanRaw(plan: PlanSummary & Record<string, unknown>): StorageResult {
  const result = write(planKey(plan.id), JSON.stringify(plan))
  if (!result.ok) return result
  const index = listPlans().filter((p) => p.id !== plan.id)
  index.push({ id: plan.id, name: plan.name, updatedAt: plan.updatedAt })
  const indexed = writeIndex(index)
  changed()
  return indexed
}

export function deletePlan(id: string): void {
  try {
    localStorage.removeItem(planKey(id))
  } catch {
    /* nothing to delete */
  }
  // Drafts and parked answers of the plan go with it.
  removeKeys(
    (key) =>
      key.startsWith(`draft:${id}:`) ||
      key === `parked:${id}` ||
      key === `rooms:${id}` ||
      key === `checked:${id}` ||
      key === `findings:${id}`,
  )
  void deleteRooms(id).catch(() => undefined)
  writeIndex(listPlans().filter((p) => p.id !== id))
  if (currentPlanId() === id) setCurrentPlanId(null)
  changed()
}

/** Raw access for the other store modules (drafts, parked answers); values are JSON. */
export function readJson(key: string): unknown {
  const text = read(`${PREFIX}${key}`)
  if (text === null) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

export function writeJson(key: string, value: unknown): StorageResult {
  return write(`${PREFIX}${key}`, JSON.stringify(value))
}

export function removeKeys(match: (key: string) => boolean): void {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(PREFIX) && match(key.slice(PREFIX.length))) localStorage.removeItem(key)
    }
  } catch {
    /* nothing to remove */
  }
}

export function keys(match: (key: string) => boolean): string[] {
  try {
    return Object.keys(localStorage)
      .filter((key) => key.startsWith(PREFIX) && match(key.slice(PREFIX.length)))
      .map((key) => key.slice(PREFIX.length))
  } catch {
    return []
  }
}

export function currentPlanId(): string | null {
  return read(CURRENT_KEY)
}

export function setCurrentPlanId(id: string | null): void {
  try {
    if (id) localStorage.setItem(CURRENT_KEY, id)
    else localStorage.removeItem(CURRENT_KEY)
  } catch {
    /* not critical */
  }
}

export function newPlanId(): string {
  return `p-${crypto.randomUUID().slice(0, 13)}`
}
