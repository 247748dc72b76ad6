import { z } from 'zod'
import { isFqdn, MAX_SIP_DOMAINS, tooMany } from './common'
import { fqdn } from './common-schema'

// The Active Directory step's schema, apart from its checks (forest.ts): see common-schema.ts.

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
