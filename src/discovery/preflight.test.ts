import { describe, expect, it } from 'vitest'
import type { Answers } from '../rules/answers'
import { makeAnswers, makePchatPool } from '../rules/test-factory'
import { decodeDiscoveryBytes } from './bytes'
import { buildPreflightScript, PREFLIGHT_IDS, readPreflight } from './preflight'
import { LABELLED } from './test/hostile-values'
import { readOnlyViolations, shape, tokenizePs } from './test/ps-tokens'
import { fixtureBytes } from './test/xml-parser'

const answers = makeAnswers()

describe('readPreflight', () => {
  const read = () => {
    const decoded = decodeDiscoveryBytes(fixtureBytes('preflight.json'))
    if (!decoded.ok) throw new Error(decoded.problem.message)
    const result = readPreflight(decoded.text, answers)
    if (!result.ok) throw new Error(result.problem.message)
    return result
  }
  it('turns each known result into a finding with its stable ID', () => {
    const { findings, ignored } = read()
    expect(findings.map((f) => [f.id, f.status, f.severity])).toEqual([
      ['PRE-FLIGHT-01', 'pass', 'info'],
      ['PRE-FLIGHT-02', 'fail', 'blocker'],
      ['PRE-FLIGHT-03', 'pass', 'info'],
      ['PRE-FLIGHT-04', 'fail', 'warning'],
      ['PRE-FLIGHT-05', 'pass', 'info'],
      ['PRE-FLIGHT-06', 'manual', 'info'],
      ['PRE-FLIGHT-07', 'fail', 'warning'],
      ['PRE-FLIGHT-08', 'unknown', 'info'],
    ])
    expect(ignored).toEqual(['PRE-FLIGHT-99'])
  })
  it('ties a result to the answer it is about', () => {
    const { findings } = read()
    expect(findings.find((f) => f.id === 'PRE-FLIGHT-01')?.path).toBe('groupChat.sqlInstance')
    expect(findings.find((f) => f.id === 'PRE-FLIGHT-02')?.path).toBe(
      'pools.pchatPools.0.storeInstance',
    )
    expect(findings.find((f) => f.id === 'PRE-FLIGHT-07')?.path).toBeUndefined()
  })
  it('keeps the count and the names, and says what to do', () => {
    const f = read().findings.find((x) => x.id === 'PRE-FLIGHT-07')
    expect(f).toMatchObject({
      count: 2,
      items: ['sip:admin1@contoso.com', 'sip:admin2@contoso.com'],
    })
    expect(f?.message).toContain('Insufficient access rights')
  })
  it('caps the names it keeps, never the count', () => {
    const items = Array.from({ length: 500 }, (_, i) => `sip:u${i}@contoso.com`)
    const text = JSON.stringify({
      format: 'lync-planner-preflight',
      version: 1,
      checks: [{ id: 'PRE-FLIGHT-07', status: 'fail', detail: '', count: 500, items }],
    })
    const r = readPreflight(text, answers)
    expect(r.ok && r.findings[0]).toMatchObject({ count: 500 })
    expect(r.ok && r.findings[0]?.items).toHaveLength(50)
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
    const r = readPreflight(text, answers)
    expect(r.ok ? 'ok' : r.problem.kind).toBe(kind)
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
