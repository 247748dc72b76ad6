import { describe, expect, it } from 'vitest'
import { readDiscoveryFile } from './discovery-file'
import { fixtureBytes, parseXml } from './test/xml-parser'
import type { XmlParse } from './xml'

// The contract the app relies on: the browser's parser fits XmlParse.
export const browserParse: XmlParse = (text) =>
  new DOMParser().parseFromString(text, 'application/xml')

describe('readDiscoveryFile', () => {
  it.each([
    ['lync2010-published.utf16.xml', 'topology'],
    ['fabrikam.tbxml', 'topology'],
    ['lync2013-midmigration.xml', 'topology'],
    ['ocs-discovery.json', 'ocs-discovery'],
    ['preflight.json', 'preflight'],
  ])('reads %s as %s', (name, kind) => {
    const r = readDiscoveryFile(fixtureBytes(name), parseXml)
    expect(r.ok && r.kind).toBe(kind)
  })
  it.each([
    ['{"a":1}', 'wrong-format'],
    ['category_path,room_name\n', 'wrong-format'],
    ['<x/>', 'wrong-root'],
  ])('refuses %j', (text, kind) => {
    const r = readDiscoveryFile(new TextEncoder().encode(text), parseXml)
    expect(r.ok ? 'ok' : r.problem.kind).toBe(kind)
  })
})
