import type { SqlAnswers, SqlInstance } from './sql-schema'
import { normalizeFqdn, parseSqlInstanceRef } from './common'

// The schema lives in sql-schema.ts (zod); checks take its types only.
export type { SqlAnswers, SqlInstance }

export const SQL_VERSIONS = ['2005', '2008', '2008r2', '2012', '2014', 'other'] as const
export const SQL_VERSION_LABELS: Record<(typeof SQL_VERSIONS)[number], string> = {
  '2005': 'SQL Server 2005',
  '2008': 'SQL Server 2008',
  '2008r2': 'SQL Server 2008 R2',
  '2012': 'SQL Server 2012',
  '2014': 'SQL Server 2014',
  other: 'Another version',
}
/** [S1][S10]: Lync Server 2013 databases run on SQL Server 2008 R2 or 2012 only. */
export const SUPPORTED_SQL_VERSIONS: readonly string[] = ['2008r2', '2012']
export const SQL_EDITIONS = ['enterprise', 'standard', 'express', 'web', 'workgroup'] as const
export const SQL_EDITION_LABELS: Record<(typeof SQL_EDITIONS)[number], string> = {
  enterprise: 'Enterprise',
  standard: 'Standard',
  express: 'Express',
  web: 'Web',
  workgroup: 'Workgroup',
}
export const BITNESS = ['64', '32'] as const
export const SQL_ROLES = [
  'legacy-backend',
  'group-chat',
  'lync-backend',
  'pchat-store',
  'pchat-compliance',
  'other',
] as const
export type SqlRole = (typeof SQL_ROLES)[number]
export const SQL_ROLE_LABELS: Record<SqlRole, string> = {
  'legacy-backend': 'Legacy back end or User Store (Lync 2010 or OCS 2007 R2)',
  'group-chat': 'Legacy Group Chat database (Lync 2010 or OCS 2007 R2 Group Chat)',
  'lync-backend': 'Lync Server 2013 back end',
  'pchat-store': 'Persistent Chat store (mgc)',
  'pchat-compliance': 'Persistent Chat compliance store (mgccomp)',
  other: 'Other databases',
}
/** The databases of Lync Server 2013 (the rest are legacy, or other). */
export const LYNC_2013_ROLES: readonly SqlRole[] = [
  'lync-backend',
  'pchat-store',
  'pchat-compliance',
]
/** [S10]: the one Express edition listed for Lync Server 2013, installed by Lync itself. */
export const SUPPORTED_EXPRESS_VERSION = '2012'

/**
 * An instance as the user typed it, `server\\instance`, or the server alone for the
 * default instance: what a form shows and pre-fills (messages use `instanceRef`).
 */
export function typedInstanceRef(i: { server?: unknown; instance?: unknown }): string {
  const server = String(i.server ?? '')
  return i.instance ? `${server}\\${String(i.instance)}` : server
}

/**
 * An instance as commands and messages show it: normalised server, then the instance
 * name in lower case (SQL Server instance names ignore case); the server alone for the
 * default instance as typed.
 */
export function instanceRef(i: Pick<SqlInstance, 'server' | 'instance'>): string {
  const server = normalizeFqdn(i.server)
  // `?? ''`: a step being typed may not have this answer yet.
  const instance = (i.instance ?? '').trim().toLowerCase()
  return instance ? `${server}\\${instance}` : server
}

/** A typed instance reference as messages show it (normalised); unchanged when unparsable. */
export function displayInstanceRef(value: string): string {
  const parsed = parseSqlInstanceRef(value)
  if (!parsed) return value.trim()
  const instance = value.trim().split('\\')[1] ?? ''
  return instanceRef({ server: parsed.server, instance })
}
