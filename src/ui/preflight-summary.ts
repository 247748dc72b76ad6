import type { Finding } from '../rules/finding'
import { isPreflightId, PREFLIGHT_TEXT } from '../rules/preflight'
import { isRuleId, shortFinding } from './finding-summary'

/** How a pre-flight finding's message starts, for each status (src/rules/preflight-check.ts). */
const PREFLIGHT_STATUS_WORDS = ['Passed', 'Failed', 'Not checked', 'Check by hand'] as const

/**
 * One short line for any finding, a pre-flight result's included: what the script found,
 * then what it checks ("PRE-FLIGHT-03: Failed: the Group Chat database is reachable").
 */
export function shortAnyFinding(
  f: Pick<Finding, 'ruleId' | 'count' | 'message'>,
  item?: string,
): string {
  if (isPreflightId(f.ruleId)) {
    const title = PREFLIGHT_TEXT[f.ruleId].title
    const status = PREFLIGHT_STATUS_WORDS.find((start) => f.message.startsWith(start))
    return `${f.ruleId}: ${status ? `${status}: ${title.charAt(0).toLowerCase()}${title.slice(1)}` : title}`
  }
  return isRuleId(f.ruleId) ? shortFinding({ ruleId: f.ruleId, count: f.count }, item) : f.message
}
