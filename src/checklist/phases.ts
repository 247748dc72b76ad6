// The phased migration order of the reference, section 7, by source product. [S19][S20]
// Group Chat sits between the post-migration tasks and decommissioning (the
// reference's DOC-CONFLICT "Group Chat last versus its home pool").
export type SourceProduct = 'lync2010' | 'ocs2007r2'

const LEAVE_OCSCHAT = ', leaving the ocschat@ Lookup account for the Group Chat step'

/** Phases that come before Group Chat moves: every user and object onto Lync Server 2013. */
export function phasesBeforeGroupChat(product: SourceProduct, groupChat: boolean): string[] {
  return PHASES_BEFORE_GROUP_CHAT[product].map((p) =>
    groupChat ? p : p.replace(LEAVE_OCSCHAT, ''),
  )
}

const PHASES_BEFORE_GROUP_CHAT: Record<SourceProduct, string[]> = {
  lync2010: [
    'Phase 1: plan the migration (users, Archiving and Monitoring, Group Chat, administration, sites and pools, XMPP). Archiving and Monitoring data is not moved to Lync Server 2013: the backup taken before decommissioning is the only history.',
    'Phase 2: prepare (Lync Server 2010 updates, DNS records for the pilot pool, Best Practices Analyzer, back up systems and data, configure clients, verify the 2010 environment).',
    'Phase 3: deploy the Lync Server 2013 pilot pool: prepare Active Directory, download the existing topology, define and publish the topology, install the pilot pool, verify coexistence, connect the pilot pool to the legacy Edge (site federation route to the 2010 Director or Edge; associate the legacy Edge for media; publish), and configure the XMPP gateway policies and certificates.',
    'Phase 4: move test users to the pilot pool: view the current users, verify user replication, then Move-CsUser, as RTCUniversalServerAdmins, CsAdministrator or CsUserAdministrator; check RegistrarPool with Get-CsUser.',
    'Phase 5: add the Lync Server 2013 Edge to the pilot pool (the Deploy New Edge pool wizard), and verify its settings.',
    `Phase 6: move from pilot into production. Federation routes and media traffic need downtime, in this order: remove the legacy federation association from the Lync Server 2013 sites; make the legacy Edge a non-federating Edge; export the external Access Proxy certificate, with its private key, from the Lync Server 2010 Edge, import it on the Lync Server 2013 Edge and assign it to the external interface (the internal interface certificate comes from a trusted CA); change the 2010 federation route to the 2013 Edge; set the 2013 Edge pool\u2019s next hop to the 2013 pool; associate the 2013 Edge pool for media on the 2013 Front End pool; turn on federation (port 5061) for the 2013 Edge pool (only one Edge pool federates); publish the topology and configure the 2013 Edge. Verify federation and remote access. Then simple URLs (while the 2010 Director stays, no change; if it is removed, point the simple-URL DNS records to a Lync Server 2013 pool and run Enable-CsComputer on each Director and Front End Server whenever a simple URL changes), then move the remaining users (Move-CsUser)${LEAVE_OCSCHAT}; first check accounts in protected Active Directory groups and OUs without the needed permissions, which make moves fail. Afterwards check that the moved users\u2019 conferencing policy allows anonymous participants, and configure the XMPP gateway on Lync Server 2013.`,
    'Phase 7: post-migration tasks: meetings and meeting content; dial-in access numbers (Move-CsApplicationEndpoint, before decommissioning); Call Park settings (music-on-hold files, Set-CsCpsConfiguration, every orbit retargeted with Set-CsCallParkOrbit); response groups (Move-CsRgsConfiguration; leave the 2010 copies for rollback); Address Book; meeting join page; back up and remove legacy Archiving and Monitoring; trusted application servers (their next hop must be a Lync Server 2013 pool; migrate UCMA applications); Lync 2013 clients; SBAs; SCOM; common area phones and analog devices.',
    'Exchange UM contact objects (both paths, see the reference\u2019s DOC-CONFLICT): Move-CsExUmContact to the Lync Server 2013 pool (RTCUniversalUserAdmins with rights on the contacts\u2019 OU), ExchUCUtil.ps1 on Exchange, restart the Lync Server Front-End service, then verify with Get-CsExUmContact.',
  ],
  ocs2007r2: [
    'Phase 1: plan the migration (users, Archiving and Monitoring, administration, sites and pools, XMPP).',
    'Phase 2: prepare (OCS 2007 R2 updates, DNS, backups, clients).',
    'Phase 3: deploy the Lync Server 2013 pilot pool.',
    'Phase 4: merge the topologies: install OCSWMIBC.msi, run the Merge wizard in Topology Builder (Expanded Edge is not supported; only one Edge used for federation), publish (a BackCompatSite appears), run Import-CsLegacyConfiguration. Run the merge again after any change to the OCS topology.',
    'Phase 5: configure the pilot pool: connect it to the legacy Edge, and on the OCS 2007 R2 Edge Server\u2019s Internal tab add each Lync Server 2013 Front End or Standard Edition server and the pool (without it, external A/V conferencing through the legacy Edge fails); verify the configuration settings; configure the XMPP gateway access policies and certificates.',
    'Phase 6: move users to the pilot pool (Move-CsLegacyUser; it cannot move names with leading or trailing spaces: fix them first).',
    'Phase 7: add the Lync Server 2013 Edge to the pilot pool.',
    `Phase 8: move from pilot into production: federation routes and media traffic, then the remaining users (Move-CsLegacyUser)${LEAVE_OCSCHAT}, and configure XMPP; check that the moved users\u2019 conferencing policy allows anonymous participants.`,
    'Phase 9: post-migration tasks: response groups (Move-CsRgsConfiguration; remove the Response Group tab from the Communicator 2007 R2 Tabs.xml), dial-in access numbers, Exchange 2013 OWA IM integration, Address Book, remote call control, remove legacy Archiving and Monitoring (back up their data: it is not moved), Mediation Server, trusted application servers (next hop a Lync Server 2013 pool) and meeting join page, clients.',
    'Exchange UM contact objects: Move-CsExUmContact, ExchUCUtil.ps1 on Exchange, restart the Lync Server Front-End service, verify that none remain on the legacy pool.',
  ],
}

/** Phases that come after Group Chat has moved, for each source. */
export const PHASES_AFTER_GROUP_CHAT: Record<SourceProduct, string[]> = {
  lync2010: [
    'Phase 8: decommission the legacy pools. The DNS SRV records and the Central Management Server come first (DEC-11). Move the conference directories (Move-CsConferenceDirectory). Remove the Archiving and Monitoring associations; check that no conference directory is left; then remove the Front End servers, then the SQL instances and databases. Migrate any UCMA applications before decommissioning.',
  ],
  ocs2007r2: [
    'Phase 10: decommission the legacy site. First move the conference directories (Move-CsConferenceDirectory), or dial-in stops working for migrated meetings. Update the DNS SRV records. Decommission the OCS servers and pools with the OCS 2007 R2 procedures. Last, remove the BackCompatSite: run the Merge wizard again with an empty Edge list (the end-of-migration merge), delete the BackCompatSite, publish the topology. This ends interoperability with OCS 2007 R2.',
  ],
}

/** Where Group Chat sits in the order, in words for the checklist. */
export const GROUP_CHAT_PLACE: Record<SourceProduct, string> = {
  lync2010:
    'Group Chat is the last migration, before the final decommissioning: after Phase 7 (every user and object on Lync Server 2013) and before Phase 8, while the Lync Server 2010 pool that homes the Group Chat pool, and the ocschat@ account homed there, still exist.',
  ocs2007r2:
    'Group Chat is the last migration, before the final decommissioning: after Phase 9 (every user and object on Lync Server 2013) and before Phase 10, while the OCS 2007 R2 pool that homes the Group Chat pool, the ocschat@ account and the BackCompatSite still exist.',
}

/** The caution that names the documented conflict and its resolution. */
export const HOME_POOL_CONFLICT =
  'Documented conflict: seed 000 says to migrate Group Chat "last, after completing the process for migrating all other components", while a Lync Server 2010 Group Chat pool must stay homed on a Lync Server 2010 pool (an OCS 2007 R2 Group Chat pool on an OCS 2007 R2 pool) until it is decommissioned, and its trusted application pool can only be removed while it has a Registrar. Resolution (reference, section 7): move Group Chat after all users and other objects, but before its home pool, its ocschat@ user and (OCS) the BackCompatSite are decommissioned; remove the Group Chat trusted pool before that Front End pool. If the home pool was removed first anyway, point the trusted pool at a surviving pool with Set-CsTrustedApplicationPool -Registrar only so that it can be removed.'
