import { describe, expect, it } from 'vitest'
import type { Answers } from '../rules/answers'
import { makeAnswers, makePchatPool } from '../rules/test-factory'
import { decodeDiscoveryBytes } from './bytes'
import { planSchema } from '../plan/plan'
import type { StoredPreflight, StoredPreflightResult } from '../rules/preflight'
import { makeReferencePlan as makePlan } from '../plan/test-plans'
import { buildPreflightScript, comparePreflight, PREFLIGHT_IDS, readPreflight } from './preflight'
import { LABELLED } from './test/hostile-values'
import { readOnlyViolations, shape, tokenizePs } from './test/ps-tokens'
import { fixtureBytes } from './test/xml-parser'

const answers = makeAnswers()

describe('readPreflight', () => {
  const read = () => {
    const decoded = decodeDiscoveryBytes(fixtureBytes('preflight.json'))
    if (!decoded.ok) throw new Error(decoded.problem.message)
    const result = readPreflight(decoded.text)
    if (!result.ok) throw new Error(result.problem.message)
    return result
  }
  it('keeps each known result, in ID order, and lists the unknown ones', () => {
    const { preflight, ignored } = read()
    expect(preflight.results.map((r) => [r.id, r.status])).toEqual([
      ['PRE-FLIGHT-01', 'pass'],
      ['PRE-FLIGHT-02', 'fail'],
      ['PRE-FLIGHT-03', 'pass'],
      ['PRE-FLIGHT-04', 'fail'],
      ['PRE-FLIGHT-05', 'pass'],
      ['PRE-FLIGHT-06', 'manual'],
      ['PRE-FLIGHT-07', 'fail'],
      ['PRE-FLIGHT-08', 'unknown'],
    ])
    expect(preflight.computer).toBe('LYNC13FE1')
    expect(ignored).toEqual(['PRE-FLIGHT-99'])
  })
  it('keeps the count and the names', () => {
    const r = read().preflight.results.find((x) => x.id === 'PRE-FLIGHT-07')
    expect(r).toMatchObject({
      count: 2,
      items: ['sip:admin1@contoso.com', 'sip:admin2@contoso.com'],
    })
  })
  it('caps the names it keeps, never the count, and bounds every text as the plan does', () => {
    const items = Array.from({ length: 500 }, (_, i) => `sip:u${i}@contoso.com${'x'.repeat(i)}`)
    const text = JSON.stringify({
      format: 'lync-planner-preflight',
      version: 1,
      computer: 'C'.repeat(500),
      checks: [
        { id: 'PRE-FLIGHT-07', status: 'fail', detail: 'd'.repeat(5000), count: 500, items },
      ],
    })
    const r = readPreflight(text)
    if (!r.ok) throw new Error(r.problem.message)
    const [first] = r.preflight.results
    expect(first).toMatchObject({ count: 500 })
    expect(first?.items).toHaveLength(50)
    // What the reader keeps always fits the plan's schema.
    const plan = {
      ...makePlan(),
      preflight: { importedAt: new Date().toISOString(), ...r.preflight },
    }
    expect(planSchema.safeParse(plan).success).toBe(true)
  })
  it.each([
    ['not JSON', '<x/>', 'not-json'],
    [
      'an OCS discovery file',
      '{"format":"lync-planner-ocs-discovery","version":1}',
      'wrong-format',
    ],
    [
      'an unknown status',
      '{"format":"lync-planner-preflight","version":1,"checks":[{"id":"PRE-FLIGHT-01","status":"ok","detail":""}]}',
      'wrong-format',
    ],
  ])('refuses %s', (_n, text, kind) => {
    const r = readPreflight(text)
    expect(r.ok ? 'ok' : r.problem.kind).toBe(kind)
  })
})

describe('comparePreflight', () => {
  const stored = (results: StoredPreflightResult[]): StoredPreflight => ({
    importedAt: '2026-12-01T10:00:00.000Z',
    results,
  })
  it('says what is new, changed, resolved, the same and gone', () => {
    const before = stored([
      { id: 'PRE-FLIGHT-01', status: 'fail', detail: 'timeout' },
      { id: 'PRE-FLIGHT-02', status: 'pass', detail: 'ok' },
      { id: 'PRE-FLIGHT-03', status: 'pass', detail: 'ok' },
      { id: 'PRE-FLIGHT-05', status: 'pass', detail: 'ok' },
    ])
    const after = {
      results: [
        { id: 'PRE-FLIGHT-01', status: 'pass', detail: 'ok' },
        { id: 'PRE-FLIGHT-02', status: 'fail', detail: 'refused' },
        { id: 'PRE-FLIGHT-03', status: 'pass', detail: 'ok' },
        { id: 'PRE-FLIGHT-04', status: 'fail', detail: 'no rights' },
      ] satisfies StoredPreflightResult[],
    }
    expect(comparePreflight(before, after).map((c) => [c.id, c.kind])).toEqual([
      ['PRE-FLIGHT-01', 'resolved'],
      ['PRE-FLIGHT-02', 'changed'],
      ['PRE-FLIGHT-03', 'same'],
      ['PRE-FLIGHT-04', 'new'],
      ['PRE-FLIGHT-05', 'gone'],
    ])
  })
  it('finds every result new when the plan has none', () => {
    const after = { results: [{ id: 'PRE-FLIGHT-06', status: 'manual' as const, detail: '' }] }
    expect(comparePreflight(undefined, after)).toEqual([
      { id: 'PRE-FLIGHT-06', kind: 'new', after: 'manual' },
    ])
  })
})

describe('buildPreflightScript', () => {
  const withValue = (value: string): Answers =>
    makeAnswers({
      groupChat: {
        ...(answers.groupChat as NonNullable<Answers['groupChat']>),
        sqlInstance: value,
        database: value,
        lookupUri: value,
      },
      pools: {
        lyncPools: answers.pools?.lyncPools ?? [],
        pchatPools: [makePchatPool({ storeInstance: value, fileStore: value })],
      },
      source: { ...(answers.source as NonNullable<Answers['source']>), products: ['ocs2007r2'] },
    })
  it('starts with a byte-order mark, only reads, and writes only its output file', () => {
    const text = buildPreflightScript(answers)
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(readOnlyViolations(tokenizePs(text))).toEqual([])
  })
  it('has a check for every ID (PRE-FLIGHT-09 only for an OCS 2007 R2 source)', () => {
    const lync = buildPreflightScript(answers)
    const ocs = buildPreflightScript(withValue('x'))
    for (const id of PREFLIGHT_IDS) expect(ocs).toContain(`'${id}'`)
    expect(lync).not.toContain("'PRE-FLIGHT-09'")
  })
  it('reports "unknown" for what the plan does not name', () => {
    const text = buildPreflightScript({})
    expect(text).toContain("$GroupChatSql = ''")
    expect(readOnlyViolations(tokenizePs(text))).toEqual([])
  })
  it.each(LABELLED)('tokenises cleanly with %s in every plan value', (_label, value) => {
    const tokens = tokenizePs(buildPreflightScript(withValue(value)))
    expect(shape(tokens)).toEqual(
      shape(tokenizePs(buildPreflightScript(withValue('sql01.contoso.com')))),
    )
    expect(readOnlyViolations(tokens)).toEqual([])
    const assigned = (name: string) => tokens[tokens.findIndex((t) => t.text === name) + 2]?.value
    for (const name of [
      '$GroupChatSql',
      '$GroupChatDatabase',
      '$PchatSql',
      '$FileStore',
      '$LookupUri',
    ]) {
      expect(assigned(name)).toBe(value.trim())
    }
  })
})
