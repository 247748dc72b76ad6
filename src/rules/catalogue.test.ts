import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULE_IDS, RULES } from './catalogue'
import { SOURCES } from './sources'

const dir = import.meta.dirname
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'))
const read = (f: string) => readFileSync(join(dir, f), 'utf8')
const code = files
  .filter((f) => !f.includes('test'))
  .map(read)
  .join('\n')
const tests = files
  .filter((f) => f.endsWith('.test.ts'))
  .map(read)
  .join('\n')

describe('the rule catalogue', () => {
  it('has the 28 IDs of PRODUCT.md, in order', () => {
    expect(RULE_IDS).toEqual([
      ...['SRC-01', 'SRC-02', 'SRC-03', 'SRC-04', 'SRC-05', 'FOR-01', 'FOR-02'],
      ...['SQL-01', 'SQL-02', 'SQL-03', 'SQL-04', 'SQL-05'],
      ...['PC-01', 'PC-02', 'PC-03', 'PC-04', 'PC-05', 'PC-06'],
      ...['GC-01', 'GC-02', 'GC-03', 'GC-04', 'GC-05', 'GC-06', 'GC-07', 'GC-08', 'GC-09'],
    ])
  })
  it.each(RULE_IDS)('%s is raised by a check and has its own tests', (id) => {
    expect(code, `no check raises ${id}`).toContain(`'${id}',`)
    expect(tests, `no describeRule for ${id}`).toContain(`describeRule('${id}'`)
  })
  it('cites only known sources', () => {
    for (const rule of Object.values(RULES)) {
      for (const s of rule.sources) expect(SOURCES).toHaveProperty(s)
    }
  })
})
