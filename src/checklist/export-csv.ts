import { toCsv } from '../plan/csv-write'
import type { Checklist } from './build-checklist'
import { commandText } from './markdown'

/** The columns of the tracker export; Owner and Date are left for the tracker to fill. */
export const CHECKLIST_CSV_HEADER = [
  'Item ID',
  'Section',
  'Title',
  'Command',
  'Done',
  'Owner',
  'Date',
] as const

/**
 * The checklist as CSV for a change ticket or a tracker: one row per item, its
 * commands as shown on the page (pauses as comment lines), done as yes or no.
 * Written as the rooms CSV is: formula-safe cells, a byte-order mark, CRLF.
 */
export function checklistCsv(checklist: Checklist, done: readonly string[]): string {
  const ticked = new Set(done)
  const rows = checklist.sections.flatMap((s) =>
    s.items.map((i) => [
      i.id,
      s.heading,
      i.title,
      commandText(i),
      ticked.has(i.id) ? 'yes' : 'no',
      '',
      '',
    ]),
  )
  return toCsv(CHECKLIST_CSV_HEADER, rows)
}
