import { describe, expect, it } from 'vitest'
import { decodeDiscoveryBytes } from './bytes'
import type { ProposedAnswer } from './proposal'
import { fixtureBytes, parseXml } from './test/xml-parser'
import { NS_TOPOLOGY, readTopology } from './topology'

function importFixture(name: string) {
  const decoded = decodeDiscoveryBytes(fixtureBytes(name))
  if (!decoded.ok) throw new Error(decoded.problem.message)
  const result = readTopology(decoded.text, parseXml)
  if (!result.ok) throw new Error(result.problem.message)
  return result
}
const asMap = (answers: ProposedAnswer[]) =>
  Object.fromEntries(answers.map((a) => [a.path, a.value]))
const inferredPaths = (answers: ProposedAnswer[]) =>
  answers.filter((a) => a.inferred).map((a) => a.path)

const LYNC_2010_ANSWERS = {
  'source.products': ['lync2010'],
  'source.legacyPools.0.fqdn': 'pool01.contoso.com',
  'source.legacyPools.0.product': 'lync2010',
  'source.legacyPools.0.edition': 'enterprise',
  'source.legacyPools.0.sqlInstance': 'sql01.contoso.com\\rtc',
  'source.legacyPools.1.fqdn': 'se01.contoso.com',
  'source.legacyPools.1.product': 'lync2010',
  'source.legacyPools.1.edition': 'standard',
  'source.legacyPools.1.sqlInstance': 'se01.contoso.com\\rtc',
  'forest.sipDomains.0.domain': 'contoso.com',
  'forest.sipDomains.1.domain': 'fabrikam.com',
  'sql.instances.0.server': 'se01.contoso.com',
  'sql.instances.0.instance': 'rtc',
  'sql.instances.0.roles': ['legacy-backend'],
  'sql.instances.1.server': 'sql01.contoso.com',
  'sql.instances.1.instance': 'rtc',
  'sql.instances.1.roles': ['legacy-backend', 'other'],
  'sql.instances.2.server': 'sql02.contoso.com',
  'sql.instances.2.instance': '',
  'sql.instances.2.roles': ['other'],
}

describe('readTopology: Lync Server 2010 published topology', () => {
  it.each(['lync2010-published.utf16.xml', 'lync2010-published.utf8.xml'])(
    '%s fills exactly the expected answers',
    (name) => {
      const result = importFixture(name)
      expect(result.format).toBe('published')
      expect(asMap(result.answers)).toEqual(LYNC_2010_ANSWERS)
      expect(inferredPaths(result.answers)).toEqual([
        'source.products',
        'source.legacyPools.0.product',
        'source.legacyPools.0.edition',
        'source.legacyPools.1.product',
        'source.legacyPools.1.edition',
      ])
      expect(result.answers.every((a) => a.source === 'topology')).toBe(true)
    },
  )
  it('offers the trusted application pools as Group Chat candidates, and picks none', () => {
    const result = importFixture('lync2010-published.utf16.xml')
    expect(result.groupChatCandidates).toEqual([
      { fqdn: 'app01.contoso.com' },
      { fqdn: 'gc01.contoso.com', homePool: 'pool01.contoso.com' },
    ])
    expect(result.answers.some((a) => a.path.startsWith('groupChat.'))).toBe(false)
  })
  it('shows a default instance as the server alone, never with a trailing backslash', () => {
    const result = importFixture('lync2010-published.utf8.xml')
    expect(result.answers.some((a) => typeof a.value === 'string' && a.value.endsWith('\\'))).toBe(
      false,
    )
    expect(result.answers.find((a) => a.path === 'sql.instances.2.instance')?.label).toContain(
      'sql02.contoso.com (default instance)',
    )
  })
})

describe('readTopology: Topology Builder document', () => {
  it('fills exactly the expected answers, the default instance included', () => {
    const result = importFixture('fabrikam.tbxml')
    expect(result.format).toBe('tbxml')
    expect(asMap(result.answers)).toEqual({
      'source.products': ['lync2010'],
      'source.legacyPools.0.fqdn': 'lyncpool.fabrikam.com',
      'source.legacyPools.0.product': 'lync2010',
      'source.legacyPools.0.edition': 'enterprise',
      'source.legacyPools.0.sqlInstance': 'xsql1.fabrikam.com',
      'forest.sipDomains.0.domain': 'fabrikam.com',
      'sql.instances.0.server': 'xsql1.fabrikam.com',
      'sql.instances.0.instance': '',
      'sql.instances.0.roles': ['legacy-backend'],
    })
    expect(result.groupChatCandidates).toEqual([{ fqdn: 'chat.fabrikam.com' }])
  })
})

describe('readTopology: Lync Server 2013 topology mid-migration', () => {
  it('tells the legacy pool from the Lync Server 2013 and Persistent Chat pools', () => {
    const result = importFixture('lync2013-midmigration.xml')
    expect(asMap(result.answers)).toEqual({
      'source.products': ['lync2010'],
      'source.legacyPools.0.fqdn': 'pool01.contoso.com',
      'source.legacyPools.0.product': 'lync2010',
      'source.legacyPools.0.edition': 'enterprise',
      'source.legacyPools.0.sqlInstance': 'sql01.contoso.com\\rtc',
      'forest.sipDomains.0.domain': 'contoso.com',
      'sql.instances.0.server': 'sql01.contoso.com',
      'sql.instances.0.instance': 'rtc',
      'sql.instances.0.roles': ['legacy-backend'],
      'sql.instances.1.server': 'sql13.contoso.com',
      'sql.instances.1.instance': 'lync',
      'sql.instances.1.roles': ['lync-backend', 'other'],
      'sql.instances.2.server': 'sql13.contoso.com',
      'sql.instances.2.instance': 'pchat',
      'sql.instances.2.roles': ['pchat-store'],
      'sql.instances.3.server': 'sql13.contoso.com',
      'sql.instances.3.instance': 'pcomp',
      'sql.instances.3.roles': ['pchat-compliance'],
      'pools.lyncPools.0.fqdn': 'pool13.contoso.com',
      'pools.lyncPools.0.edition': 'enterprise',
      'pools.lyncPools.0.sqlInstance': 'sql13.contoso.com\\lync',
      'pools.pchatPools.0.fqdn': 'pchat.contoso.com',
      'pools.pchatPools.0.homePool': 'pool13.contoso.com',
      'pools.pchatPools.0.poolType': 'multi',
      'pools.pchatPools.0.storeInstance': 'sql13.contoso.com\\pchat',
      'pools.pchatPools.0.compliance': 'yes',
      'pools.pchatPools.0.complianceInstance': 'sql13.contoso.com\\pcomp',
      'pools.pchatPools.0.fileStore': '\\\\fs13.contoso.com\\pchatfiles',
    })
    expect(result.groupChatCandidates).toEqual([
      { fqdn: 'gc01.contoso.com', homePool: 'pool01.contoso.com' },
    ])
    expect(result.unknownRoles).toEqual(['SomeFutureRole'])
  })
})

describe('readTopology: version inference', () => {
  const doc = (sites: string, clusters: string, services: string) =>
    `<Topology xmlns="${NS_TOPOLOGY}"><Sites>${sites}</Sites><Clusters>${clusters}</Clusters><Services>${services}</Services></Topology>`
  const cluster = (n: number, fqdn: string, site = 1) =>
    `<Cluster Fqdn="${fqdn}"><ClusterId SiteId="${site}" Number="${n}"/><Machine Fqdn="${fqdn}"/></Cluster>`
  const userServices = (n: number, version: number, site = 1) =>
    `<Service ServiceVersion="${version}"><ServiceId SiteId="${site}" RoleName="UserServices" Instance="${n}"/><InstalledOn><ClusterId SiteId="${site}" Number="${n}"/></InstalledOn></Service>`
  const read = (text: string) => {
    const r = readTopology(text, parseXml)
    if (!r.ok) throw new Error(r.problem.message)
    return r
  }
  it('reads pools merged into the BackCompatSite as OCS 2007 R2', () => {
    const r = read(
      doc(
        '<CentralSite SiteId="1"><Name>Redmond</Name></CentralSite><CentralSite SiteId="2"><Name>BackCompatSite</Name></CentralSite>',
        cluster(1, 'pool13.contoso.com') + cluster(2, 'ocspool.contoso.com', 2),
        userServices(1, 6) + userServices(2, 6, 2),
      ),
    )
    expect(asMap(r.answers)).toMatchObject({
      'source.products': ['ocs2007r2'],
      'source.legacyPools.0.fqdn': 'ocspool.contoso.com',
      'source.legacyPools.0.product': 'ocs2007r2',
      'pools.lyncPools.0.fqdn': 'pool13.contoso.com',
    })
    expect(r.summary.join(' ')).toContain('BackCompatSite')
  })
  it('reads a document of one newer version as Lync Server 2013 pools only', () => {
    const r = read(
      doc(
        '<CentralSite SiteId="1"><Name>A</Name></CentralSite>',
        cluster(1, 'pool13.contoso.com'),
        userServices(1, 6),
      ),
    )
    expect(Object.keys(asMap(r.answers))).toEqual(['pools.lyncPools.0.fqdn'])
  })
})
