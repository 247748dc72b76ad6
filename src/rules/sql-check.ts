import type { SqlInstance } from './sql-schema'
import type { Answers } from './answers'
import type { AnswerPath } from './answer-path'
import { normalizeFqdn, sameFqdn, serverOfKey, sqlInstanceKey } from './common'
import type { Finding } from './finding'
import { finding } from './finding'
import type { SqlRole } from './sql'
import {
  instanceRef,
  LYNC_2013_ROLES,
  SQL_EDITION_LABELS,
  SQL_VERSION_LABELS,
  SUPPORTED_SQL_VERSIONS,
} from './sql'

// The SQL step's rules. Its words and lists are in sql.ts, which a form can load
// without the rules (docs/decisions/0026).

/** What a reference puts on an instance: a pool's database, or the Group Chat database. */
export type ReferenceRole = SqlRole

export interface Reference {
  key: string
  role: ReferenceRole
  edition?: 'standard' | 'enterprise'
  /** The pool whose database it is (normalised FQDN); absent for the Group Chat database. */
  pool?: string
  /** As typed, for messages. */
  typed: string
  path: AnswerPath
}

/** Every place the plan names an instance, with the database it puts there. */
export function instanceReferences(answers: Answers): Reference[] {
  const refs: Reference[] = []
  const add = (typed: string, ref: Omit<Reference, 'key' | 'typed'>) =>
    refs.push({ key: sqlInstanceKey(typed), typed, ...ref })
  answers.source?.legacyPools.forEach((p, i) =>
    add(p.sqlInstance, {
      role: 'legacy-backend',
      pool: normalizeFqdn(p.fqdn),
      path: `source.legacyPools.${i}.sqlInstance`,
    }),
  )
  answers.pools?.lyncPools.forEach((p, i) =>
    add(p.sqlInstance, {
      role: 'lync-backend',
      edition: p.edition,
      pool: normalizeFqdn(p.fqdn),
      path: `pools.lyncPools.${i}.sqlInstance`,
    }),
  )
  answers.pools?.pchatPools.forEach((p, i) => {
    const pool = normalizeFqdn(p.fqdn)
    add(p.storeInstance, {
      role: 'pchat-store',
      edition: p.edition,
      pool,
      path: `pools.pchatPools.${i}.storeInstance`,
    })
    if (p.compliance === 'yes' && p.complianceInstance) {
      add(p.complianceInstance, {
        role: 'pchat-compliance',
        edition: p.edition,
        pool,
        path: `pools.pchatPools.${i}.complianceInstance`,
      })
    }
  })
  if (answers.source?.groupChat === 'yes' && answers.groupChat) {
    add(answers.groupChat.sqlInstance, { role: 'group-chat', path: 'groupChat.sqlInstance' })
  }
  return refs.filter((r) => r.key !== '')
}

/** One SQL Server instance as the whole plan sees it: declared on the SQL step, named by pools. */
interface InstanceView {
  key: string
  /** Index on the SQL step, when it is listed there. */
  index?: number
  declared: ReadonlySet<SqlRole>
  refs: Reference[]
  roles: ReadonlySet<ReferenceRole>
}

function instanceViews(answers: Answers, refs: readonly Reference[]): InstanceView[] {
  const views = new Map<string, InstanceView>()
  const view = (key: string): InstanceView => {
    let v = views.get(key)
    if (!v) {
      v = { key, declared: new Set(), refs: [], roles: new Set() }
      views.set(key, v)
    }
    return v
  }
  answers.sql?.instances.forEach((inst, i) => {
    const v = view(sqlInstanceKey(instanceRef(inst)))
    if (v.index === undefined) v.index = i
    v.declared = new Set([...v.declared, ...inst.roles])
  })
  for (const ref of refs) view(ref.key).refs.push(ref)
  for (const v of views.values()) {
    v.roles = new Set<ReferenceRole>([...v.declared, ...v.refs.map((r) => r.role)])
  }
  return [...views.values()].filter((v) => v.key !== '')
}

const isLync2013 = (role: ReferenceRole) => (LYNC_2013_ROLES as readonly string[]).includes(role)
const isLegacy = (role: ReferenceRole) => role === 'legacy-backend' || role === 'group-chat'

/**
 * Where a problem of two databases on one instance is reported, once: on the SQL step
 * when that step declares both, otherwise on the pool answer that brought the second one.
 */
function sharedInstancePath(
  v: InstanceView,
  declaredBoth: boolean,
  broughtBy: (r: Reference) => boolean,
): AnswerPath {
  if (v.index !== undefined && declaredBoth) return `sql.instances.${v.index}.roles`
  const ref = v.refs.find((r) => r.path.startsWith('pools.') && broughtBy(r))
  if (ref) return ref.path
  if (v.index !== undefined) return `sql.instances.${v.index}.roles`
  return v.refs.find(broughtBy)?.path ?? v.refs[0]?.path ?? 'sql.instances'
}

function userStoreMessage(server: string): string {
  return `Topology Builder will refuse this: "The SQL server ${server} already contains a SQL instance hosting role 'User Store'." A Lync Server 2013 database cannot share a SQL Server instance with a Lync Server 2010 or OCS 2007 R2 pool; use a separate, distinct instance for Lync Server 2013.`
}

function versionMessage(ref: string, version: SqlInstance['version']): string {
  const why =
    version === '2014'
      ? "SQL Server 2014 is not on Microsoft's list of supported versions for Lync Server 2013 (support is UNCONFIRMED: the version of Microsoft's database support page consulted does not list it), so this plan treats it as unsupported."
      : `${SQL_VERSION_LABELS[version]} is not supported.`
  return `${ref} will host a Lync Server 2013 database but runs ${SQL_VERSION_LABELS[version]}. ${why} Lync Server 2013 databases (back end, Persistent Chat, compliance) need SQL Server 2008 R2 or SQL Server 2012, 64-bit, with the latest service pack.`
}

/** SQL-03 for Express: only SQL Server 2012 Express, as the local store of a Standard Edition server. */
function expressProblem(answers: Answers, inst: SqlInstance, v: InstanceView): string | undefined {
  const ref = instanceRef(inst)
  if (inst.version === '2008r2') {
    return `${ref} is SQL Server 2008 R2 Express. The only Express edition supported for Lync Server 2013 is SQL Server 2012 Express (64-bit), which Lync Server installs itself on a Standard Edition server and for a Front End's local databases. Use SQL Server 2008 R2 or 2012 Standard or Enterprise, 64-bit, or let Lync Server install SQL Server 2012 Express locally.`
  }
  if (inst.version === undefined || !SUPPORTED_SQL_VERSIONS.includes(inst.version)) return undefined // SQL-02 says it.
  const rule =
    'SQL Server Express is supported for Lync Server 2013 only as the local store on a Standard Edition server itself (and for Front End local databases, which Lync Server installs).'
  const fix =
    'Use SQL Server 2008 R2 or 2012 Standard or Enterprise, 64-bit, or the Standard Edition server’s own local SQL Server 2012 Express.'
  const users = v.refs.filter((r) => isLync2013(r.role))
  const enterprise = users.find((r) => r.edition === 'enterprise')
  if (enterprise) {
    return `${rule} ${ref} would serve the Enterprise Edition pool ${enterprise.pool ?? ''}. ${fix}`
  }
  const remote = users.find((r) => !sameFqdn(r.pool, inst.server))
  if (remote) {
    return `${rule} ${ref} is on another computer than the Standard Edition pool ${remote.pool ?? ''} it would serve. ${fix}`
  }
  if (users.length > 0) return undefined
  if (!answers.pools) {
    return answers.source?.targetTopology === 'standard'
      ? undefined
      : `${rule} ${ref} would serve an Enterprise Edition topology. ${fix}`
  }
  const pools = [...answers.pools.lyncPools, ...answers.pools.pchatPools]
  const local = pools.some((p) => p.edition === 'standard' && sameFqdn(p.fqdn, inst.server))
  return local
    ? undefined
    : `${rule} ${ref} is not on a Standard Edition server of this plan. ${fix}`
}

/** SQL-02 and SQL-03: each instance listed on the SQL step, on its own fields. */
function checkInstanceFields(answers: Answers, views: Map<string, InstanceView>): Finding[] {
  const out: Finding[] = []
  answers.sql?.instances.forEach((inst, i) => {
    const v = views.get(sqlInstanceKey(instanceRef(inst)))
    if (!v || ![...v.roles].some(isLync2013)) return
    const ref = instanceRef(inst)
    if (inst.version !== undefined && !SUPPORTED_SQL_VERSIONS.includes(inst.version)) {
      out.push(finding('SQL-02', `sql.instances.${i}.version`, versionMessage(ref, inst.version)))
    }
    if (inst.edition === 'web' || inst.edition === 'workgroup') {
      out.push(
        finding(
          'SQL-03',
          `sql.instances.${i}.edition`,
          `SQL Server ${SQL_EDITION_LABELS[inst.edition]} edition is not supported for Lync Server 2013 databases. Use the Standard or Enterprise edition for ${ref}.`,
        ),
      )
    }
    if (inst.edition === 'express') {
      const problem = expressProblem(answers, inst, v)
      if (problem) out.push(finding('SQL-03', `sql.instances.${i}.edition`, problem))
    }
    if (inst.bitness === '32') {
      out.push(
        finding(
          'SQL-03',
          `sql.instances.${i}.bitness`,
          `32-bit SQL Server is not supported for Lync Server 2013 databases. Install 64-bit SQL Server for ${ref}.`,
        ),
      )
    }
  })
  return out
}

function displayKey(key: string): string {
  const [server = key, instance = ''] = key.split('\\')
  return instance === 'mssqlserver' ? server : key
}

/** SQL-01, SQL-04 and SQL-05: databases that share one instance; each reported once. */
function checkSharedInstances(answers: Answers, views: readonly InstanceView[]): Finding[] {
  const out: Finding[] = []
  const eeTopology = answers.source?.targetTopology === 'enterprise'
  for (const v of views) {
    const lync2013 = [...v.roles].some(isLync2013)
    if (lync2013 && v.roles.has('legacy-backend')) {
      const declaredBoth = v.declared.has('legacy-backend') && [...v.declared].some(isLync2013)
      out.push(
        finding(
          'SQL-01',
          sharedInstancePath(v, declaredBoth, (r) => isLync2013(r.role)),
          userStoreMessage(serverOfKey(v.key)),
        ),
      )
    }
    for (const role of ['lync-backend', 'pchat-store'] as const) {
      const holders = v.refs.filter((r) => r.role === role)
      const second = holders[1]
      if (!second) continue
      const what = role === 'lync-backend' ? 'back-end database' : 'Persistent Chat database'
      const pools = holders.map((r) => r.pool ?? r.typed)
      out.push(
        finding(
          'SQL-04',
          second.path,
          `${holders.length} pools put their ${what} on ${displayKey(v.key)} (${pools.join(', ')}). Each SQL Server instance can hold only one back-end database and one Persistent Chat database; choose another instance for all but one of them.`,
          { count: holders.length, items: pools },
        ),
      )
    }
    const backEnds = v.refs.filter((r) => r.role === 'lync-backend')
    const enterpriseBackEnd =
      backEnds.some((r) => r.edition === 'enterprise') ||
      (backEnds.length === 0 && v.declared.has('lync-backend') && eeTopology)
    if (v.roles.has('pchat-store') && enterpriseBackEnd) {
      const declaredBoth = v.declared.has('pchat-store') && v.declared.has('lync-backend')
      out.push(
        finding(
          'SQL-05',
          sharedInstancePath(v, declaredBoth, (r) => r.role === 'pchat-store'),
          `${displayKey(v.key)} hosts both the Persistent Chat store and an Enterprise Edition back end. This is supported but not recommended, because the Persistent Chat database can grow very large; Microsoft recommends a dedicated instance.`,
        ),
      )
    }
  }
  return out
}

/** SQL-06: seed 000 asks for separate computers, not only separate instances. */
function checkSharedComputers(views: readonly InstanceView[]): Finding[] {
  const out: Finding[] = []
  const servers = new Map<string, { lync: InstanceView[]; legacy: InstanceView[] }>()
  for (const v of views) {
    const server = serverOfKey(v.key)
    const entry = servers.get(server) ?? { lync: [], legacy: [] }
    if ([...v.roles].some(isLync2013)) entry.lync.push(v)
    if ([...v.roles].some(isLegacy)) entry.legacy.push(v)
    servers.set(server, entry)
  }
  for (const [server, { lync, legacy }] of servers) {
    const others = legacy.filter((l) => !lync.includes(l))
    if (lync.length === 0 || others.length === 0) continue
    const first = lync[0] as InstanceView
    const path: AnswerPath =
      first.index !== undefined
        ? `sql.instances.${first.index}.server`
        : (first.refs.find((r) => isLync2013(r.role))?.path ?? 'sql.instances')
    const legacyNames = others.map((l) => displayKey(l.key))
    out.push(
      finding(
        'SQL-06',
        path,
        `Seed 000 (Supported server migration paths and coexistence scenarios) says: "You must use separate and distinct computers running Microsoft SQL Server 2008 R2 or Microsoft SQL Server 2012 for your Lync Server 2013 database instances." ${server} would host the Lync Server 2013 ${lync.length === 1 ? 'instance' : 'instances'} ${lync.map((l) => displayKey(l.key)).join(', ')} and the legacy ${others.length === 1 ? 'instance' : 'instances'} ${legacyNames.join(', ')}. Topology Builder refuses only a shared instance, so this is a warning: put the Lync Server 2013 databases on a computer of their own.`,
        { count: others.length, items: legacyNames },
      ),
    )
  }
  return out
}

export function checkSql(answers: Answers): Finding[] {
  const refs = instanceReferences(answers)
  const views = instanceViews(answers, refs)
  return [
    ...checkSharedInstances(answers, views),
    ...checkInstanceFields(answers, new Map(views.map((v) => [v.key, v]))),
    ...checkSharedComputers(views),
  ]
}
