import { z } from 'zod'
import type { Answers } from './answers'
import { fqdn, isFqdn, sameFqdn } from './common'
import type { Finding } from './finding'
import { finding } from './finding'

export const sipDomainSchema = z.object({ domain: fqdn('SIP domain') })

export const forestSchema = z.object({
  legacyForest: fqdn('legacy forest root domain'),
  lyncForest: fqdn('Lync Server 2013 forest root domain'),
  /** Asked only when Group Chat is deployed. */
  pchatForest: z
    .string()
    .trim()
    .refine((v) => v === '' || isFqdn(v), {
      error:
        'Enter the Persistent Chat forest root domain as a fully qualified domain name, like contoso.com',
    })
    .optional(),
  sipDomains: z.array(sipDomainSchema).min(1, { error: 'Add at least one SIP domain' }),
})
export type ForestAnswers = z.infer<typeof forestSchema>

export function checkForest(answers: Answers): Finding[] {
  const forest = answers.forest
  if (!forest) return []
  const out: Finding[] = []
  if (!sameFqdn(forest.legacyForest, forest.lyncForest)) {
    out.push(
      finding(
        'FOR-01',
        'forest.lyncForest',
        `Migration across Active Directory forests is not supported: the legacy deployment is in ${forest.legacyForest} and Lync Server 2013 is planned in ${forest.lyncForest}. Deploy Lync Server 2013 in ${forest.legacyForest}.`,
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
        `Group Chat cannot be migrated to a Persistent Chat pool in a different deployment or forest: Group Chat is in ${forest.legacyForest} and the Persistent Chat pool in ${forest.pchatForest}. Put the Persistent Chat pool in ${forest.legacyForest}.`,
      ),
    )
  }
  return out
}
