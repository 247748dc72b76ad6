import { GC_PRODUCT_LABELS, inventoryAnalysis, MAX_CATEGORY_DEPTH } from '../rules/group-chat'
import type { RoomAnalysis } from '../rules/rooms'
import { MAX_ROOM_NAME_LENGTH, SEPARATOR_ASSUMPTION } from '../rules/rooms'
import type { BuildContext, ChecklistItem } from './types'
import { MISSING, pchatTarget, plural } from './values'

/** How many room names an item lists before it says "and N more". */
export const MAX_LISTED_ROOMS = 25

function listRooms(analysis: RoomAnalysis, ruleId: 'GC-03' | 'GC-08'): string[] {
  const rooms = analysis.flagged.filter((r) => r.ruleIds.includes(ruleId))
  const lines = rooms
    .slice(0, MAX_LISTED_ROOMS)
    .map((r) =>
      ruleId === 'GC-03'
        ? `• ${r.flattenedName.slice(0, 80)}${r.length > 80 ? '…' : ''} (${r.length} characters)`
        : `• ${r.flattenedName} (clashes with ${r.clashWith ?? 'another room'})`,
    )
  if (rooms.length > MAX_LISTED_ROOMS)
    lines.push(`• …and ${rooms.length - MAX_LISTED_ROOMS} more (see the room inventory report).`)
  return lines
}

export function prepare({ answers, groupChat: gc }: BuildContext): ChecklistItem[] {
  if (!gc) return []
  const items: ChecklistItem[] = []
  const product = GC_PRODUCT_LABELS[gc.sourceProduct]
  const inventory = gc.inventory
  const analysis = inventory ? inventoryAnalysis(inventory) : undefined
  const separator = inventory?.separator ?? '/'
  const cutNote = inventory?.cut
    ? ` The shared plan carries only part of the list: ${plural(inventory.cut, 'room was', 'rooms were')} left out to keep the link short.`
    : ''

  items.push({
    id: 'PREP-01',
    title: 'Back up the Group Chat databases',
    details: [
      `Back up the ${product} database${gc.database ? ` ${gc.database}` : ''} on ${gc.sqlInstance} with SQL Server backup, before anything else changes.`,
    ],
    commands: [],
    why: 'Always with Group Chat: first step of preparing the source data.',
    sources: ['S2'],
  })
  if (gc.categoryDepth > MAX_CATEGORY_DEPTH || (analysis?.maxDepth ?? 0) > MAX_CATEGORY_DEPTH) {
    const depth = Math.max(gc.categoryDepth, analysis?.maxDepth ?? 0)
    items.push({
      id: 'PREP-02',
      title: 'Flatten the category structure',
      details: [
        `Categories are nested ${depth} levels deep; Persistent Chat keeps one level. Sub-categories will be prefixed with their parents' full names. Simplify the structure in the Group Chat Admin Tool so the result is what you want.`,
      ],
      commands: [],
      caution: SEPARATOR_ASSUMPTION(separator),
      why: `Because categories are ${depth} levels deep (GC-01).`,
      sources: ['S2'],
    })
  }
  if (gc.rootManagers === 'yes') {
    items.push({
      id: 'PREP-03',
      title: 'Remove managers from the root category',
      details: [
        'Managers of the root category become managers of every room after migration. Remove them from the root category in the Group Chat Admin Tool unless that is wanted.',
      ],
      commands: [],
      why: 'Because the root category has managers (GC-02).',
      sources: ['S2'],
    })
  }
  const over = analysis?.counts['GC-03'] ?? 0
  items.push({
    id: 'PREP-04',
    title: analysis
      ? over > 0
        ? `Shorten the ${plural(over, 'room name', 'room names')} over ${MAX_ROOM_NAME_LENGTH} characters`
        : `Room names: all ${inventory?.totalRooms.toLocaleString('en')} rooms fit in ${MAX_ROOM_NAME_LENGTH} characters`
      : 'Check the length of room names',
    details: analysis
      ? over > 0
        ? [
            `Once prefixed with their parent category names, these names exceed ${MAX_ROOM_NAME_LENGTH} characters. Shorten the rooms or their categories:${cutNote}`,
            ...listRooms(analysis, 'GC-03'),
          ]
        : [
            `The room inventory${inventory?.fileName ? ` (${inventory.fileName})` : ''} was checked: no room name exceeds ${MAX_ROOM_NAME_LENGTH} characters with its prefix. Check again if rooms change before export.`,
          ]
      : [
          `After migration, room names are prefixed with their parent category names, and the limit is ${MAX_ROOM_NAME_LENGTH} characters including the prefix. Check every room and shorten those that are too long; the room inventory of the Group Chat step can do it for you.`,
        ],
    commands: [],
    caution: SEPARATOR_ASSUMPTION(separator),
    why:
      over > 0
        ? `Because ${plural(over, 'room name is', 'room names are')} too long (GC-03).`
        : 'Always with Group Chat: a preparation step of the migration.',
    sources: ['S2'],
  })
  const clashes = analysis?.counts['GC-08'] ?? 0
  if (clashes > 0) {
    items.push({
      id: 'PREP-10',
      title: `Rename the ${plural(clashes, 'room', 'rooms')} whose names clash`,
      details: [
        `Room names are unique per pool. These rooms would share a name after flattening, or match a room already in ${pchatTarget(answers).fqdn}:${cutNote}`,
        ...listRooms(analysis as RoomAnalysis, 'GC-08'),
      ],
      commands: [],
      caution: SEPARATOR_ASSUMPTION(separator),
      why: `Because ${plural(clashes, 'room clashes', 'rooms clash')} (GC-08).`,
      sources: ['S2', 'S33'],
    })
  }
  if (gc.invitationsOffCategories > 0) {
    items.push({
      id: 'PREP-05',
      title: 'Reset the invitation settings of categories',
      details: [
        `${plural(gc.invitationsOffCategories, 'category has', 'categories have')} invitations off, so their rooms will have invitations off. If rooms should allow invitations, turn invitations on for the category in ${product} before export; otherwise the import warns and sets the rooms to false.`,
      ],
      commands: [],
      why: 'Because some categories have invitations off (GC-04).',
      sources: ['S2'],
    })
  }
  if (gc.filesUsed === 'yes') {
    items.push({
      id: 'PREP-06',
      title: 'Plan the copy of chat room files',
      details: [
        `Files uploaded in rooms (in ${gc.legacyFileStore || MISSING('legacy file store')}) are not moved by the migration tools. They are copied by hand after the import (section "Copy chat room files").`,
      ],
      commands: [],
      why: 'Because files were uploaded in rooms (GC-05).',
      sources: ['S2'],
    })
  }
  if (gc.federatedRooms > 0) {
    items.push({
      id: 'PREP-07',
      title: 'Tell federated users they lose access',
      details: [
        `${plural(gc.federatedRooms, 'room has', 'rooms have')} federated users. The rooms are migrated, but Persistent Chat does not support federation, so those users cannot reach the content.`,
      ],
      commands: [],
      why: 'Because rooms have federated users (GC-06).',
      sources: ['S2'],
    })
  }
  if (gc.roomsNotToMigrate > 0) {
    items.push({
      id: 'PREP-08',
      title: `Disable the ${plural(gc.roomsNotToMigrate, 'room', 'rooms')} not to migrate`,
      details: [
        'Mark each room you do not want to migrate as disabled in the Group Chat Admin Tool.',
      ],
      commands: [],
      why: 'Because some rooms are not to be migrated (GC-07).',
      sources: ['S2'],
    })
  }
  if (gc.cutoffDate) {
    items.push({
      id: 'PREP-09',
      title: `Migrate chat content from ${gc.cutoffDate} on`,
      details: [
        `Messages before ${gc.cutoffDate} are not migrated. The export passes this date as -StartDate.`,
      ],
      commands: [],
      caution:
        'The Export-CsPersistentChatData reference says -StartDate is valid only with -Level RoomDirectory, which looks wrong. Run the export with -Report first and check that old messages were left out.',
      why: `Because you chose a cutoff date (${gc.cutoffDate}).`,
      sources: ['S2', 'S7'],
    })
  }
  return items
}
