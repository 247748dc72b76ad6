import { describe, expect, it } from 'vitest'
import { evaluate } from '../rules/evaluate'
import { makeAnswers, withSlice } from '../rules/test-factory'
import { buildDiagram } from './build-diagram'
import { describeDiagram } from './describe'
import { makeLargeAnswers } from './test-plans'

describe('describeDiagram', () => {
  it('names the same pools and instances as the picture', () => {
    const answers = makeLargeAnswers()
    const model = buildDiagram(answers, evaluate(answers))
    const text = describeDiagram(model).join('\n')
    for (const node of model.nodes) expect(text).toContain(node.name)
    expect(model.nodes.length).toBeGreaterThan(60)
  })

  it('says each migration step and each blocker in words', () => {
    const answers = withSlice('pools', {
      lyncPools: [
        {
          fqdn: 'pool13.contoso.com',
          edition: 'enterprise',
          sqlInstance: 'sql10.contoso.com\\RTC',
        },
      ],
    })
    const sentences = describeDiagram(buildDiagram(answers, evaluate(answers)))
    expect(sentences).toContain(
      'Shared by both sides: SQL Server instance sql10.contoso.com\\RTC (Legacy back end, Lync Server 2013 back end; SQL Server 2008 Enterprise, 64-bit). Blocker SQL-01, SQL-02.',
    )
    expect(sentences).toContain(
      'Export and import: the Group Chat data in gcsql.contoso.com\\GROUPCHAT goes to the Persistent Chat store on pcsql.contoso.com\\PCHAT.',
    )
    expect(sentences).toContain(
      'Forest contoso.com holds the legacy deployment, the Lync Server 2013 pools and the Persistent Chat pool.',
    )
  })

  it('says when a step crosses from one forest to another', () => {
    const answers = withSlice('forest', { lyncForest: 'fabrikam.com', pchatForest: '' })
    const text = describeDiagram(buildDiagram(answers, evaluate(answers))).join('\n')
    expect(text).toContain(
      'This crosses from forest contoso.com to forest fabrikam.com. Blocker FOR-01.',
    )
  })

  it('lists instances that take no part in the migration', () => {
    const base = makeAnswers()
    const answers = withSlice('sql', {
      instances: [
        ...(base.sql?.instances ?? []),
        {
          server: 'SQLOther.contoso.com',
          instance: '',
          version: '2012',
          edition: 'standard',
          bitness: '64',
          roles: ['other'],
        },
      ],
    })
    expect(describeDiagram(buildDiagram(answers, [])).at(-1)).toBe(
      'Not drawn, because they host only other databases: sqlother.contoso.com.',
    )
  })
})
