import { normalizeFqdn } from '../rules/common'
import { GC_PRODUCT_LABELS } from '../rules/group-chat'
import { psQuote } from './powershell'
import { CMDLET_HOST, LEGACY_SERVERS, SERVICES_HOST, SQL_BACKUP } from './run-on'
import type { BuildContext, ChecklistItem } from './types'
import type { Target } from './values'
import {
  normalizeSipUri,
  EXPORT_FILE,
  EXPORT_FOLDER,
  EXPORT_REPORT,
  fired,
  IMPORT_REPORT,
  IMPORT_WHATIF_REPORT,
  NO_TARGET,
  normalizeInstance,
  pchatTarget,
  TRIAL_EXPORT_REPORT,
  TRIAL_FILE,
} from './values'

const IMPORT_FILE_CAUTION =
  'The Import-CsPersistentChatData reference calls -FileName an "XML file", but the export writes a .zip, and the reference\'s own example imports the .zip. Pass the .zip.'
const START_DATE_CAUTION =
  'The Export-CsPersistentChatData reference says -StartDate is valid only with -Level RoomDirectory, which looks wrong (a documented contradiction). Check in the export report that messages before the date were left out; the trial export (EXP-09) is the time to find out.'
const DB_INSTANCE_CAUTION =
  'UNCONFIRMED: the reference implies, but does not state, that -DBInstance and -DBName name the legacy Group Chat instance and database when migrating. Check the report before importing.'
/** Seed 004 step 5's own words on the -WhatIf run; nothing in the sources says it writes nothing. */
export const WHATIF_CAUTION =
  'UNCONFIRMED: that an import with -WhatIf writes nothing. Seed 004 step 5 describes the -WhatIf run as one "to populate the Back End Server of the Persistent Chat Server pool with migrated data"; no source says it leaves the store unchanged.'
const TRIAL_EXPORT_CAUTION =
  'UNCONFIRMED: an export while the legacy services run. Seed 004 step 1 says "All services must be stopped" before the export; the trial departs from that, so treat its report as a preview only.'
export const GET_SERVICE_CAUTION =
  'UNCONFIRMED: Get-CsWindowsService -ComputerName (the reference names Get-CsWindowsService only as the way to list service names, not its parameters); it only reads. If it fails, run Get-CsWindowsService on each server itself.'
const COMPUTERS_CAUTION =
  'The server names come from the pool\u2019s Computers as Get-CsPool lists them (the plan does not hold them); that property is not in the reference, so read the list the first command prints and compare it with Topology Builder before going on. Without -ComputerName, Stop-/Start-CsWindowsService act on the local computer only; without -Name they act on every Lync Server service of the named computer, which on a Persistent Chat server is the Persistent Chat role (it cannot be collocated with an Enterprise Edition Front End). The Persistent Chat service name itself is UNCONFIRMED.'

/** The Persistent Chat servers, read from the topology inside the command itself. */
export function pchatServersCommands(fqdn: string): string[] {
  return [
    // -ErrorAction Stop and the filter: @($null) would count 1 and act on the local computer.
    `$pchatServers = @((Get-CsPool -Identity ${psQuote(fqdn)} -ErrorAction Stop).Computers | Where-Object { $_ })`,
    '$pchatServers',
    "if ($pchatServers.Count -eq 0) { throw 'No servers listed: find them in Topology Builder.' }",
  ]
}

function exportCommand(gc: NonNullable<BuildContext['groupChat']>, file: string, report: string) {
  return [
    `Export-CsPersistentChatData -DBInstance ${psQuote(normalizeInstance(gc.sqlInstance))}`,
    gc.database ? ` -DBName ${psQuote(gc.database)}` : '',
    ` -FileName ${psQuote(file)} -Report ${psQuote(report)}`,
    gc.cutoffDate ? ` -StartDate ${psQuote(gc.cutoffDate)}` : '',
  ].join('')
}

const importCommand = (target: Target, file: string, report: string, whatIf: boolean) =>
  `Import-CsPersistentChatData -DBInstance ${psQuote(target.store)} -FileName ${psQuote(file)} -Report ${psQuote(report)}${whatIf ? ' -WhatIf' : ''}`

export function exportImport({ answers, findings, groupChat: gc }: BuildContext): ChecklistItem[] {
  if (!gc) return []
  const target = pchatTarget(answers)
  const product = GC_PRODUCT_LABELS[gc.sourceProduct]
  const gcPool = normalizeFqdn(gc.poolFqdn)
  const gcInstance = normalizeInstance(gc.sqlInstance)
  const ported = gc.legacyClients === 'yes'
  const existing = fired(findings, 'PC-04')
  const exportCaution = [DB_INSTANCE_CAUTION, ...(gc.cutoffDate ? [START_DATE_CAUTION] : [])].join(
    ' ',
  )

  const items: ChecklistItem[] = [
    {
      id: 'EXP-10',
      title: 'Know the way back before the downtime starts',
      details: [
        ported
          ? `Until the ocschat@ Lookup Server account is deleted (URI-01), rolling back is starting the ${product} services again on every server of ${gcPool}: the legacy database is not changed by the export. After URI-01, first remove the legacy endpoint of URI-02 (Remove-CsPersistentChatEndpoint -Identity ${psQuote(normalizeSipUri(gc.lookupUri))}): it holds the same SIP URI. Only then recreate the ${normalizeSipUri(gc.lookupUri).replace(/^sip:/, '')} account, SIP-enabled and homed on the legacy pool, and start the ${product} services. UNCONFIRMED: whether a recreated account (a new Active Directory object) brings the legacy Lookup Service back; the sources document no rollback of this step.`
          : `Until ${product} is uninstalled (DEC-03), rolling back is starting the ${product} services again on every server of ${gcPool}: the legacy database is not changed by the export.`,
        `Keep the legacy backups (PREP-01, PREP-11${fired(findings, 'GC-05') ? ', PREP-12' : ''}) until the migrated data is verified (DEC-02); uninstall nothing before that.`,
      ],
      commands: [],
      runOn: 'Planning: the migration lead, before the maintenance window.',
      confirm: 'Does everyone in the window know the rollback and where the backups are?',
      why: 'Always with Group Chat: a maintenance window needs a way back.',
      sources: ['S1', 'S2'],
    },
    {
      id: 'EXP-09',
      title: 'Before the window: a trial export',
      details: [
        `Days before the window, with the services still running, export into a trial folder. Read the report, and fix what it shows in the legacy data now, in the Group Chat Admin Tool, while ${product} is still running: in the window, a fix of the legacy data needs the legacy services started again, which lengthens the downtime.`,
        `No trial import, not even with -WhatIf: seed 004 stops the Persistent Chat services before any import, and describes the -WhatIf run as one that populates the Back End Server. The -WhatIf import runs in the window (EXP-06), with the services of ${target?.fqdn ?? 'the Persistent Chat pool'} stopped (EXP-04)${existing ? ' and after the backup of EXP-05' : ''}.`,
        'The trial reads a live database: the real export in the window can differ. Do not pass -DisableExportedNodes.',
      ],
      commands: [exportCommand(gc, TRIAL_FILE, TRIAL_EXPORT_REPORT)],
      caution: [TRIAL_EXPORT_CAUTION, exportCaution].join(' '),
      runOn: CMDLET_HOST,
      confirm: 'Did the trial export run, with its report read?',
      why: 'Always with Group Chat: the fixes of migration step 5 are cheapest before the window.',
      sources: ['S2', 'S7'],
    },
    {
      id: 'EXP-01',
      title: `Stop the ${product} services`,
      details: [
        `The downtime starts here. First, on the migration computer of PRE-09, list the servers of the Group Chat pool ${gcPool} with the command below (a Lync Server 2013 Management Shell cmdlet), or from Topology Builder\u2019s trusted application node. Then, at each of those servers, stop all ${product} services (in Services, services.msc) and check that each shows Stopped.`,
        `Then, with the services stopped and before the export (EXP-02), take a new SQL Server backup of the Group Chat database ${gc.database ? `${gc.database} ` : ''}on ${gcInstance}: seed 004 step 1 asks to back up the current Group Chat database at the shutdown. Keep the backup of PREP-01 as the copy from before the Group Chat Admin Tool edits.`,
      ],
      commands: [`(Get-CsPool -Identity ${psQuote(gcPool)}).Computers`],
      caution:
        (gc.sourceProduct === 'ocs2007r2'
          ? 'UNCONFIRMED: whether an OCS 2007 R2 Group Chat pool is listed by Get-CsPool at all; if it is not, take the server names from your OCS records. '
          : '') +
        'UNCONFIRMED: whether Stop-CsWindowsService can stop the legacy Group Chat services (Group Chat was a separately installed trusted application), the names of those services, and the Computers property of Get-CsPool (not in the reference): check the list against Topology Builder. Seed 004 step 1 also names the Lync Server 2013 Persistent Chat services, and step 3 says to stop them again before the import; the reference resolves this as: stop the legacy services before the export (here), and the Persistent Chat services before the import (EXP-04).',
      runOn: `The listing: ${CMDLET_HOST} Stopping the services: ${LEGACY_SERVERS(gcPool)} The backup: ${SQL_BACKUP(gcInstance)}`,
      rollback: `Start the ${product} services again on every server of ${gcPool}.`,
      confirm: `Are the ${product} services stopped on every server of ${gcPool}, and is the new backup of the Group Chat database on ${gcInstance} taken after the stop and readable?`,
      why: 'Always with Group Chat: migration step 1.',
      sources: ['S2', 'S56'],
    },
    {
      id: 'EXP-02',
      title: 'Export the Group Chat data',
      details: [
        `Run as a member of CsPersistentChatAdministrator. The export reads ${gcInstance}${gc.database ? ` (database ${gc.database})` : ''} and writes a .zip file into the working folder ${EXPORT_FOLDER} that PRE-09 created.`,
      ],
      commands: [exportCommand(gc, EXPORT_FILE, EXPORT_REPORT)],
      caution: exportCaution,
      runOn: CMDLET_HOST,
      why: 'Always with Group Chat: migration step 2.',
      sources: ['S2', 'S7'],
    },
    {
      id: 'EXP-03',
      title: 'Inspect the exported contents',
      details: [
        `Open the report (${EXPORT_REPORT}) and check the exported categories and rooms. Then open the .zip itself (${EXPORT_FILE}) and check that it holds the exported files and is not empty; compare with the trial export (EXP-09).`,
      ],
      commands: [],
      caution:
        'UNCONFIRMED: the files inside the .zip. Only a community script, not Microsoft, shows XML files such as AdUsers.xml in it.',
      runOn:
        'The migration computer of PRE-09, in a browser (report) and File Explorer (.zip), as the account that ran the export.',
      confirm: 'Do the report and the .zip hold the categories and rooms you expect?',
      why: 'Always with Group Chat: migration step 2.',
      sources: ['S2', 'S7'],
    },
    {
      id: 'EXP-04',
      title: 'Stop the Persistent Chat services',
      details: [
        target
          ? `On every server of ${target.fqdn}, stop the Lync Server services before the import, naming each server with -ComputerName, then check that every service shows Stopped.`
          : NO_TARGET,
      ],
      commands: target
        ? [
            ...pchatServersCommands(target.fqdn),
            'foreach ($computer in $pchatServers) { Stop-CsWindowsService -ComputerName $computer -Graceful }',
            'foreach ($computer in $pchatServers) { Get-CsWindowsService -ComputerName $computer }',
          ]
        : [],
      caution: `${COMPUTERS_CAUTION} ${GET_SERVICE_CAUTION}`,
      runOn: SERVICES_HOST,
      rollback: 'Start the services again as in DEC-01.',
      confirm:
        'Does Get-CsWindowsService show every service Stopped on every Persistent Chat server?',
      why: 'Always with Group Chat: migration step 3.',
      sources: ['S2', 'S56'],
    },
  ]
  if (existing) {
    items.push({
      id: 'EXP-05',
      title: 'Back up the Persistent Chat database',
      details: [
        `Categories, rooms or add-ins already exist in ${target?.fqdn ?? 'the Persistent Chat pool'}. Back up its database (mgc) on ${target?.store ?? 'its store instance'}, in case the import overwrites content with the same names. Size the target: a SQL Server backup can need about 20 times the space of an export.`,
      ],
      commands: [],
      runOn: SQL_BACKUP(target?.store ?? 'the Persistent Chat store instance'),
      rollback: 'Restore this backup if the import overwrites content that must be kept.',
      confirm: 'Is the backup of the Persistent Chat database done and readable?',
      why: 'Because content already exists in the new pool (PC-04).',
      sources: ['S2', 'S40'],
    })
  }
  items.push(
    {
      id: 'EXP-06',
      title: 'Dry-run the import with -WhatIf',
      details: [
        target
          ? `Import into the Persistent Chat store ${target.store} with -WhatIf first${existing ? ', after the backup of EXP-05' : ''}.`
          : NO_TARGET,
      ],
      commands: target ? [importCommand(target, EXPORT_FILE, IMPORT_WHATIF_REPORT, true)] : [],
      caution: `${WHATIF_CAUTION} ${IMPORT_FILE_CAUTION}`,
      runOn: CMDLET_HOST,
      why: 'Always with Group Chat: migration step 5.',
      sources: ['S2', 'S8'],
    },
    {
      id: 'EXP-07',
      title: 'Fix every error and warning of the dry run',
      details: [
        `Read ${IMPORT_WHATIF_REPORT}. Some conversions happen to fit the simpler Persistent Chat model.`,
        `Warnings you may accept: rooms whose category has invitations off are reset to invitations off, and the import warns about each of them by design${fired(findings, 'GC-04') ? ' (PREP-05)' : ''}. Every other error or warning needs a fix.`,
        `A fix in the legacy data means starting the ${product} services again, fixing in the Group Chat Admin Tool, stopping them (EXP-01), exporting again (EXP-02) and repeating the dry run: more downtime. That is why the trial run (EXP-09) comes before the window.`,
      ],
      commands: [],
      runOn:
        'The migration computer of PRE-09 (report); the Group Chat Admin Tool for fixes in the legacy data.',
      confirm: 'Is the dry run clean, apart from the invitation warnings you accept?',
      why: 'Always with Group Chat: migration step 5.',
      sources: ['S2'],
    },
    {
      id: 'EXP-08',
      title: 'Import the data',
      details: [
        target
          ? `Run as a member of CsPersistentChatAdministrator; the import writes into ${target.store}.`
          : NO_TARGET,
      ],
      commands: target ? [importCommand(target, EXPORT_FILE, IMPORT_REPORT, false)] : [],
      caution: IMPORT_FILE_CAUTION,
      runOn: CMDLET_HOST,
      rollback: existing
        ? 'Restore the Persistent Chat database from the backup of EXP-05; the legacy data is unchanged.'
        : 'The legacy data is unchanged: see EXP-10.',
      confirm: `Does the import report (${IMPORT_REPORT}) show no errors?`,
      why: 'Always with Group Chat: migration step 6.',
      sources: ['S2', 'S8'],
    },
  )
  return items
}
