import { describe, expect, it } from 'vitest'
import { evaluate } from '../rules/evaluate'
import type { Answers } from '../rules/answers'
import { finding } from '../rules/finding'
import { makeAnswers, makePchatPool, withSlice } from '../rules/test-factory'
import { makeReferencePlan } from '../plan/test-plans'
import { buildDiagram } from './build-diagram'
import type { DiagramModel } from './model'

const modelOf = (answers: Answers) => buildDiagram(answers, evaluate(answers))
const names = (m: DiagramModel) => m.nodes.map((n) => n.name)
const kinds = (m: DiagramModel) => m.edges.map((e) => e.kind)
const node = (m: DiagramModel, id: string) => m.nodes.find((n) => n.id === id)

const withFiles = (base: Answers = makeAnswers()) =>
  withSlice(
    'groupChat',
    { filesUsed: 'yes', legacyFileStore: '\\\\gc01.contoso.com\\GroupChatFiles' },
    base,
  )

describe('buildDiagram', () => {
  it('names every pool of the reference Lync Server 2010 plan with Group Chat', () => {
    const answers = makeReferencePlan().answers
    const model = modelOf(answers)
    for (const fqdn of [
      'pool10.contoso.com',
      'pool13.contoso.com',
      'pchat.contoso.com',
      'gcpool.contoso.com',
    ]) {
      expect(names(model)).toContain(fqdn)
    }
    expect(node(model, 'legacy-pool:0')).toMatchObject({ side: 'legacy', kind: 'legacy-pool' })
    expect(node(model, 'lync-pool:0')).toMatchObject({ side: 'lync2013', kind: 'lync-pool' })
    expect(node(model, 'pchat-pool:0')).toMatchObject({ side: 'lync2013', band: 'chat' })
    expect(node(model, 'lookup-uri')?.name).toBe('sip:ocschat@contoso.com')
    expect(model.edges.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'back-end:legacy-pool:0->sql:sql10.contoso.com\\rtc',
        'back-end:lync-pool:0->sql:sql13.contoso.com\\rtc',
        'home-pool:pchat-pool:0->lync-pool:0',
        'store:pchat-pool:0->sql:pcsql.contoso.com\\pchat',
        'export-import:group-chat-database->sql:pcsql.contoso.com\\pchat',
        'port-uri:lookup-uri->pchat-endpoint',
      ]),
    )
    expect(model.nodes.filter((n) => n.marks.length > 0)).toEqual([])
  })

  it('shows FQDNs in lower case without a trailing dot', () => {
    const base = makeAnswers()
    const answers = withSlice('source', {
      legacyPools: [
        {
          ...base.source!.legacyPools[0]!,
          fqdn: 'POOL10.Contoso.COM.',
          sqlInstance: 'SQL10.Contoso.com.\\RTC',
        },
      ],
    })
    const model = modelOf(answers)
    expect(node(model, 'legacy-pool:0')?.name).toBe('pool10.contoso.com')
    expect(names(model)).toContain('sql10.contoso.com\\RTC')
    expect(names(model).filter((n) => n.startsWith('sql10'))).toHaveLength(1)
  })

  it('draws an instance shared by both sides as a blocker node when SQL-01 fires', () => {
    const answers = withSlice('pools', {
      lyncPools: [
        {
          fqdn: 'pool13.contoso.com',
          edition: 'enterprise',
          sqlInstance: 'sql10.contoso.com\\RTC',
        },
      ],
    })
    const findings = evaluate(answers)
    expect(findings.map((f) => f.ruleId)).toContain('SQL-01')
    const shared = buildDiagram(answers, findings).nodes.filter((n) => n.side === 'shared')
    expect(shared).toHaveLength(1)
    expect(shared[0]).toMatchObject({
      kind: 'sql-instance',
      name: 'sql10.contoso.com\\RTC',
      band: 'shared',
    })
    expect(shared[0]?.marks.find((m) => m.ruleId === 'SQL-01')?.severity).toBe('blocker')
  })

  it('puts an instance on the side its finding names, even when only the finding says it is shared', () => {
    const answers = makeAnswers()
    const sql01 = finding('SQL-01', 'sql.instances.1.roles', 'shared')
    const model = buildDiagram(answers, [sql01])
    expect(node(model, 'sql:sql13.contoso.com\\rtc')).toMatchObject({
      side: 'shared',
      lane: 'center',
    })
  })

  it('has no Group Chat nodes and no export edge without Group Chat', () => {
    const answers = withSlice('source', { groupChat: 'no' }, withFiles())
    const model = modelOf(answers)
    expect(model.nodes.map((n) => n.kind)).not.toEqual(expect.arrayContaining(['group-chat-pool']))
    for (const kind of ['group-chat-pool', 'group-chat-database', 'lookup-uri', 'pchat-endpoint']) {
      expect(model.nodes.some((n) => n.kind === kind)).toBe(false)
    }
    expect(model.nodes.some((n) => n.id === 'group-chat-file-store')).toBe(false)
    for (const kind of ['export-import', 'file-copy', 'port-uri'] as const) {
      expect(kinds(model)).not.toContain(kind)
    }
    // The Persistent Chat pool itself is still part of the Lync Server 2013 side.
    expect(names(model)).toContain('pchat.contoso.com')
  })

  it('copies files only when files were uploaded', () => {
    expect(kinds(modelOf(makeAnswers()))).not.toContain('file-copy')
    const model = modelOf(withFiles())
    const copy = model.edges.find((e) => e.kind === 'file-copy')
    expect(copy).toMatchObject({
      from: 'group-chat-file-store',
      to: 'pchat-file-store:\\\\fs01.contoso.com\\pchatfiles',
      label: 'Copy files',
    })
    expect(node(model, 'group-chat-file-store')?.marks.map((m) => m.ruleId)).toEqual(['GC-05'])
  })

  it('ports the Lookup URI only when legacy clients must keep working', () => {
    const model = modelOf(withSlice('groupChat', { legacyClients: 'no' }))
    expect(kinds(model)).not.toContain('port-uri')
    expect(model.nodes.some((n) => n.kind === 'pchat-endpoint')).toBe(false)
    expect(model.nodes.some((n) => n.kind === 'lookup-uri')).toBe(true)
  })

  it('draws no migration step into a Persistent Chat pool that is not the target', () => {
    const answers = withSlice('pools', { pchatPools: [makePchatPool({ migrationTarget: 'no' })] })
    const model = modelOf(answers)
    expect(kinds(model)).not.toContain('export-import')
    expect(names(model)).toContain('gcpool.contoso.com')
  })

  it('draws one boundary per distinct forest and marks crossing edges with FOR-01', () => {
    expect(modelOf(makeAnswers()).forests).toEqual([
      {
        id: 'forest:contoso.com',
        forest: 'contoso.com',
        zones: ['legacy', 'lync2013', 'pchat'],
        marks: [],
      },
    ])
    expect(modelOf(makeAnswers()).edges.some((e) => e.crossesForest)).toBe(false)
    const answers = withSlice('forest', { lyncForest: 'Fabrikam.com', pchatForest: '' })
    const model = modelOf(answers)
    expect(model.forests.map((f) => [f.forest, f.zones])).toEqual([
      ['contoso.com', ['legacy']],
      ['fabrikam.com', ['lync2013', 'pchat']],
    ])
    expect(model.forests[1]?.marks.map((m) => m.ruleId)).toEqual(['FOR-01'])
    const exportEdge = model.edges.find((e) => e.kind === 'export-import')
    expect(exportEdge?.crossesForest).toBe(true)
    expect(exportEdge?.marks.map((m) => m.ruleId)).toEqual(['FOR-01'])
    expect(model.edges.find((e) => e.kind === 'back-end')?.crossesForest).toBe(false)
  })

  it('marks edges into another Persistent Chat forest with FOR-02', () => {
    const model = modelOf(withSlice('forest', { pchatForest: 'northwind.com' }))
    expect(model.forests.map((f) => f.zones)).toEqual([['legacy', 'lync2013'], ['pchat']])
    expect(model.forests[1]?.marks.map((m) => m.ruleId)).toEqual(['FOR-02'])
    expect(model.edges.find((e) => e.kind === 'port-uri')?.marks.map((m) => m.ruleId)).toEqual([
      'FOR-02',
    ])
  })

  it('attaches other findings to the node their answer path is about', () => {
    const answers = withSlice('pools', {
      pchatPools: [makePchatPool({ poolType: 'single', activeServers: 1 })],
    })
    const model = modelOf(answers)
    expect(node(model, 'pchat-pool:0')?.marks.map((m) => m.ruleId)).toEqual(['PC-06'])
    const stray = finding('SRC-03', 'source.method', 'in place')
    expect(buildDiagram(makeAnswers(), [stray]).planMarks.map((m) => m.ruleId)).toEqual(['SRC-03'])
  })

  it('draws nothing before any step is answered', () => {
    expect(buildDiagram({}, [])).toEqual({
      nodes: [],
      edges: [],
      forests: [],
      planMarks: [],
      notDrawn: [],
    })
  })
})
