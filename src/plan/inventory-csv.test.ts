import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeRooms } from '../rules/rooms'
import { generateInventoryCsv } from '../../scripts/generate-inventory'
import { MAX_REPORTED_ROW_ERRORS, parseInventoryCsv, roomsToCsv } from './inventory-csv'

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

describe('roomsToCsv', () => {
  it('writes the rooms needing action, quoting what needs it', () => {
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
      'inventory_row,flattened_name,length,rules,clashes_with\r\n3,"A/B, ""c""",8,GC-08 GC-04,"a/b, ""C"""',
    )
  })
})
