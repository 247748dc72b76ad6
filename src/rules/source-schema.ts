import { z } from 'zod'
import { MAX_POOLS, tooMany } from './common'
import { choice, fqdn, sqlInstanceRef, yesNo } from './common-schema'
import { EDITIONS, METHODS, PRODUCTS } from './source'

// The legacy deployment step's schema, apart from its checks (source.ts): see common-schema.ts.

export const legacyPoolSchema = z.object({
  fqdn: fqdn('legacy pool FQDN'),
  product: choice(PRODUCTS, 'the product this pool runs'),
  edition: choice(EDITIONS, 'the edition of this pool'),
  sqlInstance: sqlInstanceRef('back-end SQL Server instance'),
})

export const sourceSchema = z.object({
  products: z
    .array(z.enum(PRODUCTS))
    .min(1, { error: 'Select every legacy product that is deployed' })
    .max(PRODUCTS.length, tooMany(PRODUCTS.length, 'products')),
  legacyPools: z
    .array(legacyPoolSchema)
    .min(1, { error: 'Add at least one legacy pool' })
    .max(MAX_POOLS, tooMany(MAX_POOLS, 'legacy pools')),
  targetTopology: choice(EDITIONS, 'the Lync Server 2013 topology'),
  method: choice(METHODS, 'the migration method'),
  groupChat: yesNo('Group Chat is deployed'),
  othersOnLync2013: yesNo('all other components and users are already on Lync Server 2013'),
})
export type SourceAnswers = z.infer<typeof sourceSchema>
