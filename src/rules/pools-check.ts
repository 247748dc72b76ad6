import type { Answers } from './answers'
import { normalizeFqdn, sameFqdn } from './common'
import type { Finding } from './finding'
import { finding } from './finding'
import { MAX_ACTIVE_PCHAT_SERVERS } from './pools'

// The pools step's rules. Its words and lists are in pools.ts, which a form can load
// without the rules (docs/decisions/0026).

export function checkPools(answers: Answers): Finding[] {
  const pools = answers.pools
  if (!pools) return []
  const out: Finding[] = []
  const groupChat = answers.source?.groupChat === 'yes'

  if (pools.lyncPools.length === 0) {
    out.push(
      finding(
        'PC-01',
        'pools.lyncPools',
        'Deploy at least one Lync Server 2013 pool before migrating: the Persistent Chat pool needs a Lync Server 2013 pool as its home, and users move to it.',
      ),
    )
  }
  pools.pchatPools.forEach((pool, i) => {
    const name = normalizeFqdn(pool.fqdn)
    if (
      pools.lyncPools.length > 0 &&
      pool.homePool &&
      !pools.lyncPools.some((lync) => sameFqdn(lync.fqdn, pool.homePool))
    ) {
      out.push(
        finding(
          'PC-01',
          `pools.pchatPools.${i}.homePool`,
          `The home pool ${normalizeFqdn(pool.homePool)} of the Persistent Chat pool ${name} is not one of the Lync Server 2013 pools in this plan. Choose one of them: ${pools.lyncPools.map((p) => normalizeFqdn(p.fqdn)).join(', ')}.`,
        ),
      )
    }
    if (pool.activeServers > MAX_ACTIVE_PCHAT_SERVERS) {
      out.push(
        finding(
          'PC-05',
          `pools.pchatPools.${i}.activeServers`,
          `A Persistent Chat pool can have at most ${MAX_ACTIVE_PCHAT_SERVERS} active servers (and ${MAX_ACTIVE_PCHAT_SERVERS} more on standby); ${name} has ${pool.activeServers}. Reduce the active servers to ${MAX_ACTIVE_PCHAT_SERVERS} or fewer, or add another pool.`,
        ),
      )
    }
    if (pool.poolType === 'single') {
      out.push(
        finding(
          'PC-06',
          `pools.pchatPools.${i}.poolType`,
          `${name} is defined as a single-server pool, which can never be extended with more servers. Microsoft recommends the multiple-server pool type even for one server.`,
        ),
      )
      if (pool.activeServers > 1) {
        out.push(
          finding(
            'PC-08',
            `pools.pchatPools.${i}.activeServers`,
            `${name} is defined as a single-server pool but has ${pool.activeServers} active servers. A single-server pool holds exactly one server and can never be extended; define it as a multiple-server pool, or enter 1 server.`,
            { count: pool.activeServers },
          ),
        )
      }
    }
    if (!groupChat || pool.migrationTarget !== 'yes') return
    if (pool.edition === 'standard') {
      out.push(
        finding(
          'PC-02',
          `pools.pchatPools.${i}.edition`,
          `Group Chat cannot be migrated to a Persistent Chat pool on Standard Edition: ${name} is Standard Edition. Migrate into an Enterprise Edition Persistent Chat pool.`,
        ),
      )
    }
    if (pool.existingContent === 'yes') {
      out.push(
        finding(
          'PC-04',
          `pools.pchatPools.${i}.existingContent`,
          `Categories, rooms or add-ins already exist in ${name}. Legacy items with the same names overwrite them during import. Avoid name clashes, and back up the Persistent Chat database before importing.`,
        ),
      )
    }
  })
  const targets = pools.pchatPools.filter((p) => p.migrationTarget === 'yes')
  // Not yet answered for some pool is not "no pool is the target".
  const allAnswered = pools.pchatPools.every((p) => p.migrationTarget !== undefined)
  if (groupChat && targets.length === 0 && allAnswered) {
    out.push(
      finding(
        'PC-07',
        'pools.pchatPools',
        pools.pchatPools.length === 0
          ? 'Group Chat is deployed but this plan has no Persistent Chat pool. Add the Lync Server 2013 Persistent Chat pool that the Group Chat data moves into, and mark it as the migration target; the export, import and endpoint commands need it.'
          : 'Group Chat is deployed but no Persistent Chat pool is marked as the one the Group Chat data moves into. Mark exactly one pool as the migration target; the export, import and endpoint commands need it.',
      ),
    )
  }
  if (groupChat && targets.length > 1) {
    const names = targets.map((p) => normalizeFqdn(p.fqdn))
    out.push(
      finding(
        'PC-03',
        'pools.pchatPools',
        `A legacy Group Chat pool can be migrated into only one Persistent Chat pool, but ${targets.length} are marked as targets (${names.join(', ')}). Mark one; add the other pools after migration if you need them.`,
        { count: targets.length, items: names },
      ),
    )
  }
  return out
}
