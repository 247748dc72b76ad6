# Lync Server 2013 migration plan: Standard Edition with SQL Server Express, no legacy clients
# Generated for docs/examples by the migration planner (rules 2026.12-1).
# READ THIS SCRIPT BEFORE YOU RUN ANY OF IT. It is the whole runbook, every checklist item in order,
# not an unattended script: run each step by hand, in its maintenance window, on the computer its "Run on" line names, and check the result.
# Steps done by a person are comments followed by Confirm-Step, which waits for you to type yes; Confirm-Optional asks before an optional command and skips it unless you type yes.
# Not in this plan: No chat room files to copy: none were uploaded in chat rooms.
# Not in this plan: No Lookup Server URI to port: legacy Group Chat clients need not keep working unchanged, so no legacy endpoint is created. Legacy Group Chat clients reach Persistent Chat only through a legacy endpoint (same SIP URI, or configured by hand for it): without one they stop working after the migration. Either move users to the Lync 2013 client, or create an endpoint with a new SIP URI (New-CsPersistentChatEndpoint) and configure the legacy clients for it by hand.
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
# Legacy pools: se10.contoso.com. New Lync Server 2013 pools: se13.contoso.com.
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
# Lync Server 2013 databases: se13.contoso.com\rtc (SQL Server 2012, Lync Server 2013 back end), pcsql.contoso.com\pchat (SQL Server 2012, Persistent Chat store (mgc)).
# Legacy back ends stay where they are: se10.contoso.com\rtc.
# Standard Edition pool se13.contoso.com: a Standard Edition server keeps its databases in SQL Server 2012 Express (64-bit) on the server itself, installed by Lync Server; the Persistent Chat store and compliance database of a Standard Edition server may use that local Express instance, but not for a Group Chat migration: a migration needs an Enterprise Edition Persistent Chat pool (PC-02). Express is not for an Enterprise Edition back end or a remote store. The new Standard Edition server is a new computer (side by side), so its Express instance is apart from every legacy instance.
# Topology Builder refuses an instance that already hosts a legacy pool: "The SQL server [FQDN of the server] already contains a SQL instance hosting role 'User Store'."
# Manual step: no command.
Confirm-Step 'PRE-04: Are the Lync Server 2013 databases on SQL Server 2008 R2 or 2012 computers of their own?'

# ------------------------------------------------------------
# PRE-05: Deploy a Lync Server 2013 pool and choose the home pool
# Run on: Planning: no computer; the migration lead, with the plan.
# Lync Server 2013 pools: se13.contoso.com.
# Home pool of the Persistent Chat pool pchat.contoso.com: se13.contoso.com.
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
# PRE-08: Confirm every other component and user is on Lync Server 2013
# Run on: Planning: no computer; the migration lead, with the plan.
# Group Chat is migrated after every other component and all users are on Lync Server 2013.
# Group Chat is the last migration, before the final decommissioning: after Phase 7 (every user and object on Lync Server 2013) and before Phase 8, while the Lync Server 2010 pool that homes the Group Chat pool, and the ocschat@ account homed there, still exist.
# Manual step: no command.
# Caution: Documented conflict: seed 000 says to migrate Group Chat "last, after completing the process for migrating all other components", while a Lync Server 2010 Group Chat pool must stay homed on a Lync Server 2010 pool (an OCS 2007 R2 Group Chat pool on an OCS 2007 R2 pool) until it is decommissioned, and its trusted application pool can only be removed while it has a Registrar. Resolution (reference, section 7): move Group Chat after all users and other objects, but before its home pool, its ocschat@ user and (OCS) the BackCompatSite are decommissioned; remove the Group Chat trusted pool before that Front End pool. If the home pool was removed first anyway, point the trusted pool at a surviving pool with Set-CsTrustedApplicationPool -Registrar only so that it can be removed.
Confirm-Step 'PRE-08: Are all users and other objects on Lync Server 2013, with the legacy pool that homes Group Chat still in place?'

# ------------------------------------------------------------
# PRE-09: Choose the migration computer and test that it reaches both SQL instances
# Run on: The Lync Server 2013 Management Shell on the migration computer of PRE-09 (a Lync Server 2013 server, or an administration computer with the Lync Server 2013 tools only), as a member of CsPersistentChatAdministrator.
# Export-CsPersistentChatData and Import-CsPersistentChatData are Lync Server 2013 cmdlets: run both from one Lync Server 2013 computer with the Lync Server 2013 Management Shell (a Lync Server 2013 server, or an administration computer). The Lync Server 2010 and 2013 administrative tools cannot be installed on the same computer, so do not use a computer that has the 2010 tools.
# From that computer, before the maintenance window, run a trivial read-only query (for example SELECT 1 in SQL Server Management Studio or sqlcmd) against the legacy Group Chat instance gcsql.contoso.com\groupchat (export) and against the Persistent Chat store pcsql.contoso.com\pchat (import). Both must answer.
# The commands create the working folder C:\GroupChatMigration (and its Trial subfolder) on this computer, where the export and import files are written: check it has room for the export.
# Caution: That the export/import computer must reach both instances is the reference’s inference from a community report of a pool-to-pool migration, not a Microsoft statement.
New-Item -ItemType Directory -Path 'C:\GroupChatMigration' -Force
New-Item -ItemType Directory -Path 'C:\GroupChatMigration\Trial' -Force
Confirm-Step 'PRE-09: Did a read-only query to gcsql.contoso.com\groupchat and to the Persistent Chat store succeed from the migration computer?'

# ==== Prepare the source data ====

# ------------------------------------------------------------
# PREP-01: Back up the Group Chat databases
# Run on: SQL Server Management Studio (or your SQL Server backup tool) connected to gcsql.contoso.com\groupchat, as an account with SQL Server backup rights on it.
# Back up the Lync Server 2010 Group Chat database GroupChat on gcsql.contoso.com\groupchat with SQL Server backup, before anything else changes. Keep the backup until the migrated data is verified (DEC-02).
# Size the backup target: a SQL Server backup can need about 20 times the space of an export.
# Rollback: This backup is what a restore of the legacy Group Chat data would use.
# Manual step: no command.
Confirm-Step 'PREP-01: Is the backup of the Group Chat database on gcsql.contoso.com\groupchat done and readable?'

# ------------------------------------------------------------
# PREP-11: If Group Chat compliance was used, back up and keep the compliance data
# Run on: SQL Server Management Studio (or your SQL Server backup tool) connected to the legacy compliance database’s instance, as an account with SQL Server backup rights on it.
# If compliance was turned on in Lync Server 2010 Group Chat, back up the legacy compliance database and keep the compliance adapter’s output, and keep both until after Group Chat is uninstalled (DEC-03) and beyond, as your retention rules require.
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
# Until Lync Server 2010 Group Chat is uninstalled (DEC-03), rolling back is starting the Lync Server 2010 Group Chat services again on every server of gcpool.contoso.com: the legacy database is not changed by the export.
# Keep the legacy backups (PREP-01, PREP-11) until the migrated data is verified (DEC-02); uninstall nothing before that.
# Manual step: no command.
Confirm-Step 'EXP-10: Does everyone in the window know the rollback and where the backups are?'

# ------------------------------------------------------------
# EXP-09: Before the window: a trial export
# Run on: The Lync Server 2013 Management Shell on the migration computer of PRE-09 (a Lync Server 2013 server, or an administration computer with the Lync Server 2013 tools only), as a member of CsPersistentChatAdministrator.
# Days before the window, with the services still running, export into a trial folder. Read the report, and fix what it shows in the legacy data now, in the Group Chat Admin Tool, while Lync Server 2010 Group Chat is still running: in the window, a fix of the legacy data needs the legacy services started again, which lengthens the downtime.
# No trial import, not even with -WhatIf: seed 004 stops the Persistent Chat services before any import, and describes the -WhatIf run as one that populates the Back End Server. The -WhatIf import runs in the window (EXP-06), with the services of pchat.contoso.com stopped (EXP-04).
# The trial reads a live database: the real export in the window can differ. Do not pass -DisableExportedNodes.
# Caution: UNCONFIRMED: an export while the legacy services run. Seed 004 step 1 says "All services must be stopped" before the export; the trial departs from that, so treat its report as a preview only. UNCONFIRMED: the reference implies, but does not state, that -DBInstance and -DBName name the legacy Group Chat instance and database when migrating. Check the report before importing.
Export-CsPersistentChatData `
    -DBInstance 'gcsql.contoso.com\groupchat' `
    -DBName 'GroupChat' `
    -FileName 'C:\GroupChatMigration\Trial\GroupChatExport.zip' `
    -Report 'C:\GroupChatMigration\Trial\Export.html'
Confirm-Step 'EXP-09: Did the trial export run, with its report read?'

# ------------------------------------------------------------
# EXP-01: Stop the Lync Server 2010 Group Chat services
# Run on: The listing: The Lync Server 2013 Management Shell on the migration computer of PRE-09 (a Lync Server 2013 server, or an administration computer with the Lync Server 2013 tools only), as a member of CsPersistentChatAdministrator. Stopping the services: Each server of the Group Chat pool gcpool.contoso.com, at its console or by remote desktop, as a local administrator of that server. The backup: SQL Server Management Studio (or your SQL Server backup tool) connected to gcsql.contoso.com\groupchat, as an account with SQL Server backup rights on it.
# The downtime starts here. First, on the migration computer of PRE-09, list the servers of the Group Chat pool gcpool.contoso.com with the command below (a Lync Server 2013 Management Shell cmdlet), or from Topology Builder’s trusted application node. Then, at each of those servers, stop all Lync Server 2010 Group Chat services (in Services, services.msc) and check that each shows Stopped.
# Then, with the services stopped and before the export (EXP-02), take a new SQL Server backup of the Group Chat database GroupChat on gcsql.contoso.com\groupchat: seed 004 step 1 asks to back up the current Group Chat database at the shutdown. Keep the backup of PREP-01 as the copy from before the Group Chat Admin Tool edits.
# Rollback: Start the Lync Server 2010 Group Chat services again on every server of gcpool.contoso.com.
# Caution: UNCONFIRMED: whether Stop-CsWindowsService can stop the legacy Group Chat services (Group Chat was a separately installed trusted application), the names of those services, and the Computers property of Get-CsPool (not in the reference): check the list against Topology Builder. Seed 004 step 1 also names the Lync Server 2013 Persistent Chat services, and step 3 says to stop them again before the import; the reference resolves this as: stop the legacy services before the export (here), and the Persistent Chat services before the import (EXP-04).
(Get-CsPool -Identity 'gcpool.contoso.com').Computers
Confirm-Step 'EXP-01: Are the Lync Server 2010 Group Chat services stopped on every server of gcpool.contoso.com, and is the new backup of the Group Chat database on gcsql.contoso.com\groupchat taken after the stop and readable?'

# ------------------------------------------------------------
# EXP-02: Export the Group Chat data
# Run on: The Lync Server 2013 Management Shell on the migration computer of PRE-09 (a Lync Server 2013 server, or an administration computer with the Lync Server 2013 tools only), as a member of CsPersistentChatAdministrator.
# Run as a member of CsPersistentChatAdministrator. The export reads gcsql.contoso.com\groupchat (database GroupChat) and writes a .zip file into the working folder C:\GroupChatMigration that PRE-09 created.
# Caution: UNCONFIRMED: the reference implies, but does not state, that -DBInstance and -DBName name the legacy Group Chat instance and database when migrating. Check the report before importing.
Export-CsPersistentChatData `
    -DBInstance 'gcsql.contoso.com\groupchat' `
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
# A fix in the legacy data means starting the Lync Server 2010 Group Chat services again, fixing in the Group Chat Admin Tool, stopping them (EXP-01), exporting again (EXP-02) and repeating the dry run: more downtime. That is why the trial run (EXP-09) comes before the window.
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
# DEC-03: Uninstall Lync Server 2010 Group Chat
# Run on: Each server of the Group Chat pool gcpool.contoso.com, at its console or by remote desktop, as a local administrator of that server.
# Only after the checks above: uninstall Lync Server 2010 Group Chat from every computer of the Group Chat pool gcpool.contoso.com. If compliance was used, its legacy data must already be kept (PREP-11).
# Rollback: None from here on: rolling back would mean reinstalling Group Chat and restoring PREP-01.
# Manual step: no command.
Confirm-Step 'DEC-03: Is Lync Server 2010 Group Chat uninstalled from every server of gcpool.contoso.com?'

# ------------------------------------------------------------
# DEC-10: Delete the Lookup Server user account ocschat@contoso.com, no longer used
# Run on: Active Directory Users and Computers (or your AD tool), as an account allowed to delete user accounts in the ocschat@ account’s OU.
# The Lookup Server URI is not ported, so nothing else removes this account. It is a SIP-enabled user that the Group Chat Lookup Service registered with, homed on the legacy pool with the Group Chat pool gcpool.contoso.com; with Group Chat uninstalled (DEC-03), nothing uses it. Delete it before the pool-empty gate (DEC-08), whose Get-CsUser check would otherwise find it on the legacy pool.
# Manual step: no command.
Confirm-Step 'DEC-10: Is the account ocschat@contoso.com deleted from Active Directory?'

# ------------------------------------------------------------
# DEC-04: Remove the trusted application and its pool
# Run on: The Lync Server 2013 Management Shell on a Lync Server 2013 server or administration computer, as a member of RTCUniversalServerAdmins.
# Remove the Group Chat trusted applications and the trusted application pool gcpool.contoso.com: select exactly that pool’s applications, read the list, remove them with -WhatIf, then for real; the same for the pool. This deletes them from the Central Management store and their Trusted Service Entries from Active Directory; Topology Builder’s trusted application node does the same.
# Do it before the legacy Front End pool that homes the Group Chat pool is removed (DEC-08): a trusted pool without a Registrar value cannot be removed. If the home pool is already gone, set a surviving pool with Set-CsTrustedApplicationPool -Registrar first, only to remove it.
# The last list command must return nothing. Enable-CsTopology at the end is optional.
# Caution: Get-CsTrustedApplication -Filter matches any part of the Identity (other pools whose name contains this one, application IDs), so the commands compare TrustedApplicationPoolFqdn for equality instead. Remove-CsTrustedApplicationPool also removes every computer, application and endpoint in the pool. Enable-CsTopology runs for RTCUniversalServerAdmins only if setup permissions were delegated with Set-CsSetupPermission; otherwise a domain admin runs it.
Get-CsTrustedApplication | Where-Object { $_.TrustedApplicationPoolFqdn -eq 'gcpool.contoso.com' }
Get-CsTrustedApplication |
    Where-Object { $_.TrustedApplicationPoolFqdn -eq 'gcpool.contoso.com' } |
    Remove-CsTrustedApplication -WhatIf
Confirm-Step 'DEC-04: Do the list and the -WhatIf show only the applications of gcpool.contoso.com?'
Get-CsTrustedApplication |
    Where-Object { $_.TrustedApplicationPoolFqdn -eq 'gcpool.contoso.com' } |
    Remove-CsTrustedApplication
Remove-CsTrustedApplicationPool -Identity 'gcpool.contoso.com' -WhatIf
Confirm-Step 'DEC-04: Does the -WhatIf name only the trusted application pool gcpool.contoso.com?'
Remove-CsTrustedApplicationPool -Identity 'gcpool.contoso.com'
Get-CsTrustedApplication | Where-Object { $_.TrustedApplicationPoolFqdn -eq 'gcpool.contoso.com' }
if (Confirm-Optional 'DEC-04: Run Enable-CsTopology now? Optional: whether it is needed after these removals is UNCONFIRMED (common practice).') {
Enable-CsTopology
}
Confirm-Step 'DEC-04: Does the last list return nothing, with the trusted application pool gcpool.contoso.com removed?'

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
# The legacy Group Chat pool is gone (DEC-03, DEC-04). Lync 2010 Group Chat clients reach Persistent Chat only through a legacy endpoint (the same SIP URI, or configured by hand for it). This plan creates no legacy endpoint, so Lync 2010 Group Chat clients no longer reach any chat rooms: move their users to the Lync 2013 client.
# Manual step: no command.
Confirm-Step 'DEC-07: Is the Lync 2013 client rolled out to the users enabled for Persistent Chat?'

# ------------------------------------------------------------
# DEC-08: Check that every Lync Server 2010 pool is empty before it is decommissioned
# Run on: The Lync Server 2013 Management Shell on a Lync Server 2013 server or administration computer, as a member of RTCUniversalServerAdmins.
# Only now, with Group Chat moved and its trusted pool removed (DEC-04), check the legacy pool that homes it and every other legacy pool.
# Pool-empty gate, for each legacy pool (se10.contoso.com): every command below but the last returns nothing. Response groups are the exception by design: the legacy copies stay on the legacy pool for rollback until it is decommissioned, so check instead, in the list of the last command (Get-CsRgsWorkflow), that each legacy workflow has a Lync Server 2013 counterpart. No trusted application pool may still use the legacy pool as its Registrar (the reference names no command for this check). Conference directories are moved in the decommissioning itself (DEC-12).
# Caution: Documented conflict: seed 000 says to migrate Group Chat "last, after completing the process for migrating all other components", while a Lync Server 2010 Group Chat pool must stay homed on a Lync Server 2010 pool (an OCS 2007 R2 Group Chat pool on an OCS 2007 R2 pool) until it is decommissioned, and its trusted application pool can only be removed while it has a Registrar. Resolution (reference, section 7): move Group Chat after all users and other objects, but before its home pool, its ocschat@ user and (OCS) the BackCompatSite are decommissioned; remove the Group Chat trusted pool before that Front End pool. If the home pool was removed first anyway, point the trusted pool at a surviving pool with Set-CsTrustedApplicationPool -Registrar only so that it can be removed.
Get-CsUser -Filter {RegistrarPool -eq 'se10.contoso.com'}
Get-CsCommonAreaPhone -Filter {RegistrarPool -eq 'se10.contoso.com'}
Get-CsAnalogDevice -Filter {RegistrarPool -eq 'se10.contoso.com'}
Get-CsExUmContact -Filter {RegistrarPool -eq 'se10.contoso.com'}
Get-CsDialInConferencingAccessNumber -Filter {Pool -eq 'se10.contoso.com'}
Get-CsRgsWorkflow
Confirm-Step 'DEC-08: Is every legacy pool empty, with Group Chat already moved, before you decommission?'

# ------------------------------------------------------------
# DEC-11: Phase 8: move the Central Management Server to Lync Server 2013
# Run on: Locally (not remotely) on a Lync Server 2013 Front End server of the pool that will hold the Central Management store, with the Front-End service running, in the Lync Server 2013 Management Shell (define Confirm-Step and Confirm-Optional, the two functions at the top of this script, there first), as a member of RTCUniversalServerAdmins with SQL Server administrator rights. Deployment Wizard step 2: on the Lync Server 2013 and Lync Server 2010 servers. Uninstall-CsDatabase (the last command): on the Lync Server 2010 side, in the Lync Server 2010 Management Shell, where Confirm-Step and Confirm-Optional (the two functions at the top of this script) must be defined first; DEC-12 goes back to the Lync Server 2013 Management Shell.
# Update the DNS SRV records (_sipinternaltls, for every SIP domain) first: after all users are moved, before the legacy pool or Director is decommissioned.
# Back up the configuration with Export-CsConfiguration (and Export-CsLisConfiguration if E9-1-1 is used): these are the files a recovery would read.
# Then: create the Central Management database on the Lync Server 2013 back end (first command), Enable-CsTopology, Move-CsManagementServer, Deployment Wizard step 2 on both sides, reboot, check replication, and only then remove the Lync Server 2010 Central Management database.
# Rollback: Before Uninstall-CsDatabase, the Lync Server 2010 Central Management database still exists; the configuration backup is what a recovery reads (Move-CsManagementServer -ConfigurationFileName).
# Caution: Move-CsManagementServer must run locally on the computer, not from a remote session; it fails unless the Front-End service is installed and running there.
Confirm-Step 'DEC-11: Are the DNS SRV records (_sipinternaltls) updated for every SIP domain, is the configuration backed up with Export-CsConfiguration (and Export-CsLisConfiguration if E9-1-1 is used), and are you running this locally on the Lync Server 2013 Front End server, in the Lync Server 2013 Management Shell?'
Install-CsDatabase -CentralManagementDatabase -SQLServerFQDN 'se13.contoso.com' -SQLInstanceName 'rtc'
Confirm-Step 'DEC-11: Does the Lync Server Front-End service show Started on this computer, and is there enough free disk space?'
Enable-CsTopology
Confirm-Step 'DEC-11: Did Enable-CsTopology succeed? If it failed, do not go on: the move could leave the topology with no Central Management store.'
Move-CsManagementServer
Confirm-Step 'DEC-11: Did you check the current and proposed state Move-CsManagementServer showed, run Deployment Wizard step 2 on the Lync Server 2013 and 2010 servers, and reboot this server?'
Get-CsManagementStoreReplicationStatus
Confirm-Step 'DEC-11: Does Get-CsManagementStoreReplicationStatus show the replication you expect? The next command runs on the Lync Server 2010 side, in the Lync Server 2010 Management Shell: define Confirm-Step and Confirm-Optional there first (the two functions at the top of this script).'
Uninstall-CsDatabase -CentralManagementDatabase -SqlServerFqdn 'se10.contoso.com' -SqlInstanceName 'rtc'
Confirm-Step 'DEC-11: Is the Central Management Server on Lync Server 2013, with the Lync Server 2010 database removed?'

# ------------------------------------------------------------
# DEC-12: Phase 8: decommission the Lync Server 2010 pools
# Run on: The Lync Server 2013 Management Shell on a Lync Server 2013 server or administration computer, as a member of RTCUniversalServerAdmins. The removal of the servers and databases follows the Phase 8 procedure, which the reference does not detail.
# • Phase 8: decommission the legacy pools. The DNS SRV records and the Central Management Server come first (DEC-11). Move the conference directories (Move-CsConferenceDirectory). Remove the Archiving and Monitoring associations; check that no conference directory is left; then remove the Front End servers, then the SQL instances and databases. Migrate any UCMA applications before decommissioning.
# First list every conference directory, then those of each legacy pool; after the check, move them to se13.contoso.com. The last commands must return nothing for each legacy pool before its Front End servers are removed.
# Rollback: Up to the removal of the legacy Front End servers, operations can be shifted back to the legacy servers; after it, they cannot.
# Caution: UNCONFIRMED: the form of ServiceID. The reference only matches the pool FQDN within it; the filter here takes the FQDN at the end, after a colon or alone. Compare the filtered list with the full list before the move.
Confirm-Step 'DEC-12: Back in the Lync Server 2013 Management Shell (DEC-11 ended in the Lync Server 2010 Management Shell)?'
Get-CsConferenceDirectory
Get-CsConferenceDirectory |
    Where-Object { $_.ServiceID -match ('(^|:)' + [regex]::Escape('se10.contoso.com') + '$') }
Confirm-Step 'DEC-12: Does the filtered list show exactly the conference directories of se10.contoso.com that the full list (the first command) shows, and none of another pool? If the filtered list misses one, stop: the ServiceID form differs from the filter.'
Get-CsConferenceDirectory |
    Where-Object { $_.ServiceID -match ('(^|:)' + [regex]::Escape('se10.contoso.com') + '$') } |
    Move-CsConferenceDirectory -TargetPool 'se13.contoso.com'
Confirm-Step 'DEC-12: Are the conference directories moved and the Archiving and Monitoring associations removed? The next command must return nothing before the Front End servers are removed.'
Get-CsConferenceDirectory |
    Where-Object { $_.ServiceID -match ('(^|:)' + [regex]::Escape('se10.contoso.com') + '$') }
Confirm-Step 'DEC-12: Does the check return no conference directory before the Front End servers are removed, and are the legacy pools removed?'
