import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { makeAnswers } from '../rules/test-factory'
import type { Checklist } from './build-checklist'
import { buildChecklist, checklistItems } from './build-checklist'
import { CHECKLIST_CSV_HEADER, checklistCsv } from './export-csv'
import { commandText } from './markdown'

const read = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { header: false })

describe('checklistCsv', () => {
  const checklist = buildChecklist(makeAnswers())
  const csv = checklistCsv(checklist, ['PRE-01', 'EXP-02'])
  const { data, errors } = read(csv)

  it('starts with a byte-order mark and parses with the tracker columns, one row per item', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(errors).toEqual([])
    expect(data[0]).toEqual([...CHECKLIST_CSV_HEADER])
    expect(data[0]).toEqual(['Item ID', 'Section', 'Title', 'Command', 'Done', 'Owner', 'Date'])
    const items = checklistItems(checklist)
    expect(data.slice(1).map((r) => r[0])).toEqual(items.map((i) => i.id))
    for (const row of data.slice(1)) expect(row).toHaveLength(7)
  })

  it('holds each command as shown, and the ticks as yes or no', () => {
    const exp02 = data.find((r) => r[0] === 'EXP-02')!
    const item = checklistItems(checklist).find((i) => i.id === 'EXP-02')!
    expect(exp02[1]).toBe('Export and import')
    expect(exp02[3]).toBe(commandText(item).replace(/\n/g, '\r\n').replace(/\r\n/g, '\n'))
    expect(exp02[4]).toBe('yes')
    expect(data.find((r) => r[0] === 'PRE-02')![4]).toBe('no')
  })

  it('writes no cell that a spreadsheet would run as a formula', () => {
    const item = checklistItems(checklist)[0]!
    const hostile: Checklist = {
      ...checklist,
      sections: [
        {
          id: 'prerequisites',
          heading: '@SUM(A1)',
          items: [{ ...item, id: 'PRE-01', title: '=HYPERLINK("x")', commands: ['-1+2', '+cmd'] }],
        },
      ],
    }
    const rows = read(checklistCsv(hostile, [])).data.slice(1)
    expect(rows[0]).toEqual([
      'PRE-01',
      "'@SUM(A1)",
      '\'=HYPERLINK("x")',
      "'-1+2\n+cmd",
      'no',
      '',
      '',
    ])
    for (const cell of rows.flat()) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/)
  })
})
