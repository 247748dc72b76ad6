import { useMemo, useState } from 'react'
import type { RoomResult } from '../rules/rooms'

export const PAGE_SIZE = 50
type SortKey = 'row' | 'name' | 'length' | 'rules'
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'row', label: 'Row' },
  { key: 'name', label: 'Name after flattening' },
  { key: 'length', label: 'Length' },
  { key: 'rules', label: 'Rules' },
]

export interface TableRow extends RoomResult {
  row: number
}

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
                {r.clashWith ? (
                  <span className="field__hint"> Clashes with {r.clashWith}.</span>
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
