import { describe, expect, it } from 'vitest'
import { proposeChanges } from '../../discovery/changes'
import { decodeDiscoveryBytes } from '../../discovery/bytes'
import { fixtureBytes, parseXml } from '../../discovery/test/xml-parser'
import { readTopology } from '../../discovery/topology'
import { newPlan } from '../../plan/new-plan'
import { makeReferencePlan } from '../../plan/test-plans'
import { applyImport, currentTree } from './apply-import'

function lync2010Answers() {
  const decoded = decodeDiscoveryBytes(fixtureBytes('lync2010-published.utf16.xml'))
  if (!decoded.ok) throw new Error(decoded.problem.message)
  const read = readTopology(decoded.text, parseXml)
  if (!read.ok) throw new Error(read.problem.message)
  return read.answers
}

describe('applyImport', () => {
  it('on a new plan, every accepted answer lands in a draft of its step and nothing is saved', () => {
    const plan = newPlan('p-new', 'New', new Date('2026-12-01T00:00:00Z'))
    // The empty first pool row a visited step leaves behind is not a pool.
    const tree = currentTree(plan, (id) =>
      id === 'source' ? { products: [], legacyPools: [{ fqdn: '', sqlInstance: '' }] } : undefined,
    )
    const rows = proposeChanges(tree, lync2010Answers())
    const all = rows.map((r) => r.path)
    const out = applyImport(plan, tree, rows, all, {})
    expect(out.plan).toBe(plan)
    expect(out.steps.map((s) => [s.stepId, s.complete])).toEqual([
      ['source', false],
      ['active-directory', false],
      ['sql', false],
    ])
    const source = out.drafts.find((d) => d.stepId === 'source')?.values
    expect(source?.products).toEqual(['lync2010'])
    expect(source?.legacyPools).toEqual([
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
    ])
    const forest = out.drafts.find((d) => d.stepId === 'active-directory')?.values
    expect(forest?.sipDomains).toEqual([{ domain: 'contoso.com' }, { domain: 'fabrikam.com' }])
  })

  it('a step never opened gets its defaults from the imported answers', () => {
    const plan = newPlan('p-new', 'New', new Date('2026-12-01T00:00:00Z'))
    const tree = currentTree(plan, () => undefined)
    const rows = proposeChanges(tree, [
      ...lync2010Answers(),
      { path: 'groupChat.poolFqdn', value: 'gc01.contoso.com', label: 'x', source: 'topology' },
    ])
    const out = applyImport(
      plan,
      tree,
      rows,
      rows.map((r) => r.path),
      {},
    )
    const gc = out.drafts.find((d) => d.stepId === 'group-chat')?.values
    expect(gc?.poolFqdn).toBe('gc01.contoso.com')
    // The product is not copied into the draft: the step's field follows the legacy product
    // (Source deployment) when the step is shown, until the administrator changes it.
    expect(gc?.sourceProduct).toBeUndefined()
    expect(gc?.lookupUri).toBe('sip:ocschat@contoso.com')
  })

  it('keeps typed answers unless their row is accepted, and saves a step that stays whole', () => {
    const plan = makeReferencePlan()
    const tree = currentTree(plan, () => undefined)
    const rows = proposeChanges(tree, lync2010Answers())
    const domain = rows.find((r) => r.path === 'forest.sipDomains.1.domain')
    expect(domain?.kind).toBe('new')
    const none = applyImport(plan, tree, rows, [], {})
    expect(none.plan).toBe(plan)
    expect(none.drafts).toEqual([])

    // Only the new SIP domain: the forest step is still whole, so it is saved.
    const some = applyImport(plan, tree, rows, ['forest.sipDomains.1.domain'], {})
    expect(some.plan.answers.forest?.sipDomains).toEqual([
      { domain: 'contoso.com' },
      { domain: 'fabrikam.com' },
    ])
    expect(some.plan.answers.source).toEqual(plan.answers.source)
    expect(some.plan.answers.sql).toEqual(plan.answers.sql)
    expect(some.spentDrafts).toContain('active-directory')
  })

  it('replaces a typed answer only when its differing row is accepted', () => {
    const plan = makeReferencePlan()
    const typed = plan.answers.sql!.instances
    const tree = currentTree(plan, () => undefined)
    const proposed = [
      {
        path: 'source.legacyPools.0.sqlInstance' as const,
        value: 'sqlnew.contoso.com\\rtc',
        label: 'x',
        source: 'topology' as const,
      },
      {
        path: 'source.legacyPools.0.fqdn' as const,
        value: 'pool10.contoso.com',
        label: 'x',
        source: 'topology' as const,
      },
    ]
    const rows = proposeChanges(tree, proposed)
    expect(rows.map((r) => r.kind)).toEqual(['different', 'same'])
    const kept = applyImport(plan, tree, rows, [], {})
    expect(kept.plan.answers.source?.legacyPools[0]?.sqlInstance).toBe('sql10.contoso.com\\RTC')
    const taken = applyImport(plan, tree, rows, ['source.legacyPools.0.sqlInstance'], {})
    expect(taken.plan.answers.source?.legacyPools[0]?.sqlInstance).toBe('sqlnew.contoso.com\\rtc')
    expect(taken.plan.answers.sql?.instances).toEqual(typed)
  })
})
