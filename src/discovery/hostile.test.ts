import { describe, expect, it } from 'vitest'
import { decodeDiscoveryBytes, MAX_DISCOVERY_BYTES } from './bytes'
import type { DiscoveryProblemKind } from './problems'
import { parseXml } from './test/xml-parser'
import { MAX_TOPOLOGY_POOLS, NS_TOPOLOGY, readTopology } from './topology'

const utf8 = (text: string) => new TextEncoder().encode(text)

/** Decode, then read: the path a dropped file takes. */
function importBytes(bytes: Uint8Array) {
  const decoded = decodeDiscoveryBytes(bytes)
  return decoded.ok ? readTopology(decoded.text, parseXml) : decoded
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<Topology xmlns="${NS_TOPOLOGY}"><InternalDomains DefaultDomain="&lol9;"><InternalDomain Name="&lol9;" /></InternalDomains></Topology>`

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE Topology [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
<Topology xmlns="${NS_TOPOLOGY}"><InternalDomains><InternalDomain Name="&x;" /></InternalDomains></Topology>`

function manyPools(count: number): string {
  const clusters: string[] = []
  const services: string[] = []
  for (let i = 1; i <= count; i += 1) {
    clusters.push(
      `<Cluster Fqdn="pool${i}.contoso.com"><ClusterId SiteId="1" Number="${i}"/><Machine Fqdn="fe${i}.contoso.com"/></Cluster>`,
    )
    services.push(
      `<Service ServiceVersion="5"><ServiceId SiteId="1" RoleName="UserServices" Instance="${i}"/><InstalledOn><ClusterId SiteId="1" Number="${i}"/></InstalledOn></Service>`,
    )
  }
  return `<Topology xmlns="${NS_TOPOLOGY}"><Clusters>${clusters.join('')}</Clusters><Services>${services.join('')}</Services></Topology>`
}

const CASES: [string, () => Uint8Array, DiscoveryProblemKind][] = [
  ['entity expansion (billion laughs)', () => utf8(BILLION_LAUGHS), 'dtd-refused'],
  ['an external entity', () => utf8(EXTERNAL_ENTITY), 'dtd-refused'],
  ['50 MB', () => new Uint8Array(50 * 1024 * 1024).fill(0x20), 'too-large'],
  ['not XML (a CSV)', () => utf8('category_path,room_name\nSales,Leads\n'), 'not-xml'],
  ['XML cut short', () => utf8(`<Topology xmlns="${NS_TOPOLOGY}"><Clusters>`), 'not-xml'],
  [
    'an undeclared entity',
    () => utf8(`<Topology xmlns="${NS_TOPOLOGY}">&lol;</Topology>`),
    'not-xml',
  ],
  ['an empty file', () => new Uint8Array(0), 'empty'],
  ['UTF-16 big-endian', () => new Uint8Array([0xfe, 0xff, 0, 0x3c]), 'unsupported-encoding'],
  ['bytes that are not UTF-8', () => new Uint8Array([0x3c, 0xe9, 0x3e]), 'unsupported-encoding'],
  ['wrong root (user data)', () => utf8('<DocItemSet><DocItem/></DocItemSet>'), 'wrong-root'],
  ['Topology outside its namespace', () => utf8('<Topology><Clusters/></Topology>'), 'wrong-root'],
  ['a topology of 500 pools', () => utf8(manyPools(500)), 'too-many'],
]

describe('hostile documents', () => {
  it.each(CASES)('%s ends in a clear problem within 2 s', (_name, make, kind) => {
    const bytes = make()
    const started = performance.now()
    const result = importBytes(bytes)
    const elapsed = performance.now() - started
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problem.kind).toBe(kind)
    expect(result.problem.message.length).toBeGreaterThan(20)
    // Nothing to change: a problem carries no answers.
    expect(result).not.toHaveProperty('answers')
    expect(elapsed).toBeLessThan(2000)
  })
  it('refuses more SIP domains than a plan holds', () => {
    const domains = Array.from(
      { length: 51 },
      (_, i) => `<InternalDomain Name="d${i}.contoso.com"/>`,
    ).join('')
    const result = importBytes(
      utf8(
        `<Topology xmlns="${NS_TOPOLOGY}"><InternalDomains>${domains}</InternalDomains></Topology>`,
      ),
    )
    expect(result.ok ? 'ok' : result.problem.kind).toBe('too-many')
  })
  it('reads a topology of exactly the largest pool count', () => {
    const result = importBytes(utf8(manyPools(MAX_TOPOLOGY_POOLS)))
    expect(result.ok).toBe(true)
  })
  it('refuses a file just over the size limit before decoding it', () => {
    const result = decodeDiscoveryBytes(new Uint8Array(MAX_DISCOVERY_BYTES + 1))
    expect(result.ok).toBe(false)
  })
  it('names the root it found, shortened and without control characters', () => {
    const result = importBytes(utf8(`<${'x'.repeat(200)} />`))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem.message).toMatch(/x{60}…/)
  })
})
