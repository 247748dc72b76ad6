import type { Room } from '../rules/rooms'
import { MAX_INVENTORY_ROOMS } from '../rules/rooms'
import { toCsv } from './csv-write'

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
/** A quoted value may hold line breaks, over at most this many lines of the file. */
export const MAX_LINES_IN_QUOTED_VALUE = 20
/** Column separators recognised from the header row, the comma first. */
const DELIMITERS = [',', ';', '\t', '|'] as const

const TRUE = new Set(['true', 'yes', 'on', '1', 'y'])
const FALSE = new Set(['false', 'no', 'off', '0', 'n'])

type Columns = Record<(typeof INVENTORY_COLUMNS)[number], number>

export interface RowError {
  /** Line of the file where the row starts, the first line being 1. */
  row: number
  message: string
}

/** How the file's bytes were turned into text; 'text' when text was given. */
export type InventoryEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'text'

export interface InventoryParse {
  rooms: Room[]
  /** Missing or repeated columns: nothing can be read until they are fixed. */
  headerErrors: string[]
  rowErrors: RowError[]
  /** Row errors beyond MAX_REPORTED_ROW_ERRORS. */
  moreRowErrors: number
  dataRows: number
  encoding: InventoryEncoding
  /** What the reader decided that the user should know (the encoding guessed, the separator). */
  notices: string[]
}

/** Windows-1252 at 0x80-0x9F (WHATWG Encoding); every other byte is its own code point. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

/**
 * Windows-1252 decoded here, not by TextDecoder: some runtimes decode that
 * label as Latin-1, which turns “quotes” and € into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  const units = new Uint16Array(Math.min(bytes.length, 0x8000))
  for (let start = 0; start < bytes.length; start += units.length) {
    const end = Math.min(start + units.length, bytes.length)
    for (let i = start; i < end; i++) {
      const b = bytes[i]!
      units[i - start] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b
    }
    parts.push(String.fromCharCode(...units.subarray(0, end - start)))
  }
  return parts.join('')
}

/**
 * Bytes to text: a byte-order mark decides; otherwise UTF-8 if the bytes are
 * valid UTF-8, else Windows-1252 (what Windows programs write for Western
 * European text), said in a notice. Text that is not UTF-8 read as UTF-8 would
 * turn both "Café" and "Cafè" into "Caf\uFFFD", which then clash.
 */
export function decodeInventoryBytes(bytes: Uint8Array): {
  text: string
  encoding: Exclude<InventoryEncoding, 'text'>
  notice?: string
} {
  const [b0, b1, b2] = bytes
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      notice:
        'The file is not UTF-8, so it was read as Windows-1252 (Western European). If any room name looks wrong, save the file as "CSV UTF-8" and check it again.',
    }
  }
}

function parseBool(value: string): boolean | undefined {
  const v = value.trim().toLowerCase()
  if (TRUE.has(v)) return true
  if (FALSE.has(v)) return false
  return undefined
}

interface Cursor {
  text: string
  delimiter: string
  /** The line break of this file: '\n' (also for CRLF), or '\r' alone. */
  newline: string
  /** The next quote at or after the last position asked (-1: none left), so each is found once. */
  nextQuote: number
}

type Record_ = { fields: string[]; next: number; lines: number } | { error: string }

/**
 * Reads one record starting at `pos`: its fields, where the next record starts,
 * and how many lines it spans. A quote error returns a message instead; the
 * caller reports the row and carries on with the next line.
 */
function readRecord(c: Cursor, pos: number): Record_ {
  const { text, delimiter, newline } = c
  const end = text.length
  const nl = text.indexOf(newline, pos)
  const lineEnd = nl === -1 ? end : nl
  // Fast path: a line without quotes.
  if (c.nextQuote !== -1 && c.nextQuote < pos) c.nextQuote = text.indexOf('"', pos)
  const firstQuote = c.nextQuote
  if (firstQuote === -1 || firstQuote >= lineEnd) {
    let line = text.slice(pos, lineEnd)
    if (newline === '\n' && line.endsWith('\r')) line = line.slice(0, -1)
    return { fields: line.split(delimiter), next: nl === -1 ? end : nl + 1, lines: 1 }
  }
  const fields: string[] = []
  let lines = 1
  let at = pos
  for (;;) {
    if (text[at] === '"') {
      // A quoted value: up to the closing quote, "" being one quote.
      let value = ''
      let from = at + 1
      // The furthest a quoted value may reach: MAX_LINES_IN_QUOTED_VALUE lines.
      let limit = at
      for (let i = 0; i < MAX_LINES_IN_QUOTED_VALUE && limit !== -1; i++) {
        limit = text.indexOf(newline, limit + 1)
      }
      const reach = limit === -1 ? end : limit
      for (;;) {
        const q = text.indexOf('"', from)
        if (q === -1 || q > reach) {
          return {
            error:
              'A quote opens a value here but never closes it. Put the whole value in quotes and write a quote inside it as two quotes ("").',
          }
        }
        value += text.slice(from, q)
        if (text[q + 1] === '"') {
          value += '"'
          from = q + 2
          continue
        }
        at = q + 1
        break
      }
      for (let i = value.indexOf(newline); i !== -1; i = value.indexOf(newline, i + 1)) lines += 1
      fields.push(value)
      const next = text[at]
      if (next === '\r' && newline === '\n' && text[at + 1] === '\n') at += 1
      if (at >= end || text[at] === newline) {
        return { fields, next: at + 1, lines }
      }
      if (text[at] !== delimiter) {
        return {
          error:
            'Text follows the closing quote of a value. Put the whole value in quotes and write a quote inside it as two quotes ("").',
        }
      }
      at += 1
      continue
    }
    // An unquoted value: up to the next separator or line break. Quotes inside
    // it are kept as they are.
    const nextNl = text.indexOf(newline, at)
    const stop = nextNl === -1 ? end : nextNl
    const d = text.indexOf(delimiter, at)
    if (d !== -1 && d < stop) {
      fields.push(text.slice(at, d))
      at = d + 1
      continue
    }
    let value = text.slice(at, stop)
    if (newline === '\n' && value.endsWith('\r')) value = value.slice(0, -1)
    fields.push(value)
    return { fields, next: stop + 1, lines }
  }
}

/** The separator that makes the most known column names of the header row. */
function detectDelimiter(text: string, newline: string): string {
  const nl = text.indexOf(newline)
  const header = (nl === -1 ? text : text.slice(0, nl)).toLowerCase()
  let best: string = ','
  let bestCount = 0
  for (const d of DELIMITERS) {
    const names = header.split(d).map((n) => n.trim().replace(/^"|"$/g, ''))
    const count = INVENTORY_COLUMNS.filter((c) => names.includes(c)).length
    if (count > bestCount) {
      best = d
      bestCount = count
    }
  }
  return best
}

const DELIMITER_NAMES: Record<string, string> = { ';': 'semicolons', '\t': 'tabs', '|': 'bars (|)' }

/**
 * Total: reads any text or bytes, keeps every good row and reports every bad
 * one with its line number, so every row is either read or reported.
 * Bytes are decoded as decodeInventoryBytes says (pass bytes to have the
 * encoding detected; text that arrives already decoded cannot be checked).
 */
export function parseInventoryCsv(
  input: string | ArrayBuffer | Uint8Array,
  onProgress?: (fraction: number) => void,
): InventoryParse {
  const out: InventoryParse = {
    rooms: [],
    headerErrors: [],
    rowErrors: [],
    moreRowErrors: 0,
    dataRows: 0,
    encoding: 'text',
    notices: [],
  }
  const size = typeof input === 'string' ? input.length : input.byteLength
  if (size > MAX_INVENTORY_BYTES) {
    out.headerErrors.push(
      `The file is larger than ${MAX_INVENTORY_BYTES / 1_000_000} MB. Split it, or leave out columns the planner does not read.`,
    )
    return out
  }
  let text: string
  if (typeof input === 'string') {
    text = input.replace(/^\uFEFF/, '')
    if (text.includes('\uFFFD')) {
      out.notices.push(
        'Some characters of the file could not be read (shown as \uFFFD): it was probably not saved as UTF-8. Save it as "CSV UTF-8" and check it again.',
      )
    }
  } else {
    const decoded = decodeInventoryBytes(
      input instanceof Uint8Array ? input : new Uint8Array(input),
    )
    text = decoded.text
    out.encoding = decoded.encoding
    if (decoded.notice) out.notices.push(decoded.notice)
  }
  if (text.trim() === '') {
    out.headerErrors.push(
      `The file is empty. It needs a header row: ${INVENTORY_COLUMNS.join(',')}`,
    )
    return out
  }
  const addError = (row: number, message: string) => {
    if (out.rowErrors.length < MAX_REPORTED_ROW_ERRORS) out.rowErrors.push({ row, message })
    else out.moreRowErrors += 1
  }
  const newline = text.includes('\n') || !text.includes('\r') ? '\n' : '\r'
  const delimiter = detectDelimiter(text, newline)
  if (delimiter !== ',') {
    out.notices.push(`The columns of this file are separated by ${DELIMITER_NAMES[delimiter]}.`)
  }
  const cursor: Cursor = { text, delimiter, newline, nextQuote: text.indexOf('"') }
  let index: Columns | undefined
  let columns = 0
  let pos = 0
  let line = 1
  let records = 0
  while (pos < text.length) {
    const startLine = line
    const record = readRecord(cursor, pos)
    if ('error' in record) {
      // Report this row and carry on with the next line of the file.
      const nl = text.indexOf(newline, pos)
      pos = nl === -1 ? text.length : nl + 1
      line += 1
      if (!index) {
        out.headerErrors.push(`The header row (line ${startLine}) cannot be read: ${record.error}`)
        return out
      }
      out.dataRows += 1
      addError(startLine, record.error)
      continue
    }
    pos = record.next
    line += record.lines
    const fields = record.fields
    records += 1
    if (onProgress && records % 16_384 === 0) onProgress(Math.min(1, pos / text.length))
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
        return out
      }
      index = found as Columns
      continue
    }
    out.dataRows += 1
    if (out.rooms.length >= MAX_INVENTORY_ROOMS) {
      addError(
        startLine,
        `The planner reads at most ${MAX_INVENTORY_ROOMS.toLocaleString('en')} rooms; this row and the rest were not read.`,
      )
      continue
    }
    const row = readRow(fields, index, columns, startLine)
    if (typeof row === 'string') addError(startLine, row)
    else out.rooms.push(row)
  }
  onProgress?.(1)
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

/** Columns of the rooms-needing-action download. NOTE: released; add columns, never rename. */
export const ROOMS_CSV_COLUMNS = [
  'inventory_row',
  'flattened_name',
  'length',
  'rules',
  'clashes_with',
] as const

/**
 * The rooms needing action, as CSV, for download: starts with a byte-order mark
 * (so spreadsheets read non-ASCII names), and no cell runs as a formula.
 */
export function roomsToCsv(
  rows: {
    row: number
    flattenedName: string
    length: number
    ruleIds: string[]
    clashWith?: string
  }[],
): string {
  return toCsv(
    ROOMS_CSV_COLUMNS,
    rows.map((r) => [r.row, r.flattenedName, r.length, r.ruleIds.join(' '), r.clashWith ?? '']),
  )
}
