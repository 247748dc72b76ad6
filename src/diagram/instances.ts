import type { Answers } from '../rules/answers'
import { normalizeFqdn, parseSqlInstanceRef, sqlInstanceKey } from '../rules/common'
import type { SqlRole } from '../rules/sql'
import { LYNC_2013_ROLES, SQL_EDITION_LABELS, SQL_VERSION_LABELS } from '../rules/sql'

/** What a SQL Server instance holds, gathered from the SQL step and every reference to it. */
export interface InstanceUse {
  key: string
  /** Normalised server, then the instance name as first typed. */
  display: string
  roles: Set<SqlRole>
  /** The Group Chat database is on it. */
  groupChat: boolean
  /** Its index on the SQL step, when it is listed there. */
  declared?: number
  /** Version, edition and bitness from the SQL step. */
  facts?: string
}

/** How an instance reference is shown: `SQL01.Contoso.com.\RTC` -> `sql01.contoso.com\RTC`. */
export function displayInstance(value: string): string {
  const parsed = parseSqlInstanceRef(value)
  if (!parsed) return value.trim()
  const instance = value.trim().split('\\')[1]?.trim() ?? ''
  return instance ? `${parsed.server}\\${instance}` : parsed.server
}

/** Lower case, no trailing dot; what the picture shows for every FQDN. */
export const displayFqdn = normalizeFqdn

export { LYNC_2013_ROLES }

/** Every instance the plan names, keyed by instance key, in the order the plan names them. */
export function collectInstances(answers: Answers, groupChat: boolean): Map<string, InstanceUse> {
  const uses = new Map<string, InstanceUse>()
  const use = (typed: string | undefined): InstanceUse | undefined => {
    const key = sqlInstanceKey(typed)
    if (!key || typed === undefined) return undefined
    let found = uses.get(key)
    if (!found) {
      found = { key, display: displayInstance(typed), roles: new Set(), groupChat: false }
      uses.set(key, found)
    }
    return found
  }
  answers.sql?.instances.forEach((inst, i) => {
    const typed = inst.instance.trim() ? `${inst.server}\\${inst.instance.trim()}` : inst.server
    const found = use(typed)
    if (!found) return
    found.declared ??= i
    found.facts ??= `${SQL_VERSION_LABELS[inst.version]} ${SQL_EDITION_LABELS[inst.edition]}, ${inst.bitness}-bit`
    for (const role of inst.roles) found.roles.add(role)
  })
  for (const pool of answers.source?.legacyPools ?? [])
    use(pool.sqlInstance)?.roles.add('legacy-backend')
  for (const pool of answers.pools?.lyncPools ?? [])
    use(pool.sqlInstance)?.roles.add('lync-backend')
  for (const pool of answers.pools?.pchatPools ?? []) {
    use(pool.storeInstance)?.roles.add('pchat-store')
    if (pool.compliance === 'yes') use(pool.complianceInstance)?.roles.add('pchat-compliance')
  }
  if (groupChat && answers.groupChat) {
    const found = use(answers.groupChat.sqlInstance)
    if (found) found.groupChat = true
  }
  return uses
}

/** Legacy databases (a legacy back end, the Group Chat database) next to Lync 2013 ones. */
export function hostsBothSides(use: InstanceUse): boolean {
  const legacy = use.roles.has('legacy-backend') || use.roles.has('group-chat') || use.groupChat
  return legacy && LYNC_2013_ROLES.some((r) => use.roles.has(r))
}
