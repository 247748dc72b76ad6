// The phased migration order of the reference (section 7), by source product. [S19][S20]
export const MIGRATION_PHASES: Record<'lync2010' | 'ocs2007r2', string[]> = {
  lync2010: [
    'Phase 1: plan the migration.',
    'Phase 2: prepare (Lync Server 2010 updates, DNS for the pilot pool, Best Practices Analyzer, backups).',
    'Phase 3: deploy the Lync Server 2013 pilot pool and connect it to the legacy Edge.',
    'Phase 4: move test users to the pilot pool (Move-CsUser).',
    'Phase 5: add the Lync Server 2013 Edge to the pilot pool.',
    'Phase 6: move from pilot into production: federation routes, simple URLs, move the remaining users.',
    'Phase 7: post-migration tasks: dial-in access numbers, response groups, Call Park, Address Book, clients.',
    'Phase 8: decommission the legacy pools, after moving the Central Management Server and conference directories.',
  ],
  ocs2007r2: [
    'Phase 1: plan the migration.',
    'Phase 2: prepare (OCS 2007 R2 updates, DNS, backups, clients).',
    'Phase 3: deploy the Lync Server 2013 pilot pool.',
    'Phase 4: merge the topologies (OCSWMIBC.msi, Merge wizard, Import-CsLegacyConfiguration).',
    'Phase 5: configure the pilot pool.',
    'Phase 6: move users to the pilot pool (Move-CsLegacyUser).',
    'Phase 7: add the Lync Server 2013 Edge to the pilot pool.',
    'Phase 8: move from pilot into production: federation routes, move the remaining users.',
    'Phase 9: post-migration tasks: response groups, dial-in access numbers, Address Book, clients.',
    'Phase 10: decommission the legacy site: conference directories first, then the BackCompatSite.',
  ],
}
