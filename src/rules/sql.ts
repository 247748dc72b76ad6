import { z } from 'zod'
import type { Answers } from './answers'
import { choice, fqdn, instanceName, sqlInstanceKey } from './common'
import type { Finding } from './finding'
import { finding } from './finding'

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
  'lync-backend',
  'pchat-store',
  'pchat-compliance',
  'other',
] as const
export type SqlRole = (typeof SQL_ROLES)[number]
export const SQL_ROLE_LABELS: Record<SqlRole, string> = {
  'legacy-backend': 'Legacy back end or User Store (Lync 2010 or OCS 2007 R2)',
  'lync-backend': 'Lync Server 2013 back end',
  'pchat-store': 'Persistent Chat store (mgc)',
  'pchat-compliance': 'Persistent Chat compliance store (mgccomp)',
  other: 'Other databases',
}
const LYNC_2013_ROLES: readonly SqlRole[] = ['lync-backend', 'pchat-store', 'pchat-compliance']

export const sqlInstanceSchema = z.object({
  server: fqdn('SQL Server FQDN'),
  instance: instanceName,
  version: choice(SQL_VERSIONS, 'the SQL Server version'),
  edition: choice(SQL_EDITIONS, 'the SQL Server edition'),
  bitness: choice(BITNESS, '64-bit or 32-bit'),
  roles: z
    .array(z.enum(SQL_ROLES))
    .min(1, { error: 'Select the databases this instance hosts or will host' }),
})
export const sqlSchema = z.object({
  instances: z.array(sqlInstanceSchema).min(1, { error: 'Add at least one SQL Server instance' }),
})
export type SqlInstance = z.infer<typeof sqlInstanceSchema>
export type SqlAnswers = z.infer<typeof sqlSchema>

export function instanceRef(i: Pick<SqlInstance, 'server' | 'instance'>): string {
  return i.instance ? `${i.server}\\${i.instance}` : i.server
}

interface Reference {
  key: string
  role: SqlRole
  edition?: 'standard' | 'enterprise'
  path: string
}

/** Every place the plan names an instance, with the database it puts there. */
export function instanceReferences(answers: Answers): Reference[] {
  const refs: Reference[] = []
  answers.source?.legacyPools.forEach((p, i) =>
    refs.push({
      key: sqlInstanceKey(p.sqlInstance),
      role: 'legacy-backend',
      path: `source.legacyPools.${i}.sqlInstance`,
    }),
  )
  answers.pools?.lyncPools.forEach((p, i) =>
    refs.push({
      key: sqlInstanceKey(p.sqlInstance),
      role: 'lync-backend',
      edition: p.edition,
      path: `pools.lyncPools.${i}.sqlInstance`,
    }),
  )
  answers.pools?.pchatPools.forEach((p, i) => {
    refs.push({
      key: sqlInstanceKey(p.storeInstance),
      role: 'pchat-store',
      edition: p.edition,
      path: `pools.pchatPools.${i}.storeInstance`,
    })
    if (p.compliance === 'yes' && p.complianceInstance) {
      refs.push({
        key: sqlInstanceKey(p.complianceInstance),
        role: 'pchat-compliance',
        edition: p.edition,
        path: `pools.pchatPools.${i}.complianceInstance`,
      })
    }
  })
  return refs.filter((r) => r.key !== '')
}

function userStoreMessage(server: string): string {
  return `Topology Builder will refuse this: "The SQL server ${server} already contains a SQL instance hosting role 'User Store'." A Lync Server 2013 database cannot share a SQL Server instance with a Lync Server 2010 or OCS 2007 R2 pool; use a separate, distinct instance for Lync Server 2013.`
}

export function checkSql(answers: Answers): Finding[] {
  const out: Finding[] = []
  const refs = instanceReferences(answers)
  const targetTopology = answers.source?.targetTopology

  answers.sql?.instances.forEach((inst, i) => {
    const key = sqlInstanceKey(instanceRef(inst))
    const related = refs.filter((r) => r.key === key)
    const roles = new Set<SqlRole>([...inst.roles, ...related.map((r) => r.role)])
    const hostsLync2013 = LYNC_2013_ROLES.some((r) => roles.has(r))
    const base = `sql.instances.${i}`
    if (hostsLync2013 && roles.has('legacy-backend')) {
      out.push(finding('SQL-01', `${base}.roles`, userStoreMessage(inst.server)))
    }
    if (!hostsLync2013) return
    if (!SUPPORTED_SQL_VERSIONS.includes(inst.version)) {
      out.push(
        finding(
          'SQL-02',
          `${base}.version`,
          `${instanceRef(inst)} will host a Lync Server 2013 database but runs ${SQL_VERSION_LABELS[inst.version]}. Lync Server 2013 databases (back end, Persistent Chat, compliance) need SQL Server 2008 R2 or SQL Server 2012, 64-bit, with the latest service pack.`,
        ),
      )
    }
    if (inst.edition === 'web' || inst.edition === 'workgroup') {
      out.push(
        finding(
          'SQL-03',
          `${base}.edition`,
          `SQL Server ${SQL_EDITION_LABELS[inst.edition]} edition is not supported for Lync Server 2013 databases. Use the Standard or Enterprise edition for ${instanceRef(inst)}.`,
        ),
      )
    }
    if (inst.bitness === '32') {
      out.push(
        finding(
          'SQL-03',
          `${base}.bitness`,
          `32-bit SQL Server is not supported for Lync Server 2013 databases. Install 64-bit SQL Server for ${instanceRef(inst)}.`,
        ),
      )
    }
    if (inst.edition === 'express') {
      const editions = related.filter((r) => r.role !== 'legacy-backend').map((r) => r.edition)
      const standardOnly =
        editions.length > 0
          ? editions.every((e) => e === 'standard')
          : targetTopology === 'standard'
      if (!standardOnly) {
        out.push(
          finding(
            'SQL-03',
            `${base}.edition`,
            `SQL Server Express is supported only as the local store of a Standard Edition server; ${instanceRef(inst)} would serve an Enterprise Edition pool. Use SQL Server 2008 R2 or 2012 Standard or Enterprise, 64-bit.`,
          ),
        )
      }
    }
    if (roles.has('pchat-store') && roles.has('lync-backend') && targetTopology === 'enterprise') {
      out.push(
        finding(
          'SQL-05',
          `${base}.roles`,
          `${instanceRef(inst)} hosts both the Persistent Chat store and an Enterprise Edition back end. This is supported but not recommended, because the Persistent Chat database can grow very large; Microsoft recommends a dedicated instance.`,
        ),
      )
    }
  })

  // References typed on the pools step: these land on the pool's own field.
  const legacyKeys = new Set(refs.filter((r) => r.role === 'legacy-backend').map((r) => r.key))
  for (const ref of refs) {
    if (ref.role === 'legacy-backend' || !legacyKeys.has(ref.key)) continue
    out.push(finding('SQL-01', ref.path, userStoreMessage(ref.key.split('\\')[0] ?? ref.key)))
  }
  for (const role of ['lync-backend', 'pchat-store'] as const) {
    const seen = new Map<string, string>()
    for (const ref of refs.filter((r) => r.role === role)) {
      const first = seen.get(ref.key)
      if (first === undefined) {
        seen.set(ref.key, ref.path)
        continue
      }
      const what = role === 'lync-backend' ? 'back-end database' : 'Persistent Chat database'
      out.push(
        finding(
          'SQL-04',
          ref.path,
          `Another pool already puts its ${what} on ${ref.key}. Each SQL Server instance can hold only one back-end database and one Persistent Chat database; choose another instance.`,
        ),
      )
    }
  }
  const eeBackEnds = new Set(
    refs.filter((r) => r.role === 'lync-backend' && r.edition === 'enterprise').map((r) => r.key),
  )
  for (const ref of refs.filter((r) => r.role === 'pchat-store' && eeBackEnds.has(r.key))) {
    out.push(
      finding(
        'SQL-05',
        ref.path,
        `The Persistent Chat store shares ${ref.key} with an Enterprise Edition back end. This is supported but not recommended, because the Persistent Chat database can grow very large; Microsoft recommends a dedicated instance.`,
      ),
    )
  }
  return out
}
