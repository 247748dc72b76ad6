import { describe, expect, it } from 'vitest'
import { decodeDiscoveryBytes } from './bytes'
import type { AnswerTree } from './changes'
import { applyAccepted, changedPaths, proposeChanges, settleSlices } from './changes'
import { fixtureBytes, parseXml } from './test/xml-parser'
import { readTopology } from './topology'

function proposals(name: string) {
  const decoded = decodeDiscoveryBytes(fixtureBytes(name))
  if (!decoded.ok) throw new Error(decoded.problem.message)
  const result = readTopology(decoded.text, parseXml)
  if (!result.ok) throw new Error(result.problem.message)
  return result.answers
}

/** A plan whose administrator typed the source step by hand. */
const TYPED: AnswerTree = {
  source: {
    products: ['lync2010'],
    legacyPools: [
      {
        fqdn: 'other.contoso.com',
        product: 'lync2010',
        edition: 'standard',
        sqlInstance: 'other.contoso.com\\rtc',
      },
      {
        fqdn: 'POOL01.contoso.com',
        product: 'lync2010',
        edition: 'standard',
        sqlInstance: 'sql01.contoso.com\\RTC',
      },
    ],
    targetTopology: 'enterprise',
    method: 'side-by-side',
    groupChat: 'yes',
    othersOnLync2013: 'yes',
  },
}

describe('proposeChanges', () => {
  it('on a new plan, every answer is new', () => {
    const rows = proposeChanges({}, proposals('lync2010-published.utf8.xml'))
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.every((r) => r.kind === 'new')).toBe(true)
  })
  it('matches pools by FQDN, not by position, and compares without regard to case', () => {
    const rows = proposeChanges(TYPED, proposals('lync2010-published.utf8.xml'))
    const byPath = Object.fromEntries(rows.map((r) => [r.path, r]))
    // pool01 is the plan's second row; se01 becomes a third.
    expect(byPath['source.legacyPools.1.fqdn']?.kind).toBe('same')
    expect(byPath['source.legacyPools.1.sqlInstance']?.kind).toBe('same')
    expect(byPath['source.legacyPools.1.edition']).toMatchObject({
      kind: 'different',
      current: 'standard',
      proposed: 'enterprise',
      inferred: true,
    })
    expect(byPath['source.legacyPools.2.fqdn']).toMatchObject({
      kind: 'new',
      proposed: 'se01.contoso.com',
    })
    expect(byPath['source.products']?.kind).toBe('same')
    expect(rows.some((r) => r.path.startsWith('source.legacyPools.0.'))).toBe(false)
  })
  it('adds the databases a topology shows to those typed, and removes none', () => {
    const current: AnswerTree = {
      sql: {
        instances: [{ server: 'sql01.contoso.com', instance: 'RTC', roles: ['pchat-store'] }],
      },
    }
    const rows = proposeChanges(current, proposals('lync2010-published.utf8.xml'))
    const roles = rows.find((r) => r.path === 'sql.instances.0.roles')
    expect(roles).toMatchObject({
      kind: 'different',
      proposed: ['legacy-backend', 'pchat-store', 'other'],
    })
    expect(rows.find((r) => r.path === 'sql.instances.0.instance')?.kind).toBe('same')
  })
})

describe('applyAccepted', () => {
  it('keeps every typed answer when nothing is accepted', () => {
    const rows = proposeChanges(TYPED, proposals('lync2010-published.utf8.xml'))
    expect(applyAccepted(TYPED, rows, [])).toEqual(TYPED)
  })
  it('changes only the accepted answers', () => {
    const rows = proposeChanges(TYPED, proposals('lync2010-published.utf8.xml'))
    const next = applyAccepted(TYPED, rows, ['source.legacyPools.1.edition'])
    const pools = (next.source as { legacyPools: { edition: string }[] }).legacyPools
    expect(pools.map((p) => p.edition)).toEqual(['standard', 'enterprise'])
    expect(pools).toHaveLength(2)
    expect(TYPED.source).toMatchObject({
      legacyPools: [{ edition: 'standard' }, { edition: 'standard' }],
    })
  })
  it('accepting everything from a new plan leaves whole rows and steps to finish', () => {
    const rows = proposeChanges({}, proposals('lync2010-published.utf16.xml'))
    const next = applyAccepted({}, rows, changedPaths(rows))
    expect(next.source).toEqual({
      products: ['lync2010'],
      legacyPools: [
        {
          fqdn: 'pool01.contoso.com',
          product: 'lync2010',
          edition: 'enterprise',
          sqlInstance: 'sql01.contoso.com\\rtc',
        },
        {
          fqdn: 'se01.contoso.com',
          product: 'lync2010',
          edition: 'standard',
          sqlInstance: 'se01.contoso.com\\rtc',
        },
      ],
    })
    const { complete, drafts } = settleSlices(next)
    // The topology cannot answer the target topology, forests or SQL versions.
    expect(complete).toEqual({})
    expect(Object.keys(drafts).sort()).toEqual(['forest', 'source', 'sql'])
  })
  it('a new row accepted only in part keeps no hole in the list', () => {
    const rows = proposeChanges(TYPED, proposals('lync2010-published.utf8.xml'))
    const next = applyAccepted(TYPED, rows, ['source.legacyPools.2.fqdn'])
    const pools = (next.source as { legacyPools: unknown[] }).legacyPools
    expect(pools).toHaveLength(3)
    expect(pools[2]).toEqual({ fqdn: 'se01.contoso.com' })
  })
  it('a completed slice settles as an answer', () => {
    const rows = proposeChanges(TYPED, proposals('lync2010-published.utf8.xml'))
    const next = applyAccepted(TYPED, rows, changedPaths(rows))
    const { complete } = settleSlices(next)
    expect(complete.source?.legacyPools.map((p) => p.fqdn)).toEqual([
      'other.contoso.com',
      'POOL01.contoso.com',
      'se01.contoso.com',
    ])
  })
})

describe('re-import mid-migration', () => {
  it('shows the new pools and instances, and what is unchanged as the same', () => {
    const first = proposeChanges({}, proposals('lync2010-published.utf8.xml'))
    const plan = applyAccepted({}, first, changedPaths(first))
    const rows = proposeChanges(plan, proposals('lync2013-midmigration.xml'))
    const kinds = (prefix: string) => [
      ...new Set(rows.filter((r) => r.path.startsWith(prefix)).map((r) => r.kind)),
    ]
    expect(kinds('source.legacyPools.0.')).toEqual(['same'])
    expect(kinds('pools.')).toEqual(['new'])
    expect(rows.find((r) => r.path === 'sql.instances.1.roles')).toMatchObject({ kind: 'same' })
    expect(
      rows
        .filter((r) => r.path.startsWith('sql.instances.') && r.path.endsWith('.server'))
        .map((r) => [r.path, r.kind]),
    ).toEqual([
      ['sql.instances.1.server', 'same'],
      ['sql.instances.3.server', 'new'],
      ['sql.instances.4.server', 'new'],
      ['sql.instances.5.server', 'new'],
    ])
  })
})
