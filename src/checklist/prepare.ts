import type { Finding } from '../rules/finding'
import { GC_PRODUCT_LABELS, inventoryAnalysis, MAX_CATEGORY_DEPTH } from '../rules/group-chat'
import type { RoomAnalysis } from '../rules/rooms'
import { MAX_ROOM_NAME_LENGTH, SEPARATOR_ASSUMPTION } from '../rules/rooms'
import { GROUP_CHAT_ADMIN_TOOL, PLANNING, SQL_BACKUP } from './run-on'
import type { BuildContext, ChecklistItem } from './types'
import { fired, findingCount, normalizeInstance, normalizeUnc, pchatTarget, plural } from './values'

/** How many room names an item lists before it says "and N more". */
export const MAX_LISTED_ROOMS = 25

function listRooms(analysis: RoomAnalysis | undefined, f: Finding, ruleId: 'GC-03' | 'GC-08') {
  const rooms = analysis?.flagged.filter((r) => r.ruleIds.includes(ruleId)) ?? []
  const lines = rooms
    .slice(0, MAX_LISTED_ROOMS)
    .map((r) =>
      ruleId === 'GC-03'
        ? `\u2022 ${r.flattenedName.slice(0, 80)}${r.length > 80 ? '\u2026' : ''} (${r.length} characters)`
        : `\u2022 ${r.flattenedName} (clashes with ${r.clashWith ?? 'another room'})`,
    )
  const total = findingCount(f) ?? rooms.length
  if (total > lines.length)
    lines.push(`\u2022 \u2026and ${total - lines.length} more (see the room inventory report).`)
  return lines
}

export function prepare({ answers, findings, groupChat: gc }: BuildContext): ChecklistItem[] {
  if (!gc) return []
  const items: ChecklistItem[] = []
  const product = GC_PRODUCT_LABELS[gc.sourceProduct]
  const inventory = gc.inventory
  const analysis = inventory ? inventoryAnalysis(inventory) : undefined
  // The separator is an assumption of the room inventory: said only where one exists.
  const separatorNote = inventory ? SEPARATOR_ASSUMPTION(inventory.separator) : undefined
  const cutNote = inventory?.cut
    ? ` The shared plan carries only part of the list: ${plural(inventory.cut, 'room was', 'rooms were')} left out to keep the link short.`
    : ''
  const gcInstance = normalizeInstance(gc.sqlInstance)

  items.push({
    id: 'PREP-01',
    title: 'Back up the Group Chat databases',
    details: [
      `Back up the ${product} database${gc.database ? ` ${gc.database}` : ''} on ${gcInstance} with SQL Server backup, before anything else changes. Keep the backup until the migrated data is verified (DEC-02).`,
      'Size the backup target: a SQL Server backup can need about 20 times the space of an export.',
    ],
    commands: [],
    runOn: SQL_BACKUP(gcInstance),
    rollback: 'This backup is what a restore of the legacy Group Chat data would use.',
    confirm: `Is the backup of the Group Chat database on ${gcInstance} done and readable?`,
    why: 'Always with Group Chat: first step of preparing the source data.',
    sources: ['S2', 'S40'],
  })
  items.push({
    id: 'PREP-11',
    title: 'If Group Chat compliance was used, back up and keep the compliance data',
    details: [
      `If compliance was turned on in ${product}, back up the legacy compliance database and keep the compliance adapter\u2019s output, and keep both until after Group Chat is uninstalled (DEC-03) and beyond, as your retention rules require.`,
      'The Persistent Chat compliance database (mgccomp) is transient: its contents are purged as the compliance adapter processes them, and it is not failed over.',
    ],
    commands: [],
    caution:
      'UNCONFIRMED: whether Export-CsPersistentChatData carries the legacy Group Chat compliance data. Assume it does not.',
    runOn: SQL_BACKUP('the legacy compliance database\u2019s instance'),
    confirm:
      'Was compliance unused, or are the legacy compliance database and adapter output backed up?',
    why: 'Always with Group Chat: the plan does not record whether compliance was used, and the data cannot be recovered once Group Chat is gone.',
    sources: ['S2', 'S41'],
  })
  const depth = fired(findings, 'GC-01')
  if (depth) {
    items.push({
      id: 'PREP-02',
      title: 'Flatten the category structure',
      details: [
        `Categories are nested deeper than Persistent Chat\u2019s ${MAX_CATEGORY_DEPTH} level${gc.categoryDepth > MAX_CATEGORY_DEPTH ? ` (you answered ${gc.categoryDepth} levels)` : ''}. Rooms under a child category will be prefixed with their parents\u2019 full names. Simplify the structure in the Group Chat Admin Tool so the result is what you want.`,
      ],
      commands: [],
      ...(separatorNote ? { caution: separatorNote } : {}),
      runOn: GROUP_CHAT_ADMIN_TOOL,
      confirm: 'Is the category structure flattened as you want it?',
      why: 'Because categories are nested deeper than one level (GC-01).',
      sources: ['S2'],
    })
  }
  if (fired(findings, 'GC-02')) {
    items.push({
      id: 'PREP-03',
      title: 'Remove managers from the root category',
      details: [
        'Managers of the root category become managers of every room after migration. Remove them from the root category in the Group Chat Admin Tool unless that is wanted.',
      ],
      commands: [],
      runOn: GROUP_CHAT_ADMIN_TOOL,
      confirm: 'Are the root category managers removed (or kept on purpose)?',
      why: 'Because the root category has managers (GC-02).',
      sources: ['S2'],
    })
  }
  const tooLong = fired(findings, 'GC-03')
  const over = tooLong ? (findingCount(tooLong) ?? analysis?.counts['GC-03'] ?? 0) : 0
  items.push({
    id: 'PREP-04',
    title: tooLong
      ? `Shorten the ${plural(over, 'room name', 'room names')} over ${MAX_ROOM_NAME_LENGTH} characters`
      : inventory
        ? `Room names: all ${inventory.totalRooms.toLocaleString('en')} rooms fit in ${MAX_ROOM_NAME_LENGTH} characters`
        : 'Check the length of room names',
    details: tooLong
      ? [
          `Once rooms under a child category are prefixed with their parent category names, these names exceed ${MAX_ROOM_NAME_LENGTH} characters. Shorten the rooms or their categories in the Group Chat Admin Tool:${cutNote}`,
          ...listRooms(analysis, tooLong, 'GC-03'),
        ]
      : inventory
        ? [
            `The room inventory${inventory.fileName ? ` (${inventory.fileName})` : ''} was checked: no room name exceeds ${MAX_ROOM_NAME_LENGTH} characters with its prefix. Check again if rooms change before export.`,
          ]
        : [
            `After migration, rooms under a child category are prefixed with their parent category names, and the limit is ${MAX_ROOM_NAME_LENGTH} characters including the prefix. Check every room and shorten those that are too long in the Group Chat Admin Tool; the room inventory of the Group Chat step can check them for you.`,
          ],
    commands: [],
    ...(separatorNote ? { caution: separatorNote } : {}),
    runOn: GROUP_CHAT_ADMIN_TOOL,
    confirm: `Does every room name fit in ${MAX_ROOM_NAME_LENGTH} characters with its prefix?`,
    why: tooLong
      ? `Because ${plural(over, 'room name is', 'room names are')} too long (GC-03).`
      : 'Always with Group Chat: a preparation step of the migration.',
    sources: ['S2'],
  })
  const clash = fired(findings, 'GC-08')
  if (clash) {
    const clashes = findingCount(clash) ?? analysis?.counts['GC-08'] ?? 0
    const target = pchatTarget(answers)
    items.push({
      id: 'PREP-10',
      title: `Rename the ${plural(clashes, 'room', 'rooms')} whose names clash`,
      details: [
        `Room names are unique per pool. These rooms would share a name after flattening, or match a room already in ${target?.fqdn ?? 'the Persistent Chat pool'}. Rename them in the Group Chat Admin Tool:${cutNote}`,
        ...listRooms(analysis, clash, 'GC-08'),
      ],
      commands: [],
      ...(separatorNote ? { caution: separatorNote } : {}),
      runOn: GROUP_CHAT_ADMIN_TOOL,
      confirm: 'Are the clashing rooms renamed?',
      why: `Because ${plural(clashes, 'room clashes', 'rooms clash')} (GC-08).`,
      sources: ['S2', 'S33'],
    })
  }
  const invitations = fired(findings, 'GC-04')
  if (invitations) {
    const n = findingCount(invitations) ?? gc.invitationsOffCategories
    items.push({
      id: 'PREP-05',
      title: 'Reset the invitation settings of categories',
      details: [
        `${plural(n, 'category has', 'categories have')} invitations off, so their rooms will have invitations off. If rooms should allow invitations, turn invitations on for the category in the Group Chat Admin Tool before export; otherwise the import warns and sets the rooms to false.`,
      ],
      commands: [],
      runOn: GROUP_CHAT_ADMIN_TOOL,
      confirm: 'Are the category invitation settings as you want them after migration?',
      why: 'Because some categories have invitations off (GC-04).',
      sources: ['S2'],
    })
  }
  if (fired(findings, 'GC-05')) {
    const from = gc.legacyFileStore ? normalizeUnc(gc.legacyFileStore) : 'the legacy upload folder'
    items.push(
      {
        id: 'PREP-06',
        title: 'Plan the copy of chat room files',
        details: [
          `Files uploaded in rooms (in ${from}) are not moved by the migration tools. They are copied by hand after the import (section "Copy chat room files").`,
        ],
        commands: [],
        runOn: PLANNING,
        confirm: 'Is the file copy planned, with an account that can write to the new file store?',
        why: 'Because files were uploaded in rooms (GC-05).',
        sources: ['S2'],
      },
      {
        id: 'PREP-12',
        title: 'Back up the legacy file store',
        details: [
          `Back up ${from} with your file backup tool before the copy, and keep the backup until the copied files are verified (FILE-01).`,
        ],
        commands: [],
        runOn: `Your file backup tool, on the computer where ${from} is stored, as an account that can read every file in it.`,
        rollback: 'This backup is the only copy of the room files if the legacy folder is damaged.',
        confirm: `Is the backup of ${from} done?`,
        why: 'Because files were uploaded in rooms (GC-05), and the copy is made by hand.',
        sources: ['S2'],
      },
    )
  }
  const federated = fired(findings, 'GC-06')
  if (federated) {
    const n = findingCount(federated) ?? gc.federatedRooms
    items.push({
      id: 'PREP-07',
      title: 'Tell federated users they lose access',
      details: [
        `${plural(n, 'room has', 'rooms have')} federated users. The rooms are migrated, but Persistent Chat does not support federation, so those users cannot reach the content.`,
      ],
      commands: [],
      runOn: PLANNING,
      confirm: 'Are the federated users of those rooms told?',
      why: 'Because rooms have federated users (GC-06).',
      sources: ['S2'],
    })
  }
  const notToMigrate = fired(findings, 'GC-07')
  if (notToMigrate) {
    const n = findingCount(notToMigrate) ?? gc.roomsNotToMigrate
    items.push({
      id: 'PREP-08',
      title: `Disable the ${plural(n, 'room', 'rooms')} not to migrate`,
      details: [
        'Mark each room you do not want to migrate as disabled in the Group Chat Admin Tool. Do not rely on -DisableExportedNodes of the export: it was reported not to disable any rooms.',
      ],
      commands: [],
      runOn: GROUP_CHAT_ADMIN_TOOL,
      confirm: 'Are the rooms not to migrate marked disabled in the Group Chat Admin Tool?',
      why: 'Because some rooms are not to be migrated (GC-07).',
      sources: ['S2', 'S7'],
    })
  }
  if (gc.cutoffDate) {
    items.push({
      id: 'PREP-09',
      title: `Migrate chat content from ${gc.cutoffDate} on`,
      details: [
        `Messages before ${gc.cutoffDate} are not migrated. The export (EXP-02) passes this date as -StartDate.`,
      ],
      commands: [],
      runOn: PLANNING,
      confirm: `Is ${gc.cutoffDate} the date from which chat content is migrated?`,
      why: `Because you chose a cutoff date (${gc.cutoffDate}).`,
      sources: ['S2', 'S7'],
    })
  }
  return items
}
