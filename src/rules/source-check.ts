import type { SourceAnswers } from './source-schema'
import type { Answers } from './answers'
import type { AnswerPath } from './answer-path'
import { normalizeFqdn, sameFqdn } from './common'
import type { Finding } from './finding'
import { finding } from './finding'
import type { Product } from './source'
import { deployedProducts, PRODUCT_LABELS, SUPPORTED_PRODUCTS } from './source'

// The source step's rules. Its words and lists are in source.ts, which a form can load
// without the rules (docs/decisions/0026).

/** Where a product shows in the source answers: the tick list, or the first pool set to it. */
function productPath(source: SourceAnswers, products: readonly Product[]): AnswerPath {
  if (source.products.some((p) => products.includes(p))) return 'source.products'
  const i = source.legacyPools.findIndex((p) => products.includes(p.product))
  return i < 0 ? 'source.products' : `source.legacyPools.${i}.product`
}

function checkProducts(answers: Answers, source: SourceAnswers): Finding[] {
  const out: Finding[] = []
  const deployed = deployedProducts(answers)
  const unsupported = deployed.filter((p) => !SUPPORTED_PRODUCTS.includes(p))
  if (unsupported.length > 0) {
    const labels = unsupported.map((p) => PRODUCT_LABELS[p])
    out.push(
      finding(
        'SRC-01',
        productPath(source, unsupported),
        `Migration to Lync Server 2013 from ${labels.join(', ')} is not supported${source.products.some((p) => unsupported.includes(p)) ? '' : ' (set on a legacy pool)'}. Only Lync Server 2010 and Office Communications Server 2007 R2 can be migrated; move the older deployment to one of them first.`,
        { count: unsupported.length, items: labels },
      ),
    )
  }
  if (deployed.includes('lync2010') && deployed.includes('ocs2007r2')) {
    const both = source.products.includes('lync2010') && source.products.includes('ocs2007r2')
    const odd: Product = source.products.includes('lync2010') ? 'ocs2007r2' : 'lync2010'
    out.push(
      finding(
        'SRC-02',
        both ? 'source.products' : productPath({ ...source, products: [] }, [odd]),
        `This deployment runs both Lync Server 2010 and OCS 2007 R2${both ? '' : ' (one of them set on a legacy pool)'}. Migration from such a mixed deployment is not supported, and Lync Server 2013 cannot coexist with both at once. Finish consolidating onto one of them before you plan this migration.`,
      ),
    )
  }
  return out
}

/** SRC-06: the Persistent Chat pool needs a name of its own, and no Enterprise Edition Front End. */
function checkPchatNames(answers: Answers, source: SourceAnswers): Finding[] {
  const out: Finding[] = []
  const gcPool = source.groupChat === 'yes' ? answers.groupChat?.poolFqdn : undefined
  answers.pools?.pchatPools.forEach((pool, i) => {
    const name = normalizeFqdn(pool.fqdn)
    let clash: string | undefined
    if (sameFqdn(pool.fqdn, gcPool)) clash = 'the legacy Group Chat pool'
    else if (source.legacyPools.some((p) => sameFqdn(p.fqdn, pool.fqdn))) clash = 'a legacy pool'
    else if (
      answers.pools?.lyncPools.some(
        (p) => p.edition === 'enterprise' && sameFqdn(p.fqdn, pool.fqdn),
      )
    )
      clash = 'a Lync Server 2013 Enterprise Edition Front End pool'
    if (!clash) return
    out.push(
      finding(
        'SRC-06',
        `pools.pchatPools.${i}.fqdn`,
        `The Persistent Chat pool ${name} has the same FQDN as ${clash}. Side-by-side migration gives new pools new names, and Persistent Chat Server cannot be collocated with an Enterprise Edition Front End. Give the Persistent Chat pool its own FQDN.`,
      ),
    )
  })
  return out
}

export function checkSource(answers: Answers): Finding[] {
  const source = answers.source
  if (!source) return []
  const out: Finding[] = checkProducts(answers, source)
  // Not yet answered (a step being typed) is not an in-place upgrade.
  if (source.method !== undefined && source.method !== 'side-by-side') {
    out.push(
      finding(
        'SRC-03',
        'source.method',
        'Lync Server 2013 supports only side-by-side migration: deploy new servers and pools with new names next to the legacy ones, then move operations and users. An in-place upgrade is not supported.',
      ),
    )
  }
  const lyncPools = answers.pools?.lyncPools ?? []
  lyncPools.forEach((pool, i) => {
    const legacy = source.legacyPools.find((p) => sameFqdn(p.fqdn, pool.fqdn))
    if (legacy) {
      out.push(
        finding(
          'SRC-04',
          `pools.lyncPools.${i}.fqdn`,
          `The Lync Server 2013 pool ${normalizeFqdn(pool.fqdn)} has the same FQDN as the legacy pool ${normalizeFqdn(legacy.fqdn)}. Side-by-side migration gives the new pools different names; choose a new FQDN.`,
        ),
      )
    }
  })
  out.push(...checkPchatNames(answers, source))
  if (source.groupChat === 'yes' && source.othersOnLync2013 === 'no') {
    out.push(
      finding(
        'SRC-05',
        'source.othersOnLync2013',
        'Group Chat must be migrated last, after every other component and all users are on Lync Server 2013. Plan the remaining migration phases first; the checklist lists them.',
      ),
    )
  }
  return out
}
