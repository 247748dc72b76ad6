import type { RuleId } from './catalogue'
import { RULES } from './catalogue'
import type { SourceId } from './sources'

export type Severity = 'blocker' | 'warning' | 'info'

export interface Finding {
  ruleId: RuleId
  severity: Severity
  /** Plain words for an administrator: what is wrong, why, what to do. */
  message: string
  /** The answer it is about, as a dotted path into the plan, e.g. `pools.lyncPools.0.fqdn`. */
  path: string
  sources: readonly SourceId[]
}

/** Builds a finding whose severity and sources come from the catalogue, never retyped. */
export function finding(ruleId: RuleId, path: string, message: string): Finding {
  const rule = RULES[ruleId]
  return { ruleId, severity: rule.severity, message, path, sources: rule.sources }
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
