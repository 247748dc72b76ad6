import type { Answers } from './answers'
import { PREFLIGHT_RULES } from './catalogue'
import type { PreflightRuleId } from './catalogue'
import type { Finding, Severity } from './finding'
import { sortFindings } from './finding'
import type { PreflightStatus, StoredPreflight, StoredPreflightResult } from './preflight'
import {
  importedWhen,
  isPreflightId,
  plainText,
  PREFLIGHT_BOUNDS,
  PREFLIGHT_TEXT,
  preflightAnswerPath,
} from './preflight'

// The pre-flight results as findings. Their words are in preflight.ts, which a page can
// load without the rules (docs/decisions/0026).

const lower = (title: string) => `${title.charAt(0).toLowerCase()}${title.slice(1)}`

/** The severity of one result: a pass is information, never a problem. */
export function preflightSeverity(id: PreflightRuleId, status: PreflightStatus): Severity {
  const onFail = PREFLIGHT_RULES[id].severity
  if (status === 'pass') return 'info'
  // Not checked: the risk is still there, so it is worth a warning, never a blocker.
  if (status === 'unknown') return onFail === 'info' ? 'info' : 'warning'
  return onFail
}

function messageOf(
  id: PreflightRuleId,
  result: StoredPreflightResult,
  stored: StoredPreflight,
): string {
  const text = PREFLIGHT_TEXT[id]
  const detail = plainText(result.detail, PREFLIGHT_BOUNDS.detail)
  const when = `Pre-flight result imported ${importedWhen(stored.importedAt)}${
    stored.computer ? ` from ${plainText(stored.computer, PREFLIGHT_BOUNDS.computer)}` : ''
  }.`
  switch (result.status) {
    case 'pass':
      return `Passed: ${lower(text.title)}.${detail ? ` The script reported: ${detail}` : ''} ${when}`
    case 'fail':
      return `Failed check: ${lower(text.title)}. ${text.onFail}${detail ? ` The script reported: ${detail}` : ''} ${when}`
    case 'unknown':
      return `Not checked by the script${detail ? ` (${detail.replace(/[.\s]+$/, '')})` : ''}. Check by hand: ${lower(text.title)}. ${text.risk} ${when}`
    case 'manual':
      return `${text.onFail}${detail ? ` ${detail}` : ''} ${when}`
  }
}

/**
 * The findings of the stored pre-flight results, one per known result, each
 * with its stable ID; results the planner does not know are left out. Every
 * value from the file is plain text, bounded again here.
 */
export function checkPreflight(answers: Answers, stored: StoredPreflight | undefined): Finding[] {
  if (!stored) return []
  const seen = new Set<string>()
  const out: Finding[] = []
  for (const result of stored.results.slice(0, PREFLIGHT_BOUNDS.results)) {
    if (!isPreflightId(result.id) || seen.has(result.id)) continue
    seen.add(result.id)
    const id = result.id
    const f: Finding = {
      ruleId: id,
      severity: preflightSeverity(id, result.status),
      message: messageOf(id, result, stored),
      path: preflightAnswerPath(id, answers) ?? PREFLIGHT_TEXT[id].area,
      sources: PREFLIGHT_RULES[id].sources,
    }
    const items = (result.items ?? [])
      .slice(0, PREFLIGHT_BOUNDS.items)
      .map((i) => plainText(i, PREFLIGHT_BOUNDS.item))
    if (items.length > 0) f.items = items
    if (result.count !== undefined || items.length > 0)
      f.count = Math.max(result.count ?? 0, items.length)
    out.push(f)
  }
  out.sort((a, b) => a.ruleId.localeCompare(b.ruleId))
  return sortFindings(out)
}
