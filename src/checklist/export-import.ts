import { GC_PRODUCT_LABELS } from '../rules/group-chat'
import { psQuote } from './powershell'
import type { BuildContext, ChecklistItem } from './types'
import {
  EXPORT_FILE,
  EXPORT_REPORT,
  IMPORT_REPORT,
  IMPORT_WHATIF_REPORT,
  pchatTarget,
} from './values'

const IMPORT_FILE_CAUTION =
  'The Import-CsPersistentChatData reference calls -FileName an "XML file", but the export writes a .zip, and the reference\'s own example imports the .zip. Pass the .zip.'

export function exportImport({ answers, groupChat: gc }: BuildContext): ChecklistItem[] {
  if (!gc) return []
  const target = pchatTarget(answers)
  const product = GC_PRODUCT_LABELS[gc.sourceProduct]
  const exportCommand = [
    `Export-CsPersistentChatData -DBInstance ${psQuote(gc.sqlInstance)}`,
    gc.database ? ` -DBName ${psQuote(gc.database)}` : '',
    ` -FileName ${psQuote(EXPORT_FILE)} -Report ${psQuote(EXPORT_REPORT)}`,
    gc.cutoffDate ? ` -StartDate ${psQuote(gc.cutoffDate)}` : '',
  ].join('')
  const importBase = `Import-CsPersistentChatData -DBInstance ${psQuote(target.store)} -FileName ${psQuote(EXPORT_FILE)}`

  const items: ChecklistItem[] = [
    {
      id: 'EXP-01',
      title: `Stop the ${product} services`,
      details: [
        `Stop every Group Chat service on all servers of ${gc.poolFqdn}. This starts the downtime: plan a window long enough for export and import. Make sure the backup of step PREP-01 is done.`,
      ],
      commands: [],
      why: 'Always with Group Chat: migration step 1.',
      sources: ['S2'],
    },
    {
      id: 'EXP-02',
      title: 'Export the Group Chat data',
      details: [
        `Run as a member of CsPersistentChatAdministrator. The export reads ${gc.sqlInstance}${gc.database ? ` (database ${gc.database})` : ''} and writes a .zip file.`,
      ],
      commands: [exportCommand],
      caution:
        'UNCONFIRMED: the reference implies, but does not state, that -DBInstance and -DBName name the legacy Group Chat instance and database when migrating. Check the report before importing.',
      why: 'Always with Group Chat: migration step 2.',
      sources: ['S2', 'S7'],
    },
    {
      id: 'EXP-03',
      title: 'Inspect the exported contents',
      details: [
        `Open the report (${EXPORT_REPORT}) and check the exported categories and rooms before going on.`,
      ],
      commands: [],
      why: 'Always with Group Chat: migration step 2.',
      sources: ['S2'],
    },
    {
      id: 'EXP-04',
      title: 'Stop the Persistent Chat services',
      details: [
        `On each server of ${target.fqdn}, stop the Lync Server services before the import.`,
      ],
      commands: ['Stop-CsWindowsService -Graceful'],
      caution:
        'UNCONFIRMED: the Persistent Chat Windows service name is not documented. Without -Name, the cmdlet stops every Lync Server service on the computer it runs on; Get-CsWindowsService lists them.',
      why: 'Always with Group Chat: migration step 3.',
      sources: ['S2', 'S34'],
    },
  ]
  if (target.existingContent) {
    items.push({
      id: 'EXP-05',
      title: 'Back up the Persistent Chat database',
      details: [
        `Categories, rooms or add-ins already exist in ${target.fqdn}. Back up its database on ${target.store}, in case the import overwrites content with the same names.`,
      ],
      commands: [],
      why: 'Because content already exists in the new pool (PC-04).',
      sources: ['S2'],
    })
  }
  items.push(
    {
      id: 'EXP-06',
      title: 'Dry-run the import with -WhatIf',
      details: [
        `Import into the Persistent Chat store ${target.store} with -WhatIf first; nothing is written.`,
      ],
      commands: [`${importBase} -Report ${psQuote(IMPORT_WHATIF_REPORT)} -WhatIf`],
      caution: IMPORT_FILE_CAUTION,
      why: 'Always with Group Chat: migration step 5.',
      sources: ['S2', 'S8'],
    },
    {
      id: 'EXP-07',
      title: 'Fix every error and warning of the dry run',
      details: [
        `Read ${IMPORT_WHATIF_REPORT}. Some conversions happen to fit the simpler Persistent Chat model; fix what is reported in the legacy data, export again, and repeat the dry run until it is clean.`,
      ],
      commands: [],
      why: 'Always with Group Chat: migration step 5.',
      sources: ['S2'],
    },
    {
      id: 'EXP-08',
      title: 'Import the data',
      details: [`Run as a member of CsPersistentChatAdministrator.`],
      commands: [`${importBase} -Report ${psQuote(IMPORT_REPORT)}`],
      caution: IMPORT_FILE_CAUTION,
      why: 'Always with Group Chat: migration step 6.',
      sources: ['S2', 'S8'],
    },
  )
  return items
}
