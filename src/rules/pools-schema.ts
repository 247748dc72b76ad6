import { z } from 'zod'
import { MAX_POOLS, MAX_TEXT_LENGTH, tooMany } from './common'
import { choice, count, fqdn, sqlInstanceRef, yesNo } from './common-schema'
import { isUncPath, POOL_TYPES } from './pools'
import { EDITIONS } from './source'

// The pools step's schema, apart from its checks (pools.ts): see common-schema.ts.

export const lyncPoolSchema = z.object({
  fqdn: fqdn('Lync Server 2013 pool FQDN'),
  edition: choice(EDITIONS, 'the edition of this pool'),
  sqlInstance: sqlInstanceRef('back-end SQL Server instance'),
})

export const pchatPoolSchema = z
  .object({
    fqdn: fqdn('Persistent Chat pool FQDN'),
    homePool: fqdn('home pool FQDN'),
    poolType: choice(POOL_TYPES, 'the pool type'),
    edition: choice(EDITIONS, 'the edition of the Persistent Chat pool'),
    activeServers: count('number of active servers', 1, 100),
    storeInstance: sqlInstanceRef('Persistent Chat store SQL Server instance'),
    compliance: yesNo('compliance is turned on'),
    complianceInstance: z.string().trim().max(MAX_TEXT_LENGTH).optional(),
    fileStore: z
      .string({ error: 'Enter the file store path' })
      .trim()
      .min(1, { error: 'Enter the file store path' })
      .max(MAX_TEXT_LENGTH, {
        error: `The file store path must be ${MAX_TEXT_LENGTH} characters or fewer`,
      })
      .refine(isUncPath, {
        error: 'Enter the file store as a UNC path, like \\\\fs01.contoso.com\\pchatfiles',
      }),
    migrationTarget: yesNo('Group Chat data will be migrated into this pool'),
    existingContent: yesNo('categories, rooms or add-ins were already created in this pool'),
  })
  .superRefine((pool, ctx) => {
    if (pool.compliance !== 'yes') return
    const parsed = sqlInstanceRef('compliance SQL Server instance').safeParse(
      pool.complianceInstance ?? '',
    )
    if (!parsed.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['complianceInstance'],
        message: parsed.error.issues[0]?.message ?? 'Enter the compliance SQL Server instance',
      })
    }
  })

export const poolsSchema = z.object({
  lyncPools: z.array(lyncPoolSchema).max(MAX_POOLS, tooMany(MAX_POOLS, 'Lync Server 2013 pools')),
  pchatPools: z.array(pchatPoolSchema).max(MAX_POOLS, tooMany(MAX_POOLS, 'Persistent Chat pools')),
})
export type PoolsAnswers = z.infer<typeof poolsSchema>
export type PchatPool = z.infer<typeof pchatPoolSchema>
