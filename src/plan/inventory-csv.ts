import Papa from 'papaparse'
import type { Room } from '../rules/rooms'
import { MAX_INVENTORY_ROOMS } from '../rules/rooms'

// The room inventory format (docs/formats.md). NOTE: released; add columns, never rename.
export const INVENTORY_COLUMNS = [
  'category_path',
  'room_name',
  'category_invitations',
  'disabled',
  'federated_members',
] as const
export const CATEGORY_PATH_SEPARATOR = '/'
export const MAX_REPORTED_ROW_ERRORS = 500
export const MAX_INVENTORY_BYTES = 60_000_000

const TRUE = new Set(['true', 'yes', 'on', '1', 'y'])
const FALSE = new Set(['false', 'no', 'off', '0', 'n'])

type Columns = Record<(typeof INVENTORY_COLUMNS)[number], number>

export interface RowError {
  /** Line of the file, the header being row 1. */
  row: number
  message: string
}

export interface InventoryParse {
  rooms: Room[]
  /** Missing or repeated columns: nothing can be read until they are fixed. */
  headerErrors: string[]
  rowErrors: RowError[]
  /** Row errors beyond MAX_REPORTED_ROW_ERRORS. */
  moreRowErrors: number
  dataRows: number
}

function parseBool(value: string): boolean | undefined {
  const v = value.trim().toLowerCase()
  if (TRUE.has(v)) return true
  if (FALSE.has(v)) return false
  return undefined
}

/** Total: reads any text, keeps every good row and reports every bad one with its row number. */
export function parseInventoryCsv(
  text: string,
  onProgress?: (fraction: number) => void,
): InventoryParse {
  const out: InventoryParse = {
    rooms: [],
    headerErrors: [],
    rowErrors: [],
    moreRowErrors: 0,
    dataRows: 0,
  }
  if (text.length > MAX_INVENTORY_BYTES) {
    out.headerErrors.push(
      `The file is larger than ${MAX_INVENTORY_BYTES / 1_000_000} MB. Split it, or leave out columns the planner does not read.`,
    )
    return out
  }
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') {
    out.headerErrors.push(
      `The file is empty. It needs a header row: ${INVENTORY_COLUMNS.join(',')}`,
    )
    return out
  }
  const addError = (row: number, message: string) => {
    if (out.rowErrors.length < MAX_REPORTED_ROW_ERRORS) out.rowErrors.push({ row, message })
    else out.moreRowErrors += 1
  }
  let index: Columns | undefined
  let line = 0
  let columns = 0
  Papa.parse<string[]>(body, {
    header: false,
    // Blank rows are skipped here, not by the parser, so row numbers match the file.
    skipEmptyLines: false,
    chunkSize: 1_000_000,
    complete: () => undefined,
    chunk: (results: Papa.ParseResult<string[]>) => {
      for (const fields of results.data) {
        line += 1
        if (fields.length <= 1 && (fields[0] ?? '').trim() === '') continue
        if (!index) {
          const names = fields.map((f) => f.trim().toLowerCase())
          columns = names.length
          const found: Partial<Record<(typeof INVENTORY_COLUMNS)[number], number>> = {}
          for (const column of INVENTORY_COLUMNS) {
            const at = names.indexOf(column)
            if (at === -1)
              out.headerErrors.push(`The column "${column}" is missing from the header row.`)
            else if (names.indexOf(column, at + 1) !== -1)
              out.headerErrors.push(`The column "${column}" appears twice in the header row.`)
            found[column] = at
          }
          if (out.headerErrors.length > 0) {
            out.headerErrors.push(
              `The header row must name these columns, in any order: ${INVENTORY_COLUMNS.join(', ')}.`,
            )
            return
          }
          index = found as Columns
          continue
        }
        out.dataRows += 1
        if (out.rooms.length >= MAX_INVENTORY_ROOMS) {
          addError(
            line,
            `The planner reads at most ${MAX_INVENTORY_ROOMS.toLocaleString('en')} rooms; this row and the rest were not read.`,
          )
          continue
        }
        const row = readRow(fields, index, columns, line)
        if (typeof row === 'string') addError(line, row)
        else out.rooms.push(row)
      }
      onProgress?.(Math.min(1, results.meta.cursor / body.length))
    },
  })
  return out
}

function readRow(fields: string[], at: Columns, columns: number, line: number): Room | string {
  if (fields.length !== columns) {
    return `It has ${fields.length} ${fields.length === 1 ? 'column' : 'columns'}; the header has ${columns}. Check for a missing comma, or a comma inside a name without quotes around it.`
  }
  const get = (c: (typeof INVENTORY_COLUMNS)[number]) => (fields[at[c]] ?? '').trim()
  const name = get('room_name')
  if (name === '') return 'The room name is empty.'
  const pathText = get('category_path')
  const path = pathText === '' ? [] : pathText.split(CATEGORY_PATH_SEPARATOR).map((p) => p.trim())
  if (path.some((p) => p === '')) {
    return `The category path "${pathText}" has an empty category name; separate categories with a single "${CATEGORY_PATH_SEPARATOR}".`
  }
  const invitations = parseBool(get('category_invitations'))
  if (invitations === undefined)
    return `category_invitations is "${get('category_invitations')}"; write on or off (or yes/no, true/false).`
  const disabled = parseBool(get('disabled'))
  if (disabled === undefined)
    return `disabled is "${get('disabled')}"; write yes or no (or true/false).`
  const fedText = get('federated_members') || '0'
  const federated = Number(fedText)
  if (!/^\d+$/.test(fedText) || !Number.isSafeInteger(federated)) {
    return `federated_members is "${get('federated_members')}"; write a whole number of federated members (0 for none).`
  }
  return { path, name, invitations, disabled, federated, row: line }
}

/** The rooms needing action, as CSV, for download. */
export function roomsToCsv(
  rows: {
    row: number
    flattenedName: string
    length: number
    ruleIds: string[]
    clashWith?: string
  }[],
): string {
  return Papa.unparse({
    fields: ['inventory_row', 'flattened_name', 'length', 'rules', 'clashes_with'],
    data: rows.map((r) => [
      r.row,
      r.flattenedName,
      r.length,
      r.ruleIds.join(' '),
      r.clashWith ?? '',
    ]),
  })
}
