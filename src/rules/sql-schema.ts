import { z } from 'zod'
import { MAX_SQL_INSTANCES, tooMany } from './common'
import { choice, fqdn, instanceName } from './common-schema'
import { BITNESS, SQL_EDITIONS, SQL_ROLES, SQL_VERSIONS } from './sql'

// The SQL Server step's schema, apart from its checks (sql.ts): see common-schema.ts.

export const sqlInstanceSchema = z.object({
  server: fqdn('SQL Server FQDN'),
  instance: instanceName,
  version: choice(SQL_VERSIONS, 'the SQL Server version'),
  edition: choice(SQL_EDITIONS, 'the SQL Server edition'),
  bitness: choice(BITNESS, '64-bit or 32-bit'),
  roles: z
    .array(z.enum(SQL_ROLES))
    .min(1, { error: 'Select the databases this instance hosts or will host' })
    .max(SQL_ROLES.length, tooMany(SQL_ROLES.length, 'databases')),
})
export const sqlSchema = z.object({
  instances: z
    .array(sqlInstanceSchema)
    .min(1, { error: 'Add at least one SQL Server instance' })
    .max(MAX_SQL_INSTANCES, tooMany(MAX_SQL_INSTANCES, 'SQL Server instances')),
})
export type SqlInstance = z.infer<typeof sqlInstanceSchema>
export type SqlAnswers = z.infer<typeof sqlSchema>
