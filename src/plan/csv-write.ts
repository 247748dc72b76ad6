// Writing CSV that spreadsheets open safely: every text cell that a spreadsheet
// would run as a formula is neutralised, and the file starts with a byte-order
// mark so Excel reads it as UTF-8 (non-ASCII names stay as they are).

/** The byte-order mark: a Blob of text starting with it is UTF-8 with BOM. */
export const BOM = '\uFEFF'

/**
 * Characters that make a spreadsheet read a cell as a formula (=, +, -, @) or
 * that it drops before looking (tab, carriage return); OWASP's list for CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A text cell made inert: one starting like a formula gets a leading apostrophe,
 * which spreadsheets show as text and do not evaluate (`=HYPERLINK(...)` is shown
 * as `'=HYPERLINK(...)`). Other text is returned unchanged.
 */
export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/**
 * One CSV cell: text is made formula-safe, then quoted when it holds a comma,
 * a quote or a line break (quotes doubled, RFC 4180). Numbers are written as numbers.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value)
  const safe = formulaSafe(value)
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** A whole CSV file: BOM, header, rows; lines end with CRLF as RFC 4180 says. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','))
  return BOM + lines.join('\r\n')
}
