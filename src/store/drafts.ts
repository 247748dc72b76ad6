import type { StorageResult } from './storage'
import { keys, readJson, removeKeys, writeJson } from './storage'

// Each tab keeps its own draft of a step, so two tabs never overwrite each
// other's typing; the tab's ID lives in sessionStorage, so it survives a reload.
let tab: string | undefined
function tabId(): string {
  if (tab) return tab
  try {
    tab = sessionStorage.getItem('lync-planner:tab') ?? crypto.randomUUID().slice(0, 8)
    sessionStorage.setItem('lync-planner:tab', tab)
  } catch {
    tab = crypto.randomUUID().slice(0, 8)
  }
  return tab
}

const stepPrefix = (planId: string, stepId: string) => `draft:${planId}:${stepId}`
const own = (planId: string, stepId: string) => `${stepPrefix(planId, stepId)}:${tabId()}`
const ofStep = (planId: string, stepId: string) => (key: string) =>
  key === stepPrefix(planId, stepId) || key.startsWith(`${stepPrefix(planId, stepId)}:`)

interface Stored {
  savedAt: number
  values: unknown
}
const isStored = (v: unknown): v is Stored =>
  typeof v === 'object' && v !== null && 'savedAt' in v && typeof v.savedAt === 'number'

/**
 * The values typed into a step and not yet saved: this tab's, else the newest
 * another tab (or a closed one) left. Unknown shape: the step validates it.
 */
export function readDraft(planId: string, stepId: string): unknown {
  const mine = readJson(own(planId, stepId))
  if (isStored(mine)) return mine.values
  let newest: Stored | undefined
  for (const key of keys(ofStep(planId, stepId))) {
    const value = readJson(key)
    // A draft written before drafts had a tab is the bare values.
    const stored = isStored(value) ? value : { savedAt: 0, values: value }
    if (!newest || stored.savedAt > newest.savedAt) newest = stored
  }
  return newest?.values
}

export function hasDraft(planId: string, stepId: string): boolean {
  return keys(ofStep(planId, stepId)).length > 0
}

export function saveDraft(planId: string, stepId: string, values: unknown): StorageResult {
  return writeJson(own(planId, stepId), { savedAt: Date.now(), values })
}

/** After the step is saved: its drafts, in every tab, are spent. */
export function clearDrafts(planId: string, stepId: string): void {
  removeKeys(ofStep(planId, stepId))
}
