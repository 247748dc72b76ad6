import { MAX_SEPARATOR_LENGTH, SEPARATOR_ASSUMPTION } from '../rules/rooms'

// The assumption is one template around the separator; it ends the messages of GC-01, GC-03
// and GC-08. Found by its fixed text, so any separator of the plan is recognised.
const [BEFORE = '', AFTER = ''] = SEPARATOR_ASSUMPTION('\u0000').split('\u0000')
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const ASSUMPTION = new RegExp(
  `\\s*${escape(BEFORE)}([^]{0,${MAX_SEPARATOR_LENGTH}})${escape(AFTER)}$`,
)

/**
 * A message without the separator assumption at its end, and the separator it named,
 * so a page states the assumption once rather than under every finding.
 */
export function splitAssumption(message: string): { text: string; separator?: string } {
  const match = ASSUMPTION.exec(message)
  if (!match) return { text: message }
  return { text: message.slice(0, match.index), separator: match[1] }
}
