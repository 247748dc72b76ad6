import fc from 'fast-check'
import pkg from 'node-sql-parser'
import { describe, expect, it } from 'vitest'
import { INVENTORY_COLUMNS, parseInventoryCsv } from '../plan/inventory-csv'
import type { CompanionQueryId, QueryResult } from './group-chat-sql'
import {
  COMPANION_QUERIES,
  companionQuery,
  INVENTORY_EXTRA_COLUMNS,
  roomInventoryQuery,
  roomInventoryScript,
  sqlWrapperScript,
  tsqlIdentifier,
  tsqlString,
} from './group-chat-sql'
import { LABELLED } from './test/hostile-values'
import { readOnlyViolations, shape, tokenizePs } from './test/ps-tokens'
import { nonSelectParts, plainForParser, tokenizeTsql } from './test/tsql'

const parser = new pkg.Parser()
const BENIGN = 'gcdb'
const QUERIES: [string, (db: string) => QueryResult][] = [
  ['room inventory', roomInventoryQuery],
  ...COMPANION_QUERIES.map((q): [string, (db: string) => QueryResult] => [
    q.id,
    (db) => companionQuery(q.id as CompanionQueryId, db),
  ]),
]
const textOf = (r: QueryResult) => {
  if (!r.ok) throw new Error(r.message)
  return r.text
}
const astOf = (sql: string, database: string) => {
  const { text, hint } = plainForParser(sql, (name) => (name === database.trim() ? BENIGN : name))
  expect(['', 'OPTION (MAXRECURSION 32767)']).toContain(hint)
  return parser.astify(text, { database: 'TransactSQL' })
}

describe('T-SQL quoting', () => {
  it('reads back any name and any string exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom("'", ']', '[', 'N', '-', '\n', '’', '\u0000', '😀'),
            fc.string({ unit: 'grapheme-ascii', maxLength: 1 }),
          ),
        }),
        (value) => {
          const [name] = tokenizeTsql(tsqlIdentifier(value))
          const [str] = tokenizeTsql(tsqlString(value))
          return name?.value === value && str?.value === value
        },
      ),
      { numRuns: 1000 },
    )
  })
  it('doubles the closing bracket and the single quote', () => {
    expect(tsqlIdentifier('a]b')).toBe('[a]]b]')
    expect(tsqlString("it's")).toBe("N'it''s'")
  })
})

describe.each(QUERIES)('%s query', (_name, build) => {
  it('parses as T-SQL and holds only SELECT (with WITH)', () => {
    const ast = astOf(textOf(build(BENIGN)), BENIGN)
    expect(nonSelectParts(ast)).toEqual([])
  })
  it.each(LABELLED)('keeps the database name %s inside one quoted name', (_label, database) => {
    const hostile = tokenizeTsql(textOf(build(database)))
    const benign = tokenizeTsql(textOf(build(BENIGN)))
    expect(
      hostile.map((t) => (t.kind === 'name' && t.value === database.trim() ? 'DB' : t.text)),
    ).toEqual(benign.map((t) => (t.kind === 'name' && t.value === BENIGN ? 'DB' : t.text)))
    expect(nonSelectParts(astOf(textOf(build(database)), database))).toEqual([])
  })
  it('asks for the database name rather than guess it', () => {
    expect(build('  ').ok).toBe(false)
  })
})

describe('room inventory query', () => {
  it('returns exactly the inventory columns, then the documented extra columns', () => {
    const ast = astOf(textOf(roomInventoryQuery(BENIGN)), BENIGN) as unknown as {
      columns: { as: string }[]
    }
    expect(ast.columns.map((c) => c.as)).toEqual([...INVENTORY_COLUMNS, ...INVENTORY_EXTRA_COLUMNS])
  })
  it('walks the tree from the root, leaving out its self-parent row', () => {
    const sql = textOf(roomInventoryQuery(BENIGN))
    expect(sql).toContain('WHERE n.nodeID = 1')
    expect(sql).toContain('c.nodeID <> c.parentID')
    expect(sql).toMatch(/COALESCE\(CAST\(c\.invite AS int\), p\.effectiveInvite\)/)
    expect(sql).toContain('pt.ptypeIsFederated = 1')
  })
  it('says which schema it was written for', () => {
    expect(textOf(roomInventoryQuery(BENIGN))).toMatch(
      /Lync Server 2010 Group Chat.*OCS 2007 R2.*UNCONFIRMED/,
    )
  })
})

describe('what the wrapper writes', () => {
  it('is read by the inventory import as it is: every field quoted, a BOM, CRLF, extra columns', () => {
    // The wrapper quotes every field and doubles quotes; Out-File -Encoding UTF8 adds the BOM.
    const field = (v: string) => `"${v.replace(/"/g, '""')}"`
    const header = [...INVENTORY_COLUMNS, ...INVENTORY_EXTRA_COLUMNS].map(field).join(',')
    const row = [
      'Sales/EMEA',
      'Leads, "hot"',
      'off',
      'no',
      '2',
      '4',
      '2',
      'inherit',
      '2',
      '2010-05-01T09:30:00',
      'no',
    ]
    const parsed = parseInventoryCsv(`\uFEFF${header}\r\n${row.map(field).join(',')}\r\n`)
    expect(parsed.headerErrors).toEqual([])
    expect(parsed.rowErrors).toEqual([])
    expect(parsed.rooms).toEqual([
      {
        path: ['Sales', 'EMEA'],
        name: 'Leads, "hot"',
        invitations: false,
        disabled: false,
        federated: 2,
        row: 2,
      },
    ])
  })
})

describe('the read-only checks bite', () => {
  it.each([
    'UPDATE t SET a = 1',
    'DELETE FROM t',
    'SELECT a INTO t2 FROM t',
    'SELECT a FROM t; DROP TABLE t',
    'INSERT INTO t (a) VALUES (1)',
  ])('%s is caught', (sql) => {
    expect(nonSelectParts(parser.astify(sql, { database: 'TransactSQL' }))).not.toEqual([])
  })
  it.each([
    'Remove-Item x',
    'Invoke-Sqlcmd -Query q',
    'Set-Content -Path p -Value v',
    '$c.ExecuteNonQuery()',
    'Out-File -FilePath other.txt',
  ])('PowerShell %s is caught', (script) => {
    expect(readOnlyViolations(tokenizePs(script))).not.toEqual([])
  })
})

describe('PowerShell wrapper', () => {
  const script = (sqlInstance: string, database: string) => {
    const r = roomInventoryScript(sqlInstance, database)
    if (!r.ok) throw new Error(r.message)
    return r.text
  }
  it('starts with a byte-order mark and runs only reading commands', () => {
    const text = script('sql01.contoso.com\\gc', BENIGN)
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(readOnlyViolations(tokenizePs(text))).toEqual([])
    expect(text).toContain("'Integrated Security'] = $true")
  })
  it.each(LABELLED)('tokenises cleanly with %s as instance and database', (_label, value) => {
    const tokens = tokenizePs(script(value, value))
    expect(shape(tokens)).toEqual(shape(tokenizePs(script('sql01.contoso.com\\gc', BENIGN))))
    expect(readOnlyViolations(tokens)).toEqual([])
    const assigned = (name: string) => tokens[tokens.findIndex((t) => t.text === name) + 2]?.value
    expect(assigned('$Server')).toBe(value.trim())
    expect(assigned('$Database')).toBe(value.trim())
    expect(assigned('$Query')).toBe(textOf(roomInventoryQuery(value)))
  })
  it('wraps any companion query the same way', () => {
    for (const q of COMPANION_QUERIES) {
      const text = sqlWrapperScript({
        title: q.title,
        sqlInstance: 'sql01',
        database: BENIGN,
        sql: textOf(companionQuery(q.id, BENIGN)),
        fileName: q.fileName,
      })
      expect(readOnlyViolations(tokenizePs(text))).toEqual([])
    }
  })
})
