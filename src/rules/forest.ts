import { z } from 'zod'
import type { Answers } from './answers'
import { fqdn, isFqdn, MAX_SIP_DOMAINS, normalizeFqdn, sameFqdn, tooMany } from './common'
import type { Finding } from './finding'
import { finding } from './finding'

export const sipDomainSchema = z.object({ domain: fqdn('SIP domain') })

const PCHAT_FOREST_FORMAT =
  'Enter the Persistent Chat forest root domain as a fully qualified domain name, like contoso.com'
const PCHAT_FOREST_REQUIRED =
  'Enter the forest of the Persistent Chat pool: Group Chat can move only to a Persistent Chat pool in its own forest'

const forestShape = {
  legacyForest: fqdn('legacy forest root domain'),
  lyncForest: fqdn('Lync Server 2013 forest root domain'),
  /** Asked only when Group Chat is deployed; then required (see forestSchemaFor). */
  pchatForest: z
    .string()
    .trim()
    .refine((v) => v === '' || isFqdn(v), { error: PCHAT_FOREST_FORMAT })
    .optional(),
  sipDomains: z
    .array(sipDomainSchema)
    .min(1, { error: 'Add at least one SIP domain' })
    .max(MAX_SIP_DOMAINS, tooMany(MAX_SIP_DOMAINS, 'SIP domains')),
}

/** The slice as a plan stores it: the Persistent Chat forest may be blank. */
export const forestSchema = z.object(forestShape)
export type ForestAnswers = z.infer<typeof forestSchema>

/**
 * The Active Directory step's schema: when Group Chat is deployed the Persistent Chat
 * forest is required (a plain input check), so that FOR-02 can compare it.
 */
export function forestSchemaFor(context: { groupChat: boolean }) {
  if (!context.groupChat) return forestSchema
  return forestSchema.superRefine((forest, ctx) => {
    if (!forest.pchatForest) {
      ctx.addIssue({ code: 'custom', path: ['pchatForest'], message: PCHAT_FOREST_REQUIRED })
    }
  })
}

/** The plan's SIP domains as commands carry them (normalised like FQDNs, no duplicates). */
export function sipDomains(answers: Answers): string[] {
  const domains = (answers.forest?.sipDomains ?? []).map((d) => normalizeFqdn(d.domain))
  return [...new Set(domains.filter(Boolean))]
}

export function checkForest(answers: Answers): Finding[] {
  const forest = answers.forest
  if (!forest) return []
  const out: Finding[] = []
  const legacy = normalizeFqdn(forest.legacyForest)
  // Both forests must be answered to differ (a step being typed may not have them yet).
  if (
    forest.legacyForest &&
    forest.lyncForest &&
    !sameFqdn(forest.legacyForest, forest.lyncForest)
  ) {
    out.push(
      finding(
        'FOR-01',
        'forest.lyncForest',
        `Migration across Active Directory forests is not supported: the legacy deployment is in ${legacy} and Lync Server 2013 is planned in ${normalizeFqdn(forest.lyncForest)}. Deploy Lync Server 2013 in ${legacy}.`,
      ),
    )
  }
  if (
    answers.source?.groupChat === 'yes' &&
    forest.pchatForest &&
    !sameFqdn(forest.legacyForest, forest.pchatForest)
  ) {
    out.push(
      finding(
        'FOR-02',
        'forest.pchatForest',
        `Group Chat cannot be migrated to a Persistent Chat pool in a different deployment or forest: Group Chat is in ${legacy} and the Persistent Chat pool in ${normalizeFqdn(forest.pchatForest)}. Put the Persistent Chat pool in ${legacy}.`,
      ),
    )
  }
  return out
}
