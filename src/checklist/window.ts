import type { Checklist } from './build-checklist'
import type { ChecklistItem } from './types'

/** The downtime starts where the legacy Group Chat services stop (EXP-01, "The downtime starts here"). */
export const WINDOW_FIRST = 'EXP-01'
/** It ends with the checks after the Persistent Chat services start again (DEC-01). */
export const WINDOW_LAST = ['DEC-01', 'DEC-02', 'DEC-06'] as const

/**
 * The items done during the downtime, in checklist order: from EXP-01 to the last of
 * DEC-01, DEC-02 and DEC-06 in the plan. Empty when the plan has no downtime (no Group Chat).
 */
export function windowItems(checklist: Checklist): ChecklistItem[] {
  const items = checklist.sections.flatMap((s) => s.items)
  const first = items.findIndex((i) => i.id === WINDOW_FIRST)
  const last = items.findLastIndex((i) => (WINDOW_LAST as readonly string[]).includes(i.id))
  return first < 0 || last < first ? [] : items.slice(first, last + 1)
}
