import type { AnswerPath } from '../rules/answer-path'
import Papa from 'papaparse'
import type { CompanionQueryId } from './group-chat-sql'
import type { DiscoveryResult } from './problems'
import { excerpt, refuse } from './problems'
import type { ProposedAnswer } from './proposal'

/** Most rows of a companion result read back; they are short summaries. */
export const MAX_COMPANION_ROWS = 100_000

const COLUMNS: Record<CompanionQueryId, readonly string[]> = {
  'root-managers': ['name', 'uri', 'principal_type'],
  'category-tree': ['deepest_category_depth', 'categories', 'categories_invitations_off'],
  'file-posts': ['node_id', 'room_name', 'file_posts'],
  'messages-per-year': ['post_year', 'messages'],
  'disabled-principals': ['name', 'uri', 'role', 'node_name', 'node_id'],
}

export interface CompanionImport {
  answers: ProposedAnswer[]
  /** The rows, for the step to show (messages per year to choose the cutoff date, names). */
  rows: Record<string, string>[]
  /** Rows beyond MAX_COMPANION_ROWS, left out. */
  cut: number
}

const whole = (v: string | undefined) =>
  v !== undefined && /^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined

/**
 * Reads a companion query's CSV (written by the wrapper, or pasted from SQL
 * Server Management Studio with its header) into proposed Group Chat answers.
 */
export function readCompanionCsv(
  id: CompanionQueryId,
  text: string,
): DiscoveryResult<CompanionImport> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  })
  const expected = COLUMNS[id]
  const fields = parsed.meta.fields ?? []
  const missing = expected.filter((c) => !fields.includes(c))
  if (missing.length > 0) {
    return refuse(
      'wrong-format',
      `This is not the result of the query it was imported for: the column${missing.length === 1 ? '' : 's'} ${missing.map((c) => `“${c}”`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (found: ${excerpt(fields.join(', ') || 'none', 120)}).`,
    )
  }
  const rows = parsed.data.slice(0, MAX_COMPANION_ROWS)
  const cut = Math.max(0, parsed.data.length - rows.length)
  const answers: ProposedAnswer[] = []
  const add = (path: AnswerPath, value: unknown, label: string) =>
    answers.push({ path, value, label, source: 'group-chat-database' })
  switch (id) {
    case 'root-managers':
      add(
        'groupChat.rootManagers',
        rows.length > 0 ? 'yes' : 'no',
        rows.length > 0
          ? `The root category has ${rows.length} manager${rows.length === 1 ? '' : 's'}`
          : 'The root category has no managers',
      )
      break
    case 'category-tree': {
      const depth = whole(rows[0]?.deepest_category_depth)
      const off = whole(rows[0]?.categories_invitations_off)
      if (depth !== undefined) {
        add(
          'groupChat.categoryDepth',
          Math.max(1, depth),
          depth === 0
            ? 'Category depth: no category below the root (entered as 1, the smallest answer)'
            : `Category depth: ${depth} level${depth === 1 ? '' : 's'} below the root`,
        )
      }
      if (off !== undefined)
        add('groupChat.invitationsOffCategories', off, `Categories with invitations off: ${off}`)
      break
    }
    case 'file-posts':
      add(
        'groupChat.filesUsed',
        rows.length > 0 ? 'yes' : 'no',
        rows.length > 0
          ? `${rows.length} room${rows.length === 1 ? ' has' : 's have'} file posts`
          : 'No room has file posts',
      )
      break
    case 'messages-per-year':
    case 'disabled-principals':
      // Shown to the administrator; no answer follows from them alone.
      break
  }
  return { ok: true, answers, rows, cut }
}
