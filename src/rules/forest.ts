import type { ForestAnswers } from './forest-schema'
import type { Answers } from './answers'
import { normalizeFqdn } from './common'

// The schema lives in forest-schema.ts (zod); checks take its types only.
export type { ForestAnswers }

/** The plan's SIP domains as commands carry them (normalised like FQDNs, no duplicates). */
export function sipDomains(answers: Answers): string[] {
  const domains = (answers.forest?.sipDomains ?? []).map((d) => normalizeFqdn(d.domain))
  return [...new Set(domains.filter(Boolean))]
}
