import type { SourceAnswers } from './source-schema'
import type { Answers } from './answers'

// The schema lives in source-schema.ts (zod); checks take its types only.
export type { SourceAnswers }

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

/** Every legacy product of the plan: the ones ticked and the ones set on legacy pools. */
export function deployedProducts(answers: Answers): Product[] {
  const source = answers.source
  if (!source) return []
  const all = new Set<Product>([...source.products, ...source.legacyPools.map((p) => p.product)])
  return PRODUCTS.filter((p) => all.has(p))
}

/** The one supported source product, when there is exactly one (ticked or on a pool). */
export function sourceProduct(answers: Answers): 'lync2010' | 'ocs2007r2' | undefined {
  const products = deployedProducts(answers)
  if (products.length !== 1) return undefined
  const [only] = products
  return only === 'lync2010' || only === 'ocs2007r2' ? only : undefined
}

export { hasGroupChat } from './has-group-chat'
