# Lync Server 2013 migration plan: No Group Chat, migration phases still pending
# Generated for docs/examples by the migration planner (rules 2026.12-1).
# READ THIS SCRIPT BEFORE YOU RUN ANY OF IT. It is the whole runbook, every checklist item in order,
# not an unattended script: run each step by hand, in its maintenance window, on the computer its "Run on" line names, and check the result.
# Steps done by a person are comments followed by Confirm-Step, which waits for you to type yes; Confirm-Optional asks before an optional command and skips it unless you type yes.
# Not in this plan: Prepare the source data, Export and import, Copy chat room files, Port the Lookup Server URI: Group Chat is not deployed, so there is no Group Chat data to migrate.
# Running steps by hand: first run the two function definitions below (Confirm-Step, Confirm-Optional), which the steps use.
function Confirm-Step([string]$Question) {
  $answer = Read-Host ($Question + ' Type yes to go on')
  if ($answer -ne 'yes') { throw 'Stopped here: the step was not confirmed.' }
}
function Confirm-Optional([string]$Question) {
  $answer = Read-Host ($Question + ' Type yes to run it, anything else to skip it')
  return ($answer -eq 'yes')
}
throw "Read the script and run each step by hand; remove this line only if you mean to run it whole."

# ==== Prerequisites ====

# ------------------------------------------------------------
# PRE-01: Confirm the source is a supported version
# Run on: Planning: no computer; the migration lead, with the plan.
# Source deployment: Lync Server 2010.
# Lync Server 2013 migrates from Lync Server 2010 or from Office Communications Server 2007 R2 only, never from both at once, and never from older versions.
# Manual step: no command.
Confirm-Step 'PRE-01: Is the source Lync Server 2010 or OCS 2007 R2 only?'

# ------------------------------------------------------------
# PRE-02: Migrate side by side, with new pool names
# Run on: Planning: no computer; the migration lead, with the plan.
# Legacy pools: pool10.contoso.com. New Lync Server 2013 pools: pool13.contoso.com.
# Side-by-side migration needs extra servers during the move; roll back by shifting operations back to the legacy servers.
# Manual step: no command.
Confirm-Step 'PRE-02: Are the Lync Server 2013 pools new, side by side, with new names?'

# ------------------------------------------------------------
# PRE-03: Keep everything in one Active Directory forest
# Run on: Planning: no computer; the migration lead, with the plan.
# Forest: contoso.com. Migration across forests is not supported.
# Manual step: no command.
Confirm-Step 'PRE-03: Are the legacy deployment and Lync Server 2013 in the one forest?'

# ------------------------------------------------------------
# PRE-04: Use separate and distinct SQL Server computers for Lync Server 2013
# Run on: Planning: no computer; the migration lead, with the plan.
# Seed 000: "You must use separate and distinct computers running Microsoft SQL Server 2008 R2 or Microsoft SQL Server 2012 for your Lync Server 2013 database instances. You cannot use the same instance of SQL Server for a Lync Server 2013 Front End pool that you use for a Lync Server 2010 or Office Communications Server 2007 R2 Front End pool."
# Lync Server 2013 databases: sql13.contoso.com\rtc (SQL Server 2012, Lync Server 2013 back end).
# Legacy back ends stay where they are: sql10.contoso.com\rtc.
# Topology Builder refuses an instance that already hosts a legacy pool: "The SQL server [FQDN of the server] already contains a SQL instance hosting role 'User Store'."
# Manual step: no command.
Confirm-Step 'PRE-04: Are the Lync Server 2013 databases on SQL Server 2008 R2 or 2012 computers of their own?'

# ------------------------------------------------------------
# PRE-05: Deploy the Lync Server 2013 pools
# Run on: Planning: no computer; the migration lead, with the plan.
# Lync Server 2013 pools: pool13.contoso.com.
# Manual step: no command.
Confirm-Step 'PRE-05: Are the Lync Server 2013 pools deployed?'

# ------------------------------------------------------------
# PRE-08: Finish the remaining phases of the Lync Server 2010 migration
# Run on: Many computers, as each phase says: Active Directory preparation, Topology Builder and the Lync Server 2013 Management Shell on the Lync Server 2013 side; the Lync Server 2010 servers for their updates; an Exchange server for ExchUCUtil.ps1. The accounts are those each phase names.
# Other components or users are not yet on Lync Server 2013. Complete these phases of the Lync Server 2010 migration, in this order; the pool-empty gate and the decommissioning follow in DEC-08 and DEC-12:
# • Phase 1: plan the migration (users, Archiving and Monitoring, Group Chat, administration, sites and pools, XMPP). Archiving and Monitoring data is not moved to Lync Server 2013: the backup taken before decommissioning is the only history.
# • Phase 2: prepare (Lync Server 2010 updates, DNS records for the pilot pool, Best Practices Analyzer, back up systems and data, configure clients, verify the 2010 environment).
# • Phase 3: deploy the Lync Server 2013 pilot pool: prepare Active Directory, download the existing topology, define and publish the topology, install the pilot pool, verify coexistence, connect the pilot pool to the legacy Edge (site federation route to the 2010 Director or Edge; associate the legacy Edge for media; publish), and configure the XMPP gateway policies and certificates.
# • Phase 4: move test users to the pilot pool: view the current users, verify user replication, then Move-CsUser, as RTCUniversalServerAdmins, CsAdministrator or CsUserAdministrator; check RegistrarPool with Get-CsUser.
# • Phase 5: add the Lync Server 2013 Edge to the pilot pool (the Deploy New Edge pool wizard), and verify its settings.
# • Phase 6: move from pilot into production. Federation routes and media traffic need downtime, in this order: remove the legacy federation association from the Lync Server 2013 sites; make the legacy Edge a non-federating Edge; export the external Access Proxy certificate, with its private key, from the Lync Server 2010 Edge, import it on the Lync Server 2013 Edge and assign it to the external interface (the internal interface certificate comes from a trusted CA); change the 2010 federation route to the 2013 Edge; set the 2013 Edge pool’s next hop to the 2013 pool; associate the 2013 Edge pool for media on the 2013 Front End pool; turn on federation (port 5061) for the 2013 Edge pool (only one Edge pool federates); publish the topology and configure the 2013 Edge. Verify federation and remote access. Then simple URLs (while the 2010 Director stays, no change; if it is removed, point the simple-URL DNS records to a Lync Server 2013 pool and run Enable-CsComputer on each Director and Front End Server whenever a simple URL changes), then move the remaining users (Move-CsUser); first check accounts in protected Active Directory groups and OUs without the needed permissions, which make moves fail. Afterwards check that the moved users’ conferencing policy allows anonymous participants, and configure the XMPP gateway on Lync Server 2013.
# • Phase 7: post-migration tasks: meetings and meeting content; dial-in access numbers (Move-CsApplicationEndpoint, before decommissioning); Call Park settings (music-on-hold files, Set-CsCpsConfiguration, every orbit retargeted with Set-CsCallParkOrbit); response groups (Move-CsRgsConfiguration; leave the 2010 copies for rollback); Address Book; meeting join page; back up and remove legacy Archiving and Monitoring; trusted application servers (their next hop must be a Lync Server 2013 pool; migrate UCMA applications); Lync 2013 clients; SBAs; SCOM; common area phones and analog devices.
# • Exchange UM contact objects (both paths, see the reference’s DOC-CONFLICT): Move-CsExUmContact to the Lync Server 2013 pool (RTCUniversalUserAdmins with rights on the contacts’ OU), ExchUCUtil.ps1 on Exchange, restart the Lync Server Front-End service, then verify with Get-CsExUmContact.
# Manual step: no command.
Confirm-Step 'PRE-08: Are every user and every other object on Lync Server 2013?'

# ==== Decommission ====

# ------------------------------------------------------------
# DEC-08: Check that every Lync Server 2010 pool is empty before it is decommissioned
# Run on: The Lync Server 2013 Management Shell on a Lync Server 2013 server or administration computer, as a member of RTCUniversalServerAdmins.
# Pool-empty gate, for each legacy pool (pool10.contoso.com): every command below but the last returns nothing. Response groups are the exception by design: the legacy copies stay on the legacy pool for rollback until it is decommissioned, so check instead, in the list of the last command (Get-CsRgsWorkflow), that each legacy workflow has a Lync Server 2013 counterpart. No trusted application pool may still use the legacy pool as its Registrar (the reference names no command for this check). Conference directories are moved in the decommissioning itself (DEC-12).
Get-CsUser -Filter {RegistrarPool -eq 'pool10.contoso.com'}
Get-CsCommonAreaPhone -Filter {RegistrarPool -eq 'pool10.contoso.com'}
Get-CsAnalogDevice -Filter {RegistrarPool -eq 'pool10.contoso.com'}
Get-CsExUmContact -Filter {RegistrarPool -eq 'pool10.contoso.com'}
Get-CsDialInConferencingAccessNumber -Filter {Pool -eq 'pool10.contoso.com'}
Get-CsRgsWorkflow
Confirm-Step 'DEC-08: Is every legacy pool empty before you decommission?'

# ------------------------------------------------------------
# DEC-11: Phase 8: move the Central Management Server to Lync Server 2013
# Run on: Locally (not remotely) on a Lync Server 2013 Front End server of the pool that will hold the Central Management store, with the Front-End service running, in the Lync Server 2013 Management Shell (define Confirm-Step and Confirm-Optional, the two functions at the top of this script, there first), as a member of RTCUniversalServerAdmins with SQL Server administrator rights. Deployment Wizard step 2: on the Lync Server 2013 and Lync Server 2010 servers. Uninstall-CsDatabase (the last command): on the Lync Server 2010 side, in the Lync Server 2010 Management Shell, where Confirm-Step and Confirm-Optional (the two functions at the top of this script) must be defined first; DEC-12 goes back to the Lync Server 2013 Management Shell.
# Update the DNS SRV records (_sipinternaltls, for every SIP domain) first: after all users are moved, before the legacy pool or Director is decommissioned.
# Back up the configuration with Export-CsConfiguration (and Export-CsLisConfiguration if E9-1-1 is used): these are the files a recovery would read.
# Then: create the Central Management database on the Lync Server 2013 back end (first command), Enable-CsTopology, Move-CsManagementServer, Deployment Wizard step 2 on both sides, reboot, check replication, and only then remove the Lync Server 2010 Central Management database.
# Rollback: Before Uninstall-CsDatabase, the Lync Server 2010 Central Management database still exists; the configuration backup is what a recovery reads (Move-CsManagementServer -ConfigurationFileName).
# Caution: Move-CsManagementServer must run locally on the computer, not from a remote session; it fails unless the Front-End service is installed and running there.
Confirm-Step 'DEC-11: Are the DNS SRV records (_sipinternaltls) updated for every SIP domain, is the configuration backed up with Export-CsConfiguration (and Export-CsLisConfiguration if E9-1-1 is used), and are you running this locally on the Lync Server 2013 Front End server, in the Lync Server 2013 Management Shell?'
Install-CsDatabase -CentralManagementDatabase -SQLServerFQDN 'sql13.contoso.com' -SQLInstanceName 'rtc'
Confirm-Step 'DEC-11: Does the Lync Server Front-End service show Started on this computer, and is there enough free disk space?'
Enable-CsTopology
Confirm-Step 'DEC-11: Did Enable-CsTopology succeed? If it failed, do not go on: the move could leave the topology with no Central Management store.'
Move-CsManagementServer
Confirm-Step 'DEC-11: Did you check the current and proposed state Move-CsManagementServer showed, run Deployment Wizard step 2 on the Lync Server 2013 and 2010 servers, and reboot this server?'
Get-CsManagementStoreReplicationStatus
Confirm-Step 'DEC-11: Does Get-CsManagementStoreReplicationStatus show the replication you expect? The next command runs on the Lync Server 2010 side, in the Lync Server 2010 Management Shell: define Confirm-Step and Confirm-Optional there first (the two functions at the top of this script).'
Uninstall-CsDatabase `
    -CentralManagementDatabase `
    -SqlServerFqdn 'sql10.contoso.com' `
    -SqlInstanceName 'rtc'
Confirm-Step 'DEC-11: Is the Central Management Server on Lync Server 2013, with the Lync Server 2010 database removed?'

# ------------------------------------------------------------
# DEC-12: Phase 8: decommission the Lync Server 2010 pools
# Run on: The Lync Server 2013 Management Shell on a Lync Server 2013 server or administration computer, as a member of RTCUniversalServerAdmins. The removal of the servers and databases follows the Phase 8 procedure, which the reference does not detail.
# • Phase 8: decommission the legacy pools. The DNS SRV records and the Central Management Server come first (DEC-11). Move the conference directories (Move-CsConferenceDirectory). Remove the Archiving and Monitoring associations; check that no conference directory is left; then remove the Front End servers, then the SQL instances and databases. Migrate any UCMA applications before decommissioning.
# First list every conference directory, then those of each legacy pool; after the check, move them to pool13.contoso.com. The last commands must return nothing for each legacy pool before its Front End servers are removed.
# Rollback: Up to the removal of the legacy Front End servers, operations can be shifted back to the legacy servers; after it, they cannot.
# Caution: UNCONFIRMED: the form of ServiceID. The reference only matches the pool FQDN within it; the filter here takes the FQDN at the end, after a colon or alone. Compare the filtered list with the full list before the move.
Confirm-Step 'DEC-12: Back in the Lync Server 2013 Management Shell (DEC-11 ended in the Lync Server 2010 Management Shell)?'
Get-CsConferenceDirectory
Get-CsConferenceDirectory |
    Where-Object { $_.ServiceID -match ('(^|:)' + [regex]::Escape('pool10.contoso.com') + '$') }
Confirm-Step 'DEC-12: Does the filtered list show exactly the conference directories of pool10.contoso.com that the full list (the first command) shows, and none of another pool? If the filtered list misses one, stop: the ServiceID form differs from the filter.'
Get-CsConferenceDirectory |
    Where-Object { $_.ServiceID -match ('(^|:)' + [regex]::Escape('pool10.contoso.com') + '$') } |
    Move-CsConferenceDirectory -TargetPool 'pool13.contoso.com'
Confirm-Step 'DEC-12: Are the conference directories moved and the Archiving and Monitoring associations removed? The next command must return nothing before the Front End servers are removed.'
Get-CsConferenceDirectory |
    Where-Object { $_.ServiceID -match ('(^|:)' + [regex]::Escape('pool10.contoso.com') + '$') }
Confirm-Step 'DEC-12: Does the check return no conference directory before the Front End servers are removed, and are the legacy pools removed?'
