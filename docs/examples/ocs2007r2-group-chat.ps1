# Lync Server 2013 migration plan: OCS 2007 R2 with Group Chat, other components not yet moved
# Generated for docs/examples by the migration planner (rules 2026.12-1).
# READ THIS SCRIPT BEFORE YOU RUN ANY OF IT. It is the whole runbook, every checklist item in order,
# not an unattended script: run each step by hand, in its maintenance window, on the computer its "Run on" line names, and check the result.
# Steps done by a person are comments followed by Confirm-Step, which waits for you to type yes; Confirm-Optional asks before an optional command and skips it unless you type yes.
# Open warnings and information (1):
#   SRC-05 (warning): Group Chat must be migrated last, after every other component and all users are on Lync Server 2013. Plan the remaining migration phases first; the checklist lists them.
# Not in this plan: No chat room files to copy: none were uploaded in chat rooms.
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
# Source deployment: Office Communications Server 2007 R2.
# Lync Server 2013 migrates from Lync Server 2010 or from Office Communications Server 2007 R2 only, never from both at once, and never from older versions.
# Manual step: no command.
Confirm-Step 'PRE-01: Is the source Lync Server 2010 or OCS 2007 R2 only?'

# ------------------------------------------------------------
# PRE-02: Migrate side by side, with new pool names
# Run on: Planning: no computer; the migration lead, with the plan.
# Legacy pools: ocspool.contoso.com. New Lync Server 2013 pools: pool13.contoso.com.
# Side-by-side migration needs extra servers during the move; roll back by shifting operations back to the legacy servers.
# Manual step: no command.
Confirm-Step 'PRE-02: Are the Lync Server 2013 pools new, side by side, with new names?'

# ------------------------------------------------------------
# PRE-03: Keep everything in one Active Directory forest
# Run on: Planning: no computer; the migration lead, with the plan.
# Forest: contoso.com. Migration across forests is not supported, and the Persistent Chat pool must be in the same forest as Group Chat.
# Manual step: no command.
Confirm-Step 'PRE-03: Are the legacy deployment, Lync Server 2013 and Persistent Chat in the one forest?'

# ------------------------------------------------------------
# PRE-04: Use separate and distinct SQL Server computers for Lync Server 2013
# Run on: Planning: no computer; the migration lead, with the plan.
# Seed 000: "You must use separate and distinct computers running Microsoft SQL Server 2008 R2 or Microsoft SQL Server 2012 for your Lync Server 2013 database instances. You cannot use the same instance of SQL Server for a Lync Server 2013 Front End pool that you use for a Lync Server 2010 or Office Communications Server 2007 R2 Front End pool."
# Lync Server 2013 databases: sql13.contoso.com\rtc (SQL Server 2012, Lync Server 2013 back end), pcsql.contoso.com\pchat (SQL Server 2012, Persistent Chat store (mgc)).
# Legacy back ends stay where they are: ocssql.contoso.com\rtc.
# Topology Builder refuses an instance that already hosts a legacy pool: "The SQL server [FQDN of the server] already contains a SQL instance hosting role 'User Store'."
# Manual step: no command.
Confirm-Step 'PRE-04: Are the Lync Server 2013 databases on SQL Server 2008 R2 or 2012 computers of their own?'

# ------------------------------------------------------------
# PRE-05: Deploy a Lync Server 2013 pool and choose the home pool
# Run on: Planning: no computer; the migration lead, with the plan.
# Lync Server 2013 pools: pool13.contoso.com.
# Home pool of the Persistent Chat pool pchat.contoso.com: pool13.contoso.com.
# Manual step: no command.
Confirm-Step 'PRE-05: Is the Lync Server 2013 pool deployed, and the home pool chosen?'

# ------------------------------------------------------------
# PRE-06: Install the Persistent Chat pool and keep it empty
# Run on: Topology Builder and Lync Server 2013 setup, as a member of Domain Admins and RTCUniversalServerAdmins with full control of the file store share.
# Pool pchat.contoso.com: Enterprise Edition, multiple-server pool type, 2 active servers; store pcsql.contoso.com\pchat; file store \\fs01.contoso.com\pchatfiles.
# It starts with no categories, rooms or add-ins. Anything created before migration may clash with legacy names and be overwritten.
# Before publishing the topology: the file store share exists (a multiple-server pool needs a UNC path), and the publishing account is in Domain Admins and RTCUniversalServerAdmins with full control of it. The active Persistent Chat servers are in the same time zone as the next-hop pool, and the Persistent Chat to Front End port (default 5041) is open.
# Manual step: no command.
Confirm-Step 'PRE-06: Is the Persistent Chat pool installed and still empty?'

# ------------------------------------------------------------
# PRE-07: Run the export and import as a member of CsPersistentChatAdministrator
# Run on: Active Directory Users and Computers (the role is the CsPersistentChatAdministrator group), as an account allowed to change that group’s members.
# Add the account that runs Export-CsPersistentChatData and Import-CsPersistentChatData to the CsPersistentChatAdministrator RBAC role.
# Manual step: no command.
# Caution: The later Skype for Business 2019 page names RTCUniversalServerAdmins instead; for Lync Server 2013, CsPersistentChatAdministrator is the documented role.
Confirm-Step 'PRE-07: Is the migration account a member of CsPersistentChatAdministrator?'

# ------------------------------------------------------------
# PRE-08: Finish the Office Communications Server 2007 R2 migration first: Group Chat goes last
# Run on: Planning: no computer; the migration lead, with the plan.
# Complete these phases of the Office Communications Server 2007 R2 migration, in this order, before you migrate Group Chat:
# • Phase 1: plan the migration (users, Archiving and Monitoring, administration, sites and pools, XMPP).
# • Phase 2: prepare (OCS 2007 R2 updates, DNS, backups, clients).
# • Phase 3: deploy the Lync Server 2013 pilot pool.
# • Phase 4: merge the topologies: install OCSWMIBC.msi, run the Merge wizard in Topology Builder (Expanded Edge is not supported; only one Edge used for federation), publish (a BackCompatSite appears), run Import-CsLegacyConfiguration. Run the merge again after any change to the OCS topology.
# • Phase 5: configure the pilot pool: connect it to the legacy Edge, and on the OCS 2007 R2 Edge Server’s Internal tab add each Lync Server 2013 Front End or Standard Edition server and the pool (without it, external A/V conferencing through the legacy Edge fails); verify the configuration settings; configure the XMPP gateway access policies and certificates.
# • Phase 6: move users to the pilot pool (Move-CsLegacyUser; it cannot move names with leading or trailing spaces: fix them first).
# • Phase 7: add the Lync Server 2013 Edge to the pilot pool.
# • Phase 8: move from pilot into production: federation routes and media traffic, then the remaining users (Move-CsLegacyUser), leaving the ocschat@ Lookup account for the Group Chat step, and configure XMPP; check that the moved users’ conferencing policy allows anonymous participants.
# • Phase 9: post-migration tasks: response groups (Move-CsRgsConfiguration; remove the Response Group tab from the Communicator 2007 R2 Tabs.xml), dial-in access numbers, Exchange 2013 OWA IM integration, Address Book, remote call control, remove legacy Archiving and Monitoring (back up their data: it is not moved), Mediation Server, trusted application servers (next hop a Lync Server 2013 pool) and meeting join page, clients.
# • Exchange UM contact objects: Move-CsExUmContact, ExchUCUtil.ps1 on Exchange, restart the Lync Server Front-End service, verify that none remain on the legacy pool.
# Group Chat is the last migration, before the final decommissioning: after Phase 9 (every user and object on Lync Server 2013) and before Phase 10, while the OCS 2007 R2 pool that homes the Group Chat pool, the ocschat@ account and the BackCompatSite still exist.
# Manual step: no command.
# Caution: Documented conflict: seed 000 says to migrate Group Chat "last, after completing the process for migrating all other components", while a Lync Server 2010 Group Chat pool must stay homed on a Lync Server 2010 pool (an OCS 2007 R2 Group Chat pool on an OCS 2007 R2 pool) until it is decommissioned, and its trusted application pool can only be removed while it has a Registrar. Resolution (reference, section 7): move Group Chat after all users and other objects, but before its home pool, its ocschat@ user and (OCS) the BackCompatSite are decommissioned; remove the Group Chat trusted pool before that Front End pool. If the home pool was removed first anyway, point the trusted pool at a surviving pool with Set-CsTrustedApplicationPool -Registrar only so that it can be removed.
Confirm-Step 'PRE-08: Are all users and other objects on Lync Server 2013, with the legacy pool that homes Group Chat still in place?'

# ------------------------------------------------------------
# PRE-09: Choose the migration computer and test that it reaches both SQL instances
# Run on: The Lync Server 2013 Management Shell on the migration computer of PRE-09 (a Lync Server 2013 server, or an administration computer with the Lync Server 2013 tools only), as a member of CsPersistentChatAdministrator.
# Export-CsPersistentChatData and Import-CsPersistentChatData are Lync Server 2013 cmdlets: run both from one Lync Server 2013 computer with the Lync Server 2013 Management Shell (a Lync Server 2013 server, or an administration computer).
# From that computer, before the maintenance window, run a trivial read-only query (for example SELECT 1 in SQL Server Management Studio or sqlcmd) against the legacy Group Chat instance ocsgcsql.contoso.com\groupchat (export) and against the Persistent Chat store pcsql.contoso.com\pchat (import). Both must answer.
# The commands create the working folder C:\GroupChatMigration (and its Trial subfolder) on this computer, where the export and import files are written: check it has room for the export.
# Caution: That the export/import computer must reach both instances is the reference’s inference from a community report of a pool-to-pool migration, not a Microsoft statement.
New-Item -ItemType Directory -Path 'C:\GroupChatMigration' -Force
New-Item -ItemType Directory -Path 'C:\GroupChatMigration\Trial' -Force
Confirm-Step 'PRE-09: Did a read-only query to ocsgcsql.contoso.com\groupchat and to the Persistent Chat store succeed from the migration computer?'

# ==== Prepare the source data ====

# ------------------------------------------------------------
# PREP-01: Back up the Group Chat databases
# Run on: SQL Server Management Studio (or your SQL Server backup tool) connected to ocsgcsql.contoso.com\groupchat, as an account with SQL Server backup rights on it.
# Back up the Office Communications Server 2007 R2 Group Chat database GroupChat on ocsgcsql.contoso.com\groupchat with SQL Server backup, before anything else changes. Keep the backup until the migrated data is verified (DEC-02).
# Size the backup target: a SQL Server backup can need about 20 times the space of an export.
# Rollback: This backup is what a restore of the legacy Group Chat data would use.
# Manual step: no command.
Confirm-Step 'PREP-01: Is the backup of the Group Chat database on ocsgcsql.contoso.com\groupchat done and readable?'

# ------------------------------------------------------------
# PREP-11: If Group Chat compliance was used, back up and keep the compliance data
# Run on: SQL Server Management Studio (or your SQL Server backup tool) connected to the legacy compliance database’s instance, as an account with SQL Server backup rights on it.
# If compliance was turned on in Office Communications Server 2007 R2 Group Chat, back up the legacy compliance database and keep the compliance adapter’s output, and keep both until after Group Chat is uninstalled (DEC-03) and beyond, as your retention rules require.
# The Persistent Chat compliance database (mgccomp) is transient: its contents are purged as the compliance adapter processes them, and it is not failed over.
# Manual step: no command.
# Caution: UNCONFIRMED: whether Export-CsPersistentChatData carries the legacy Group Chat compliance data. Assume it does not.
Confirm-Step 'PREP-11: Was compliance unused, or are the legacy compliance database and adapter output backed up?'

# ------------------------------------------------------------
# PREP-04: Check the length of room names
# Run on: The Group Chat Admin Tool, on a computer where it is installed, as a Group Chat administrator.
# After migration, rooms under a child category are prefixed with their parent category names, and the limit is 256 characters including the prefix. Check every room and shorten those that are too long in the Group Chat Admin Tool; the room inventory of the Group Chat step can check them for you.
# Manual step: no command.
Confirm-Step 'PREP-04: Does every room name fit in 256 characters with its prefix?'

# ==== Export and import ====

# ------------------------------------------------------------
# EXP-10: Know the way back before the downtime starts
# Run on: Planning: the migration lead, before the maintenance window.
# Until the ocschat@ Lookup Server account is deleted (URI-01), rolling back is starting the Office Communications Server 2007 R2 Group Chat services again on every server of ocsgc.contoso.com: the legacy database is not changed by the export. After URI-01, first remove the legacy endpoint of URI-02 (Remove-CsPersistentChatEndpoint -Identity 'sip:ocschat@contoso.com'): it holds the same SIP URI. Only then recreate the ocschat@contoso.com account, SIP-enabled and homed on the legacy pool, and start the Office Communications Server 2007 R2 Group Chat services. UNCONFIRMED: whether a recreated account (a new Active Directory object) brings the legacy Lookup Service back; the sources document no rollback of this step.
# Keep the legacy backups (PREP-01, PREP-11) until the migrated data is verified (DEC-02); uninstall nothing before that.
# Manual step: no command.
Confirm-Step 'EXP-10: Does everyone in the window know the rollback and where the backups are?'

# ------------------------------------------------------------
# EXP-09: Before the window: a trial export
# Run on: The Lync Server 2013 Management Shell on the migration computer of PRE-09 (a Lync Server 2013 server, or an administration computer with the Lync Server 2013 tools only), as a member of CsPersistentChatAdministrator.
# Days before the window, with the services still running, export into a trial folder. Read the report, and fix what it shows in the legacy data now, in the Group Chat Admin Tool, while Office Communications Server 2007 R2 Group Chat is still running: in the window, a fix of the legacy data needs the legacy services started again, which lengthens the downtime.
# No trial import, not even with -WhatIf: seed 004 stops the Persistent Chat services before any import, and describes the -WhatIf run as one that populates the Back End Server. The -WhatIf import runs in the window (EXP-06), with the services of pchat.contoso.com stopped (EXP-04).
# The trial reads a live database: the real export in the window can differ. Do not pass -DisableExportedNodes.
# Caution: UNCONFIRMED: an export while the legacy services run. Seed 004 step 1 says "All services must be stopped" before the export; the trial departs from that, so treat its report as a preview only. UNCONFIRMED: the reference implies, but does not state, that -DBInstance and -DBName name the legacy Group Chat instance and database when migrating. Check the report before importing.
Export-CsPersistentChatData `
    -DBInstance 'ocsgcsql.contoso.com\groupchat' `
    -DBName 'GroupChat' `
    -FileName 'C:\GroupChatMigration\Trial\GroupChatExport.zip' `
    -Report 'C:\GroupChatMigration\Trial\Export.html'
Confirm-Step 'EXP-09: Did the trial export run, with its report read?'

# ------------------------------------------------------------
# EXP-01: Stop the Office Communications Server 2007 R2 Group Chat services
# Run on: The listing: The Lync Server 2013 Management Shell on the migration computer of PRE-09 (a Lync Server 2013 server, or an administration computer with the Lync Server 2013 tools only), as a member of CsPersistentChatAdministrator. Stopping the services: Each server of the Group Chat pool ocsgc.contoso.com, at its console or by remote desktop, as a local administrator of that server. The backup: SQL Server Management Studio (or your SQL Server backup tool) connected to ocsgcsql.contoso.com\groupchat, as an account with SQL Server backup rights on it.
# The downtime starts here. First, on the migration computer of PRE-09, list the servers of the Group Chat pool ocsgc.contoso.com with the command below (a Lync Server 2013 Management Shell cmdlet), or from Topology Builder’s trusted application node. Then, at each of those servers, stop all Office Communications Server 2007 R2 Group Chat services (in Services, services.msc) and check that each shows Stopped.
# Then, with the services stopped and before the export (EXP-02), take a new SQL Server backup of the Group Chat database GroupChat on ocsgcsql.contoso.com\groupchat: seed 004 step 1 asks to back up the current Group Chat database at the shutdown. Keep the backup of PREP-01 as the copy from before the Group Chat Admin Tool edits.
# Rollback: Start the Office Communications Server 2007 R2 Group Chat services again on every server of ocsgc.contoso.com.
# Caution: UNCONFIRMED: whether an OCS 2007 R2 Group Chat pool is listed by Get-CsPool at all; if it is not, take the server names from your OCS records. UNCONFIRMED: whether Stop-CsWindowsService can stop the legacy Group Chat services (Group Chat was a separately installed trusted application), the names of those services, and the Computers property of Get-CsPool (not in the reference): check the list against Topology Builder. Seed 004 step 1 also names the Lync Server 2013 Persistent Chat services, and step 3 says to stop them again before the import; the reference resolves this as: stop the legacy services before the export (here), and the Persistent Chat services before the import (EXP-04).
(Get-CsPool -Identity 'ocsgc.contoso.com').Computers
Confirm-Step 'EXP-01: Are the Office Communications Server 2007 R2 Group Chat services stopped on every server of ocsgc.contoso.com, and is the new backup of the Group Chat database on ocsgcsql.contoso.com\groupchat taken after the stop and readable?'

# ------------------------------------------------------------
# EXP-02: Export the Group Chat data
# Run on: The Lync Server 2013 Management Shell on the migration computer of PRE-09 (a Lync Server 2013 server, or an administration computer with the Lync Server 2013 tools only), as a member of CsPersistentChatAdministrator.
# Run as a member of CsPersistentChatAdministrator. The export reads ocsgcsql.contoso.com\groupchat (database GroupChat) and writes a .zip file into the working folder C:\GroupChatMigration that PRE-09 created.
# Caution: UNCONFIRMED: the reference implies, but does not state, that -DBInstance and -DBName name the legacy Group Chat instance and database when migrating. Check the report before importing.
Export-CsPersistentChatData `
    -DBInstance 'ocsgcsql.contoso.com\groupchat' `
    -DBName 'GroupChat' `
    -FileName 'C:\GroupChatMigration\GroupChatExport.zip' `
    -Report 'C:\GroupChatMigration\Export.html'

# ------------------------------------------------------------
# EXP-03: Inspect the exported contents
# Run on: The migration computer of PRE-09, in a browser (report) and File Explorer (.zip), as the account that ran the export.
# Open the report (C:\GroupChatMigration\Export.html) and check the exported categories and rooms. Then open the .zip itself (C:\GroupChatMigration\GroupChatExport.zip) and check that it holds the exported files and is not empty; compare with the trial export (EXP-09).
# Manual step: no command.
# Caution: UNCONFIRMED: the files inside the .zip. Only a community script, not Microsoft, shows XML files such as AdUsers.xml in it.
Confirm-Step 'EXP-03: Do the report and the .zip hold the categories and rooms you expect?'

# ------------------------------------------------------------
# EXP-04: Stop the Persistent Chat services
# Run on: The Lync Server 2013 Management Shell on the migration computer of PRE-09, as an account allowed to manage the Lync Server services of the Persistent Chat servers (the commands name each server with -ComputerName).
# On every server of pchat.contoso.com, stop the Lync Server services before the import, naming each server with -ComputerName, then check that every service shows Stopped.
# Rollback: Start the services again as in DEC-01.
# Caution: The server names come from the pool’s Computers as Get-CsPool lists them (the plan does not hold them); that property is not in the reference, so read the list the first command prints and compare it with Topology Builder before going on. Without -ComputerName, Stop-/Start-CsWindowsService act on the local computer only; without -Name they act on every Lync Server service of the named computer, which on a Persistent Chat server is the Persistent Chat role (it cannot be collocated with an Enterprise Edition Front End). The Persistent Chat service name itself is UNCONFIRMED. UNCONFIRMED: Get-CsWindowsService -ComputerName (the reference names Get-CsWindowsService only as the way to list service names, not its parameters); it only reads. If it fails, run Get-CsWindowsService on each server itself.
$pchatServers = @((Get-CsPool -Identity 'pchat.contoso.com' -ErrorAction Stop).Computers |
    Where-Object { $_ })
$pchatServers
if ($pchatServers.Count -eq 0) { throw 'No servers listed: find them in Topology Builder.' }
foreach ($computer in $pchatServers) { Stop-CsWindowsService -ComputerName $computer -Graceful }
foreach ($computer in $pchatServers) { Get-CsWindowsService -ComputerName $computer }
Confirm-Step 'EXP-04: Does Get-CsWindowsService show every service Stopped on every Persistent Chat server?'

# ------------------------------------------------------------
# EXP-06: Dry-run the import with -WhatIf
# Run on: The Lync Server 2013 Management Shell on the migration computer of PRE-09 (a Lync Server 2013 server, or an administration computer with the Lync Server 2013 tools only), as a member of CsPersistentChatAdministrator.
# Import into the Persistent Chat store pcsql.contoso.com\pchat with -WhatIf first.
# Caution: UNCONFIRMED: that an import with -WhatIf writes nothing. Seed 004 step 5 describes the -WhatIf run as one "to populate the Back End Server of the Persistent Chat Server pool with migrated data"; no source says it leaves the store unchanged. The Import-CsPersistentChatData reference calls -FileName an "XML file", but the export writes a .zip, and the reference's own example imports the .zip. Pass the .zip.
Import-CsPersistentChatData `
    -DBInstance 'pcsql.contoso.com\pchat' `
    -FileName 'C:\GroupChatMigration\GroupChatExport.zip' `
    -Report 'C:\GroupChatMigration\ImportWhatIf.html' `
    -WhatIf

# ------------------------------------------------------------
# EXP-07: Fix every error and warning of the dry run
# Run on: The migration computer of PRE-09 (report); the Group Chat Admin Tool for fixes in the legacy data.
# Read C:\GroupChatMigration\ImportWhatIf.html. Some conversions happen to fit the simpler Persistent Chat model.
# Warnings you may accept: rooms whose category has invitations off are reset to invitations off, and the import warns about each of them by design. Every other error or warning needs a fix.
# A fix in the legacy data means starting the Office Communications Server 2007 R2 Group Chat services again, fixing in the Group Chat Admin Tool, stopping them (EXP-01), exporting again (EXP-02) and repeating the dry run: more downtime. That is why the trial run (EXP-09) comes before the window.
# Manual step: no command.
Confirm-Step 'EXP-07: Is the dry run clean, apart from the invitation warnings you accept?'

# ------------------------------------------------------------
# EXP-08: Import the data
# Run on: The Lync Server 2013 Management Shell on the migration computer of PRE-09 (a Lync Server 2013 server, or an administration computer with the Lync Server 2013 tools only), as a member of CsPersistentChatAdministrator.
# Run as a member of CsPersistentChatAdministrator; the import writes into pcsql.contoso.com\pchat.
# Rollback: The legacy data is unchanged: see EXP-10.
# Caution: The Import-CsPersistentChatData reference calls -FileName an "XML file", but the export writes a .zip, and the reference's own example imports the .zip. Pass the .zip.
Import-CsPersistentChatData `
    -DBInstance 'pcsql.contoso.com\pchat' `
    -FileName 'C:\GroupChatMigration\GroupChatExport.zip' `
    -Report 'C:\GroupChatMigration\Import.html'
Confirm-Step 'EXP-08: Does the import report (C:\GroupChatMigration\Import.html) show no errors?'

# ==== Port the Lookup Server URI ====

# ------------------------------------------------------------
# URI-01: Delete the Lookup Server user account ocschat@contoso.com
# Run on: Active Directory Users and Computers (or your AD tool), as an account allowed to delete user accounts in the ocschat@ account’s OU.
# Delete the Active Directory user account of the Lookup Server (sip:ocschat@contoso.com). It pointed legacy clients to the Group Chat Lookup Service; the legacy pool and trusted entries are removed later (DEC-04).
# Rollback: After this, rolling back to legacy Group Chat takes, in this order: remove the legacy endpoint of URI-02 first (Remove-CsPersistentChatEndpoint -Identity 'sip:ocschat@contoso.com'), because it holds the same SIP URI; then recreate the account, SIP-enabled with sip:ocschat@contoso.com and homed on the legacy pool. UNCONFIRMED: whether a recreated account (a new Active Directory object) brings the legacy Lookup Service back; the sources document no rollback of this step.
# Manual step: no command.
# Caution: UNCONFIRMED: whether legacy Group Chat keeps working if this account was moved to Lync Server 2013 first; leave it out of bulk user moves.
Confirm-Step 'URI-01: Is the account ocschat@contoso.com deleted from Active Directory?'

# ------------------------------------------------------------
# URI-02: Create the legacy endpoint with the same SIP URI
# Run on: The Lync Server 2013 Management Shell (the cmdlet is not in the Control Panel) on a Lync Server 2013 server or administration computer, as a Lync Server 2013 administrator.
# Create the Persistent Chat contact object for pchat.contoso.com with the identical SIP URI sip:ocschat@contoso.com, so legacy clients connect once the services start.
# Legacy clients connect to one pool at a time; Lync 2013 clients do not use this endpoint.
# Rollback: Remove-CsPersistentChatEndpoint removes the endpoint again.
# Caution: If the Lync 2010 Group Chat clients have LookupServerUri (or ConfigurationMode) set by Group Policy (GroupChatConsole.adm template), the endpoint must use that same URI, or the policy must change before cutover. Where these settings sit in the registry is UNCONFIRMED. These policy settings are documented for the Lync 2010 Group Chat client; whether Communicator 2007 R2 Group Chat clients have an equivalent is UNCONFIRMED.
New-CsPersistentChatEndpoint `
    -SipAddress 'sip:ocschat@contoso.com' `
    -PersistentChatPoolFqdn 'pchat.contoso.com'

# ==== Decommission ====

# ------------------------------------------------------------
# DEC-01: Start the Persistent Chat services
# Run on: The Lync Server 2013 Management Shell on the migration computer of PRE-09, as an account allowed to manage the Lync Server services of the Persistent Chat servers (the commands name each server with -ComputerName).
# Turn on all computers of pchat.contoso.com and start the services on each, naming each server with -ComputerName; then check that every service shows Running.
# Caution: Without -ComputerName, Start-CsWindowsService starts the services of the local computer only. The server names come from the pool’s Computers as Get-CsPool lists them; that property is not in the reference, so compare the list with Topology Builder. UNCONFIRMED: Get-CsWindowsService -ComputerName (the reference names Get-CsWindowsService only as the way to list service names, not its parameters); it only reads. If it fails, run Get-CsWindowsService on each server itself.
$pchatServers = @((Get-CsPool -Identity 'pchat.contoso.com' -ErrorAction Stop).Computers |
    Where-Object { $_ })
$pchatServers
if ($pchatServers.Count -eq 0) { throw 'No servers listed: find them in Topology Builder.' }
foreach ($computer in $pchatServers) { Start-CsWindowsService -ComputerName $computer }
foreach ($computer in $pchatServers) { Get-CsWindowsService -ComputerName $computer }
Confirm-Step 'DEC-01: Does Get-CsWindowsService show every service Running on every Persistent Chat server?'

# ------------------------------------------------------------
# DEC-02: Verify the migrated data
# Run on: The Lync Server 2013 Management Shell on the migration computer of PRE-09 (a Lync Server 2013 server, or an administration computer with the Lync Server 2013 tools only), as a member of CsPersistentChatAdministrator.
# Check categories and rooms in the Lync Server Control Panel and with PowerShell; rooms you disabled before export should show Disabled.
Get-CsPersistentChatCategory -PersistentChatPoolFqdn 'pchat.contoso.com'
Get-CsPersistentChatRoom -PersistentChatPoolFqdn 'pchat.contoso.com' |
    Select-Object Name, Category, Disabled
Confirm-Step 'DEC-02: Are the migrated categories and rooms all there?'

# ------------------------------------------------------------
# DEC-06: Verify the legacy endpoint and a legacy client sign-in
# Run on: The Lync Server 2013 Management Shell on the migration computer of PRE-09 (a Lync Server 2013 server, or an administration computer with the Lync Server 2013 tools only), as a member of CsPersistentChatAdministrator. Then a legacy Group Chat client, as an ordinary user.
# Check that the endpoint with sip:ocschat@contoso.com exists, then sign in with a legacy Group Chat client (one that had worked before) and open a migrated room.
Get-CsPersistentChatEndpoint
Confirm-Step 'DEC-06: Does the endpoint exist, and did a legacy client sign in and open a room?'

# ------------------------------------------------------------
# DEC-03: Uninstall Office Communications Server 2007 R2 Group Chat
# Run on: Each server of the Group Chat pool ocsgc.contoso.com, at its console or by remote desktop, as a local administrator of that server.
# Only after the checks above: uninstall Office Communications Server 2007 R2 Group Chat from every computer of the Group Chat pool ocsgc.contoso.com. If compliance was used, its legacy data must already be kept (PREP-11).
# Rollback: None from here on: rolling back would mean reinstalling Group Chat and restoring PREP-01.
# Manual step: no command.
Confirm-Step 'DEC-03: Is Office Communications Server 2007 R2 Group Chat uninstalled from every server of ocsgc.contoso.com?'

# ------------------------------------------------------------
# DEC-04: Remove the trusted application and its pool
# Run on: The Lync Server 2013 Management Shell on a Lync Server 2013 server or administration computer, as a member of RTCUniversalServerAdmins.
# Remove the Group Chat trusted applications and the trusted application pool ocsgc.contoso.com: select exactly that pool’s applications, read the list, remove them with -WhatIf, then for real; the same for the pool. This deletes them from the Central Management store and their Trusted Service Entries from Active Directory; Topology Builder’s trusted application node does the same.
# Do it before the legacy Front End pool that homes the Group Chat pool is removed (DEC-08): a trusted pool without a Registrar value cannot be removed. If the home pool is already gone, set a surviving pool with Set-CsTrustedApplicationPool -Registrar first, only to remove it.
# The last list command must return nothing. Enable-CsTopology at the end is optional.
# OCS 2007 R2: the merge of the OCS topology (Merge wizard, or Merge-CsLegacyTopology) must be run again after any change to the OCS topology, so run it again once OCS 2007 R2 Group Chat is uninstalled (DEC-03).
# Caution: UNCONFIRMED: whether an OCS 2007 R2 Group Chat pool exists as a Lync Server trusted application pool that these cmdlets can remove; if the first list is empty, remove it with the OCS 2007 R2 tools and your OCS records. Get-CsTrustedApplication -Filter matches any part of the Identity (other pools whose name contains this one, application IDs), so the commands compare TrustedApplicationPoolFqdn for equality instead. Remove-CsTrustedApplicationPool also removes every computer, application and endpoint in the pool. Enable-CsTopology runs for RTCUniversalServerAdmins only if setup permissions were delegated with Set-CsSetupPermission; otherwise a domain admin runs it.
Confirm-Step 'DEC-04: Did you run the merge of the OCS topology again (Merge wizard, or Merge-CsLegacyTopology) after OCS 2007 R2 Group Chat was uninstalled (DEC-03)?'
Get-CsTrustedApplication | Where-Object { $_.TrustedApplicationPoolFqdn -eq 'ocsgc.contoso.com' }
Get-CsTrustedApplication |
    Where-Object { $_.TrustedApplicationPoolFqdn -eq 'ocsgc.contoso.com' } |
    Remove-CsTrustedApplication -WhatIf
Confirm-Step 'DEC-04: Do the list and the -WhatIf show only the applications of ocsgc.contoso.com?'
Get-CsTrustedApplication |
    Where-Object { $_.TrustedApplicationPoolFqdn -eq 'ocsgc.contoso.com' } |
    Remove-CsTrustedApplication
Remove-CsTrustedApplicationPool -Identity 'ocsgc.contoso.com' -WhatIf
Confirm-Step 'DEC-04: Does the -WhatIf name only the trusted application pool ocsgc.contoso.com?'
Remove-CsTrustedApplicationPool -Identity 'ocsgc.contoso.com'
Get-CsTrustedApplication | Where-Object { $_.TrustedApplicationPoolFqdn -eq 'ocsgc.contoso.com' }
if (Confirm-Optional 'DEC-04: Run Enable-CsTopology now? Optional: whether it is needed after these removals is UNCONFIRMED (common practice).') {
Enable-CsTopology
}
Confirm-Step 'DEC-04: Does the last list return nothing, with the trusted application pool ocsgc.contoso.com removed?'

# ------------------------------------------------------------
# DEC-09: Check the site Persistent Chat policies before the global one
# Run on: The Lync Server 2013 Management Shell on a Lync Server 2013 server or administration computer, as a Lync Server 2013 administrator.
# No user can use Persistent Chat until a policy allows it: the global policy has EnablePersistentChat set to False, and users must also be homed on Lync Server 2013.
# List the policies. A site policy (its Identity is site: followed by the site name) applies to that site’s users instead of the global one, and a per-user grant instead of both: enable Persistent Chat in each site policy that should allow it (Set-CsPersistentChatPolicy with that Identity and -EnablePersistentChat $True), or those users stay without it after DEC-05.
# To enable chosen users only, skip DEC-05 (answer no at its question): create a policy with New-CsPersistentChatPolicy, naming it with -Identity and passing -EnablePersistentChat $True, and grant it to each user with Grant-CsPersistentChatPolicy -Identity (the user) -PolicyName (the policy’s name). Grant-CsPersistentChatPolicy -PolicyName $Null removes a grant.
# Caution: UNCONFIRMED: Get-CsPersistentChatPolicy is not in the reference (only Set-, New- and Grant-CsPersistentChatPolicy are); it only reads.
Get-CsPersistentChatPolicy
Confirm-Step 'DEC-09: Are the site policies set, and is it decided whether DEC-05 enables everyone or you grant chosen users instead?'

# ------------------------------------------------------------
# DEC-05: Enable Persistent Chat for users by policy
# Run on: The Lync Server 2013 Management Shell on a Lync Server 2013 server or administration computer, as a Lync Server 2013 administrator.
# The command enables Persistent Chat in the global policy, for every user homed on Lync Server 2013 whom no site policy or per-user grant covers (DEC-09).
if (Confirm-Optional 'DEC-05: Enable Persistent Chat for EVERY user via the global policy? Answer no if you grant chosen users instead (DEC-09).') {
Set-CsPersistentChatPolicy -Identity global -EnablePersistentChat $True
}

# ------------------------------------------------------------
# DEC-07: Roll out the Lync 2013 clients
# Run on: Your software distribution, for the users homed on Lync Server 2013.
# Deploy the Lync 2013 client to users homed on Lync Server 2013. It works only with a Lync Server 2013 Persistent Chat pool, never with a legacy Group Chat pool, and cannot upload or view room files.
# The legacy Group Chat pool is gone (DEC-03, DEC-04). Communicator 2007 R2 Group Chat clients keep reaching Persistent Chat through the legacy endpoint of URI-02, one pool at a time. Communicator 2007 R2 users join Lync Server 2013 meetings with Lync Web App 2013.
# Manual step: no command.
Confirm-Step 'DEC-07: Is the Lync 2013 client rolled out to the users enabled for Persistent Chat?'

# ------------------------------------------------------------
# DEC-08: Check that every Office Communications Server 2007 R2 pool is empty before it is decommissioned
# Run on: The Lync Server 2013 Management Shell on a Lync Server 2013 server or administration computer, as a member of RTCUniversalServerAdmins.
# Only now, with Group Chat moved and its trusted pool removed (DEC-04), check the legacy pool that homes it and every other legacy pool.
# Pool-empty gate, for each legacy pool (ocspool.contoso.com): every command below but the last returns nothing. Response groups are the exception by design: the legacy copies stay on the legacy pool for rollback until it is decommissioned, so check instead, in the list of the last command (Get-CsRgsWorkflow), that each legacy workflow has a Lync Server 2013 counterpart. No trusted application pool may still use the legacy pool as its Registrar (the reference names no command for this check). Conference directories are moved in the decommissioning itself (DEC-12).
# Caution: Documented conflict: seed 000 says to migrate Group Chat "last, after completing the process for migrating all other components", while a Lync Server 2010 Group Chat pool must stay homed on a Lync Server 2010 pool (an OCS 2007 R2 Group Chat pool on an OCS 2007 R2 pool) until it is decommissioned, and its trusted application pool can only be removed while it has a Registrar. Resolution (reference, section 7): move Group Chat after all users and other objects, but before its home pool, its ocschat@ user and (OCS) the BackCompatSite are decommissioned; remove the Group Chat trusted pool before that Front End pool. If the home pool was removed first anyway, point the trusted pool at a surviving pool with Set-CsTrustedApplicationPool -Registrar only so that it can be removed.
Get-CsUser -Filter {RegistrarPool -eq 'ocspool.contoso.com'}
Get-CsCommonAreaPhone -Filter {RegistrarPool -eq 'ocspool.contoso.com'}
Get-CsAnalogDevice -Filter {RegistrarPool -eq 'ocspool.contoso.com'}
Get-CsExUmContact -Filter {RegistrarPool -eq 'ocspool.contoso.com'}
Get-CsDialInConferencingAccessNumber -Filter {Pool -eq 'ocspool.contoso.com'}
Get-CsRgsWorkflow
Confirm-Step 'DEC-08: Is every legacy pool empty, with Group Chat already moved, before you decommission?'

# ------------------------------------------------------------
# DEC-12: Phase 10: decommission the OCS 2007 R2 site
# Run on: The commands, the Merge wizard and the BackCompatSite: The Lync Server 2013 Management Shell on a Lync Server 2013 server or administration computer, as a member of RTCUniversalServerAdmins. The OCS 2007 R2 servers and pools: with the OCS 2007 R2 procedures.
# • Phase 10: decommission the legacy site. First move the conference directories (Move-CsConferenceDirectory), or dial-in stops working for migrated meetings. Update the DNS SRV records. Decommission the OCS servers and pools with the OCS 2007 R2 procedures. Last, remove the BackCompatSite: run the Merge wizard again with an empty Edge list (the end-of-migration merge), delete the BackCompatSite, publish the topology. This ends interoperability with OCS 2007 R2.
# First move the conference directories to pool13.contoso.com: list every conference directory, then those of each legacy pool, and move them after the check; without the move, dial-in stops working for migrated meetings. The move can also name each directory: Move-CsConferenceDirectory -Identity (its identity) -TargetPool 'pool13.contoso.com'. Then the check must return nothing for each legacy pool before the OCS servers and pools are decommissioned.
# The selection is that of the Lync Server 2010 procedure; that it finds OCS 2007 R2 conference directories the same way is UNCONFIRMED.
# Rollback: Up to the removal of the legacy Front End servers, operations can be shifted back to the legacy servers; after it, they cannot.
# Caution: UNCONFIRMED: the form of ServiceID. The reference only matches the pool FQDN within it; the filter here takes the FQDN at the end, after a colon or alone. Compare the filtered list with the full list before the move.
Get-CsConferenceDirectory
Get-CsConferenceDirectory |
    Where-Object { $_.ServiceID -match ('(^|:)' + [regex]::Escape('ocspool.contoso.com') + '$') }
Confirm-Step 'DEC-12: Does the filtered list show exactly the conference directories of ocspool.contoso.com that the full list (the first command) shows, and none of another pool? If the filtered list misses one, stop: the ServiceID form differs from the filter.'
Get-CsConferenceDirectory |
    Where-Object { $_.ServiceID -match ('(^|:)' + [regex]::Escape('ocspool.contoso.com') + '$') } |
    Move-CsConferenceDirectory -TargetPool 'pool13.contoso.com'
Confirm-Step 'DEC-12: Are the conference directories moved? The next command must return nothing for each legacy pool before the OCS servers and pools are decommissioned.'
Get-CsConferenceDirectory |
    Where-Object { $_.ServiceID -match ('(^|:)' + [regex]::Escape('ocspool.contoso.com') + '$') }
Confirm-Step 'DEC-12: Does the check return no conference directory for each legacy pool, with the DNS SRV records updated? Next: decommission the OCS 2007 R2 servers and pools, with the OCS 2007 R2 procedures.'
Confirm-Step 'DEC-12: Are the OCS 2007 R2 servers and pools decommissioned? Next: remove the BackCompatSite (run the Merge wizard again with an empty Edge list, delete the BackCompatSite, publish the topology).'
Confirm-Step 'DEC-12: Is the BackCompatSite removed and the topology published?'
