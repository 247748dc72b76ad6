import type { AnswerPath } from './answer-path'
import type { FindingId, RuleId } from './catalogue'
import { RULES } from './catalogue'
import type { SourceId } from './sources'

export type Severity = 'blocker' | 'warning' | 'info'

/** Most names a finding lists in `items`; `count` always carries the true number. */
export const MAX_FINDING_ITEMS = 50

export interface Finding {
  ruleId: FindingId
  severity: Severity
  /** Plain words for an administrator: what is wrong, why, what to do. */
  message: string
  /** The answer it is about, as a dotted path into the plan, e.g. `pools.lyncPools.0.fqdn`. */
  path: AnswerPath
  sources: readonly SourceId[]
  /**
   * How many things the finding is about (rooms too long, clashing rooms, pools on one
   * instance...). Readers print this number and never recount: a plan whose room list
   * was cut for a link still carries the whole inventory's count.
   */
  count?: number
  /** Names of the things it is about, at most MAX_FINDING_ITEMS; absent when none are known. */
  items?: string[]
}

export interface FindingDetail {
  count?: number
  items?: readonly string[]
}

/** Builds a finding whose severity and sources come from the catalogue, never retyped. */
export function finding(
  ruleId: RuleId,
  path: AnswerPath,
  message: string,
  detail: FindingDetail = {},
): Finding {
  const rule = RULES[ruleId]
  const out: Finding = { ruleId, severity: rule.severity, message, path, sources: rule.sources }
  if (detail.count !== undefined) out.count = detail.count
  if (detail.items?.length) out.items = detail.items.slice(0, MAX_FINDING_ITEMS)
  return out
}

const SEVERITY_ORDER: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 }

/** Blockers first, then warnings, then information; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { blocker: 0, warning: 0, info: 0 }
  for (const f of findings) counts[f.severity] += 1
  return counts
}
