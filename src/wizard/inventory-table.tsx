import { useMemo, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import { formatCount } from '../rules/common'
import type { Inventory } from '../rules/group-chat'
import type { Room, RoomCounts, RoomResult } from '../rules/rooms'
import { roomNameKey } from '../rules/rooms'
import { downloadText } from '../ui/download'
import type { InventoryReport } from './inventory-job'
import type { GroupChatInput } from './steps/group-chat-step'

export const PAGE_SIZE = 50
type SortKey = 'row' | 'name' | 'length' | 'rules'
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'row', label: 'Row' },
  { key: 'name', label: 'Name after flattening' },
  { key: 'length', label: 'Length' },
  { key: 'rules', label: 'Rules' },
]

/** A room as the inventory file has it: its line, category path and own name. */
export interface SourceRoom {
  row: number
  categoryPath: string
  name: string
}

export interface TableRow extends RoomResult, SourceRoom {
  /** GC-08: the other rooms of the inventory that flatten to the same name. */
  clashRooms?: SourceRoom[]
  /** GC-08: a room of that name is already in the new pool. */
  clashesExisting?: boolean
}

const sourceRoom = (room: Room | undefined, index: number): SourceRoom => ({
  row: room?.row ?? index + 2,
  categoryPath: room?.path.join('/') ?? '',
  name: room?.name ?? '',
})

/**
 * The table's rows: each flagged room with where it came from and, for a clash, every
 * other room it clashes with (the rules name only the other flattened name).
 */
export function tableRows(
  flagged: readonly RoomResult[],
  rooms: readonly Room[],
  existingNames: readonly string[],
): TableRow[] {
  const existing = new Set(existingNames.map(roomNameKey))
  const byName = new Map<string, RoomResult[]>()
  for (const f of flagged) {
    if (!f.ruleIds.includes('GC-08')) continue
    const key = roomNameKey(f.flattenedName)
    byName.set(key, [...(byName.get(key) ?? []), f])
  }
  return flagged.map((f) => {
    const row: TableRow = { ...f, ...sourceRoom(rooms[f.index], f.index) }
    if (!f.ruleIds.includes('GC-08')) return row
    const key = roomNameKey(f.flattenedName)
    row.clashRooms = (byName.get(key) ?? [])
      .filter((o) => o.index !== f.index)
      .map((o) => sourceRoom(rooms[o.index], o.index))
    if (existing.has(key)) row.clashesExisting = true
    return row
  })
}

const describe = (r: SourceRoom) =>
  `row ${r.row}: ${r.categoryPath ? `category ${r.categoryPath}, ` : 'no category, '}room ${r.name}`

/** The rooms that need action: sortable, a page at a time, so 100,000 rows stay usable. */
export function InventoryTable({ rows }: { rows: TableRow[] }) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'row', dir: 1 })
  const [page, setPage] = useState(0)
  const sorted = useMemo(() => {
    const value = (r: TableRow): string | number =>
      sort.key === 'row'
        ? r.row
        : sort.key === 'name'
          ? r.flattenedName.toLowerCase()
          : sort.key === 'length'
            ? r.length
            : r.ruleIds.join(' ')
    return [...rows].sort((a, b) => {
      const x = value(a)
      const y = value(b)
      return (x < y ? -1 : x > y ? 1 : a.row - b.row) * sort.dir
    })
  }, [rows, sort])
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE))
  const current = Math.min(page, pages - 1)
  const shown = sorted.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE)
  return (
    <>
      <table className="table table--rooms">
        <caption className="visually-hidden">
          Rooms that need action, {sorted.length} in all
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={
                  sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'
                }
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => {
                    setSort((s) => ({
                      key: c.key,
                      dir: s.key === c.key ? (s.dir === 1 ? -1 : 1) : 1,
                    }))
                    setPage(0)
                  }}
                >
                  {c.label}
                  <span aria-hidden="true">
                    {sort.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.index}>
              <td className="num" data-label="Row">
                {r.row}
              </td>
              <td className="table__name" data-label="Name">
                {r.flattenedName}
                {r.clashRooms || r.clashesExisting ? (
                  <span className="inventory__source">
                    From {r.categoryPath ? `category ${r.categoryPath}, ` : 'no category, '}room{' '}
                    {r.name}.
                  </span>
                ) : null}
                {r.clashRooms && r.clashRooms.length > 0 ? (
                  <span className="inventory__clash">
                    Clashes with {r.clashRooms.map(describe).join('; ')}.
                  </span>
                ) : null}
                {r.clashesExisting ? (
                  <span className="inventory__clash">
                    Clashes with a room already in the Persistent Chat pool.
                  </span>
                ) : null}
              </td>
              <td className="num" data-label="Length">
                {r.length}
              </td>
              <td className="nowrap" data-label="Rules">
                {r.ruleIds.join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav className="pagination" aria-label="Pages of rooms">
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            Previous<span className="visually-hidden"> page of rooms</span>
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Next<span className="visually-hidden"> page of rooms</span>
          </button>
        </nav>
      ) : null}
    </>
  )
}

/** The rooms of a checked inventory that need action: their table and its download. */
export function FlaggedRooms({
  flagged,
  inventory,
}: {
  flagged: readonly RoomResult[]
  inventory: Inventory
}) {
  const { getValues } = useFormContext<GroupChatInput>()
  const rows = useMemo(
    () => tableRows(flagged, inventory.rooms, inventory.existingNames ?? []),
    [flagged, inventory],
  )
  const download = async () => {
    const { roomsToCsv } = await import('../plan/inventory-csv')
    const name = String(getValues('poolFqdn') || 'group-chat').replace(/[^\w.-]+/g, '-')
    downloadText(`${name}-rooms-needing-action.csv`, roomsToCsv(rows), 'text/csv')
  }
  return (
    <>
      <InventoryTable rows={rows} />
      <button type="button" className="button button--secondary" onClick={() => void download()}>
        Download the rooms that need action (CSV)
      </button>
    </>
  )
}

/** The rows (or the header) of an inventory file that could not be read. */
export function ReadProblems({ report }: { report: InventoryReport }) {
  return (
    <div className="read-problems">
      <h3>
        {report.headerErrors.length > 0
          ? 'The file could not be read'
          : 'Some rows could not be read'}
      </h3>
      <ul className="bullets">
        {report.headerErrors.map((e) => (
          <li key={e}>{e}</li>
        ))}
        {report.rowErrors.map((e) => (
          <li key={`${e.row}${e.message}`}>
            Row {e.row}: {e.message}
          </li>
        ))}
      </ul>
      {report.moreRowErrors > 0 ? (
        <p>…and {formatCount(report.moreRowErrors)} more rows with problems.</p>
      ) : null}
      {report.headerErrors.length === 0 ? (
        <p>
          The other rows were read and checked. Fix these rows and upload the file again to include
          them.
        </p>
      ) : null}
    </div>
  )
}

const RULE_LABELS = {
  'GC-03': 'Names over 256 characters after flattening (blocker)',
  'GC-08': 'Names that clash after flattening or with the new pool (blocker)',
  'GC-04': 'Rooms whose category has invitations off',
  'GC-06': 'Rooms with federated members',
  'GC-07': 'Disabled rooms (not migrated)',
} as const

/** How many rooms of a checked inventory each room rule found. */
export function InventoryCounts({ counts }: { counts: RoomCounts }) {
  return (
    <table className="table table--summary">
      <caption className="visually-hidden">Findings of the room inventory</caption>
      <tbody>
        {(Object.keys(RULE_LABELS) as (keyof typeof RULE_LABELS)[]).map((id) => (
          <tr key={id}>
            <th scope="row">
              {id}: {RULE_LABELS[id]}
            </th>
            <td>{formatCount(counts[id])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
