import { z } from 'zod'
import type { Answers } from './answers'
import { choice, fqdn, sameFqdn, sqlInstanceRef, yesNo } from './common'
import type { Finding } from './finding'
import { finding } from './finding'

export const PRODUCTS = ['lync2010', 'ocs2007r2', 'ocs2007', 'lcs2005', 'other'] as const
export type Product = (typeof PRODUCTS)[number]
export const SUPPORTED_PRODUCTS: readonly Product[] = ['lync2010', 'ocs2007r2']
export const PRODUCT_LABELS: Record<Product, string> = {
  lync2010: 'Lync Server 2010',
  ocs2007r2: 'Office Communications Server 2007 R2',
  ocs2007: 'Office Communications Server 2007',
  lcs2005: 'Live Communications Server 2005',
  other: 'Another product',
}
export const EDITIONS = ['standard', 'enterprise'] as const
export const EDITION_LABELS = { standard: 'Standard Edition', enterprise: 'Enterprise Edition' }
export const METHODS = ['side-by-side', 'in-place'] as const
export const METHOD_LABELS = { 'side-by-side': 'Side-by-side', 'in-place': 'In-place upgrade' }

export const legacyPoolSchema = z.object({
  fqdn: fqdn('legacy pool FQDN'),
  product: choice(PRODUCTS, 'the product this pool runs'),
  edition: choice(EDITIONS, 'the edition of this pool'),
  sqlInstance: sqlInstanceRef('back-end SQL Server instance'),
})

export const sourceSchema = z.object({
  products: z
    .array(z.enum(PRODUCTS))
    .min(1, { error: 'Select every legacy product that is deployed' }),
  legacyPools: z.array(legacyPoolSchema).min(1, { error: 'Add at least one legacy pool' }),
  targetTopology: choice(EDITIONS, 'the Lync Server 2013 topology'),
  method: choice(METHODS, 'the migration method'),
  groupChat: yesNo('Group Chat is deployed'),
  othersOnLync2013: yesNo('all other components and users are already on Lync Server 2013'),
})
export type SourceAnswers = z.infer<typeof sourceSchema>

/** The one supported source product, when there is exactly one. */
export function sourceProduct(answers: Answers): 'lync2010' | 'ocs2007r2' | undefined {
  const products = answers.source?.products ?? []
  if (products.length !== 1) return undefined
  const [only] = products
  return only === 'lync2010' || only === 'ocs2007r2' ? only : undefined
}

export function hasGroupChat(answers: Answers): boolean {
  return answers.source?.groupChat === 'yes'
}

export function checkSource(answers: Answers): Finding[] {
  const source = answers.source
  if (!source) return []
  const out: Finding[] = []
  const unsupported = source.products.filter((p) => !SUPPORTED_PRODUCTS.includes(p))
  if (unsupported.length > 0) {
    out.push(
      finding(
        'SRC-01',
        'source.products',
        `Migration to Lync Server 2013 from ${unsupported.map((p) => PRODUCT_LABELS[p]).join(', ')} is not supported. Only Lync Server 2010 and Office Communications Server 2007 R2 can be migrated; move the older deployment to one of them first.`,
      ),
    )
  }
  if (source.products.includes('lync2010') && source.products.includes('ocs2007r2')) {
    out.push(
      finding(
        'SRC-02',
        'source.products',
        'Migration from a deployment that runs both Lync Server 2010 and OCS 2007 R2 is not supported, and Lync Server 2013 cannot coexist with both at once. Finish consolidating onto one of them before you plan this migration.',
      ),
    )
  }
  if (source.method !== 'side-by-side') {
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
          `The Lync Server 2013 pool ${pool.fqdn} has the same FQDN as the legacy pool ${legacy.fqdn}. Side-by-side migration gives the new pools different names; choose a new FQDN.`,
        ),
      )
    }
  })
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
