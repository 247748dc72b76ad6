import type { Answers } from './answers'
import { normalizeFqdn, sameFqdn } from './common'
import type { Finding } from './finding'
import { finding } from './finding'

// The Active Directory step's rules. sipDomains is in forest.ts, which a form can load
// without the rules (docs/decisions/0026).

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
