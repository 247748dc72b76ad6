import { describe, expect, it } from 'vitest'
import type { Answers } from '../rules/answers'
import { decodeDiscoveryBytes } from './bytes'
import { buildOcsDiscoveryScript, readOcsDiscovery } from './ocs'
import type { ProposedAnswer } from './proposal'
import { readLegacyBackend } from './sql-ref'
import { LABELLED } from './test/hostile-values'
import { readOnlyViolations, shape, tokenizePs } from './test/ps-tokens'
import { fixtureBytes } from './test/xml-parser'

const asMap = (answers: ProposedAnswer[]) =>
  Object.fromEntries(answers.map((a) => [a.path, a.value]))

function readFixture() {
  const decoded = decodeDiscoveryBytes(fixtureBytes('ocs-discovery.json'))
  if (!decoded.ok) throw new Error(decoded.problem.message)
  const result = readOcsDiscovery(decoded.text)
  if (!result.ok) throw new Error(result.problem.message)
  return result
}

describe('readLegacyBackend', () => {
  it.each([
    ['(local)\\rtc', 'se01.contoso.com', 'se01.contoso.com\\rtc', true],
    ['(LOCAL)\\RTC', 'se01.contoso.com', 'se01.contoso.com\\RTC', true],
    ['SQL01\\rtc', 'pool.contoso.com', 'sql01.contoso.com\\rtc', true],
    ['sql01', 'pool.contoso.com', 'sql01.contoso.com', true],
    ['sql01.fabrikam.com\\rtc', 'pool.contoso.com', 'sql01.fabrikam.com\\rtc', false],
    ['SQL01.fabrikam.com', 'pool.contoso.com', 'sql01.fabrikam.com', false],
  ])('%s on %s is %s', (raw, pool, ref, noted) => {
    const backend = readLegacyBackend(raw, pool)
    expect(backend?.ref).toBe(ref)
    expect(backend?.note !== undefined).toBe(noted)
  })
  it.each(['', 'a\\b\\c', 'not a name!\\rtc'])('refuses %j', (raw) => {
    expect(readLegacyBackend(raw, 'pool.contoso.com')).toBeUndefined()
  })
})

describe('readOcsDiscovery', () => {
  it('fills exactly the expected answers from the fixture', () => {
    const result = readFixture()
    expect(asMap(result.answers)).toEqual({
      'source.products': ['ocs2007r2'],
      'source.legacyPools.0.fqdn': 'ocsee.contoso.com',
      'source.legacyPools.0.product': 'ocs2007r2',
      'source.legacyPools.0.edition': 'enterprise',
      'source.legacyPools.0.sqlInstance': 'sqlocs.contoso.com\\rtc',
      'source.legacyPools.1.fqdn': 'ocsee2.contoso.com',
      'source.legacyPools.1.product': 'ocs2007r2',
      'source.legacyPools.1.edition': 'enterprise',
      'source.legacyPools.1.sqlInstance': 'sqlocs2.contoso.com',
      'source.legacyPools.2.fqdn': 'ocsse.contoso.com',
      'source.legacyPools.2.product': 'ocs2007r2',
      'source.legacyPools.2.edition': 'standard',
      'source.legacyPools.2.sqlInstance': 'ocsse.contoso.com\\rtc',
      'forest.sipDomains.0.domain': 'contoso.com',
      'forest.sipDomains.1.domain': 'litware.com',
      'sql.instances.0.server': 'ocsse.contoso.com',
      'sql.instances.0.instance': 'rtc',
      'sql.instances.0.roles': ['legacy-backend'],
      'sql.instances.1.server': 'sqlocs.contoso.com',
      'sql.instances.1.instance': 'rtc',
      'sql.instances.1.roles': ['legacy-backend'],
      'sql.instances.2.server': 'sqlocs2.contoso.com',
      'sql.instances.2.instance': '',
      'sql.instances.2.roles': ['legacy-backend'],
    })
    expect(result.answers.every((a) => a.source === 'ocs-discovery')).toBe(true)
    expect(result.answers.find((a) => a.path === 'source.legacyPools.0.sqlInstance')).toMatchObject(
      {
        inferred: true,
        label: expect.stringContaining('NetBIOS name SQLOCS'),
      },
    )
    expect(result.schemaVersion).toBe(1008)
    expect(result.scriptProblems).toHaveLength(1)
  })
  it('tells OCS 2007 from OCS 2007 R2 by the schema version (SRC-01)', () => {
    const file = (rangeUpper: number, major: number | null) =>
      JSON.stringify({
        format: 'lync-planner-ocs-discovery',
        version: 1,
        pools: [
          {
            PoolFQDN: 'ocs.contoso.com',
            BackEndDBPath: '(local)\\rtc',
            PoolType: '1',
            MajorVersion: major,
          },
        ],
        domains: [],
        versions: [],
        schema: { rangeUpper, rangeLower: 3 },
        problems: [],
      })
    const products = (text: string) => {
      const r = readOcsDiscovery(text)
      return r.ok ? r.answers.find((a) => a.path === 'source.products')?.value : r.problem.kind
    }
    expect(products(file(1007, null))).toEqual(['ocs2007'])
    expect(products(file(1007, 4))).toEqual(['ocs2007'])
    expect(products(file(1008, null))).toEqual(['ocs2007r2'])
    expect(products(file(1150, 4))).toEqual(['ocs2007r2'])
    expect(products(file(1150, null))).toBeUndefined()
  })
  it.each([
    ['not JSON', 'hello', 'not-json'],
    ['another JSON file', '{"a":1}', 'wrong-format'],
    ['a topology', '<Topology/>', 'not-json'],
  ])('refuses %s', (_name, text, kind) => {
    const r = readOcsDiscovery(text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problem.kind).toBe(kind)
  })
})

describe('buildOcsDiscoveryScript', () => {
  const plan = (fqdn: string): Answers =>
    ({
      source: {
        products: ['ocs2007r2'],
        legacyPools: [{ fqdn, product: 'ocs2007r2', edition: 'standard', sqlInstance: '' }],
      },
    }) as unknown as Answers
  it('starts with a byte-order mark and only reads', () => {
    const text = buildOcsDiscoveryScript(plan('ocsse.contoso.com'))
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(readOnlyViolations(tokenizePs(text))).toEqual([])
    expect(text).toContain("'MSFT_SIPPoolSetting'")
    expect(text).toContain('CN=ms-RTC-SIP-SchemaVersion')
  })
  it('reads this computer when the plan names no OCS pool', () => {
    expect(buildOcsDiscoveryScript({})).toContain("$Computers = @('.')")
  })
  it.each(LABELLED)('tokenises cleanly with %s as a pool name', (_label, value) => {
    const tokens = tokenizePs(buildOcsDiscoveryScript(plan(value)))
    expect(shape(tokens)).toEqual(
      shape(tokenizePs(buildOcsDiscoveryScript(plan('ocsse.contoso.com')))),
    )
    expect(readOnlyViolations(tokens)).toEqual([])
    const computers = tokens.findIndex((t) => t.text === '$Computers')
    expect(tokens[computers + 3]?.value).toBe(value.trim().toLowerCase().replace(/\.$/, ''))
  })
})
