import type { Answers } from '../rules/answers'
import { sqlInstanceKey } from '../rules/common'
import type { Finding } from '../rules/finding'
import { GC_PRODUCT_LABELS } from '../rules/group-chat'
import { targetPchatPool } from '../rules/pools'
import { EDITION_LABELS, PRODUCT_LABELS } from '../rules/source'
import type { SqlRole } from '../rules/sql'
import type { InstanceUse } from './instances'
import { collectInstances, displayFqdn, displayInstance, hostsBothSides } from './instances'
import { markForests, markNodes } from './marks'
import type { DiagramEdge, DiagramModel, DiagramNode, EdgeKind } from './model'
import { forestBoundaries, markCrossings } from './forests'

const ROLE_WORDS: Record<SqlRole, string> = {
  'legacy-backend': 'Legacy back end',
  'group-chat': 'Group Chat database',
  'lync-backend': 'Lync Server 2013 back end',
  'pchat-store': 'Persistent Chat store',
  'pchat-compliance': 'Compliance store',
  other: 'Other databases',
}

const STEP_LABELS: Partial<Record<EdgeKind, string>> = {
  'export-import': 'Export, import',
  'file-copy': 'Copy files',
  'port-uri': 'Port the URI',
}

/** `SIP:ocschat@Contoso.com.` -> `sip:ocschat@contoso.com`; anything else only trimmed. */
export function displaySipUri(value: string): string {
  const match = /^sip:([^@\s]+)@([^@\s]+)$/i.exec(value.trim())
  return match ? `sip:${match[1] ?? ''}@${displayFqdn(match[2] ?? '')}` : value.trim()
}

export const instanceId = (key: string) => `sql:${key}`
export const fileStoreId = (path: string) => `pchat-file-store:${path.trim().toLowerCase()}`

function instanceNode(use: InstanceUse): DiagramNode | undefined {
  // Only other databases, or only the Group Chat database: no part of the picture.
  // (The Group Chat database has its own node, beside the Group Chat pool.)
  if (![...use.roles].some((r) => r !== 'other' && r !== 'group-chat')) return undefined
  const shared = hostsBothSides(use)
  const legacy = !shared && use.roles.has('legacy-backend')
  const words = [...use.roles].map((r) => ROLE_WORDS[r])
  if (use.groupChat && !use.roles.has('group-chat')) words.push(ROLE_WORDS['group-chat'])
  return {
    id: instanceId(use.key),
    kind: 'sql-instance',
    side: shared ? 'shared' : legacy ? 'legacy' : 'lync2013',
    band: shared ? 'shared' : legacy || use.roles.has('lync-backend') ? 'pools' : 'chat',
    lane: shared ? 'center' : 'inner',
    title: 'SQL Server instance',
    name: use.display,
    details: [words.join(', '), ...(use.facts ? [use.facts] : [])],
    marks: [],
  }
}

/**
 * The picture of the migration as data: who is where, what links to what, which
 * forest holds what, and each finding drawn on the thing its answer is about.
 */
export function buildDiagram(answers: Answers, findings: readonly Finding[]): DiagramModel {
  const nodes: DiagramNode[] = []
  const edges: DiagramEdge[] = []
  const groupChat = answers.source?.groupChat === 'yes' ? answers.groupChat : undefined
  const uses = collectInstances(answers, groupChat !== undefined)
  const notDrawn: string[] = []

  const add = (node: Omit<DiagramNode, 'marks'>) => nodes.push({ ...node, marks: [] })
  const has = (id: string) => nodes.some((n) => n.id === id)
  const link = (kind: EdgeKind, from: string, to: string) => {
    if (!has(from) || !has(to)) return
    const id = `${kind}:${from}->${to}`
    if (edges.some((e) => e.id === id)) return
    edges.push({
      id,
      kind,
      from,
      to,
      label: STEP_LABELS[kind] ?? '',
      crossesForest: false,
      marks: [],
    })
  }
  const backEnd = (typed: string | undefined) => instanceId(sqlInstanceKey(typed))

  answers.source?.legacyPools.forEach((pool, i) =>
    add({
      id: `legacy-pool:${i}`,
      kind: 'legacy-pool',
      side: 'legacy',
      band: 'pools',
      lane: 'outer',
      title: 'Legacy pool',
      name: displayFqdn(pool.fqdn),
      details: [`${PRODUCT_LABELS[pool.product]}, ${EDITION_LABELS[pool.edition]}`],
    }),
  )
  answers.pools?.lyncPools.forEach((pool, i) =>
    add({
      id: `lync-pool:${i}`,
      kind: 'lync-pool',
      side: 'lync2013',
      band: 'pools',
      lane: 'outer',
      title: 'Lync Server 2013 pool',
      name: displayFqdn(pool.fqdn),
      details: [EDITION_LABELS[pool.edition]],
    }),
  )
  for (const use of uses.values()) {
    const node = instanceNode(use)
    if (node) nodes.push(node)
    else if (!use.groupChat) notDrawn.push(use.display)
  }

  const target = targetPchatPool(answers)
  const pchatPools = answers.pools?.pchatPools ?? []
  pchatPools.forEach((pool, i) => {
    const servers = `${pool.activeServers} active ${pool.activeServers === 1 ? 'server' : 'servers'}`
    const isTarget = groupChat !== undefined && target?.index === i
    add({
      id: `pchat-pool:${i}`,
      kind: 'pchat-pool',
      side: 'lync2013',
      band: 'chat',
      lane: 'outer',
      title: 'Persistent Chat pool',
      name: displayFqdn(pool.fqdn),
      details: [
        `${EDITION_LABELS[pool.edition]}, ${servers}`,
        `Home pool ${displayFqdn(pool.homePool)}`,
        ...(isTarget ? ['Receives the Group Chat data'] : []),
      ],
    })
    if (!has(fileStoreId(pool.fileStore))) {
      add({
        id: fileStoreId(pool.fileStore),
        kind: 'file-store',
        side: 'lync2013',
        band: 'chat',
        lane: 'inner',
        title: 'Persistent Chat file store',
        name: pool.fileStore.trim(),
        details: [],
      })
    }
  })

  if (groupChat) {
    add({
      id: 'group-chat-pool',
      kind: 'group-chat-pool',
      side: 'legacy',
      band: 'chat',
      lane: 'outer',
      title: 'Group Chat pool',
      name: displayFqdn(groupChat.poolFqdn),
      details: [GC_PRODUCT_LABELS[groupChat.sourceProduct]],
    })
    add({
      id: 'group-chat-database',
      kind: 'group-chat-database',
      side: 'legacy',
      band: 'chat',
      lane: 'inner',
      title: 'Group Chat database',
      name: displayInstance(groupChat.sqlInstance),
      details: groupChat.database ? [`Database ${groupChat.database}`] : [],
    })
    if (groupChat.filesUsed === 'yes' && groupChat.legacyFileStore) {
      add({
        id: 'group-chat-file-store',
        kind: 'file-store',
        side: 'legacy',
        band: 'chat',
        lane: 'inner',
        title: 'Group Chat file store',
        name: groupChat.legacyFileStore.trim(),
        details: ['Files uploaded in rooms'],
      })
    }
    add({
      id: 'lookup-uri',
      kind: 'lookup-uri',
      side: 'legacy',
      band: 'chat',
      lane: 'inner',
      title: 'Lookup Server URI',
      name: displaySipUri(groupChat.lookupUri),
      details: [],
    })
    if (target && groupChat.legacyClients === 'yes') {
      add({
        id: 'pchat-endpoint',
        kind: 'pchat-endpoint',
        side: 'lync2013',
        band: 'chat',
        lane: 'inner',
        title: 'Persistent Chat endpoint',
        name: displaySipUri(groupChat.lookupUri),
        details: ['Same URI for legacy clients'],
      })
    }
  }

  // Links within a side, then the migration's own steps across the sides.
  answers.source?.legacyPools.forEach((p, i) =>
    link('back-end', `legacy-pool:${i}`, backEnd(p.sqlInstance)),
  )
  answers.pools?.lyncPools.forEach((p, i) =>
    link('back-end', `lync-pool:${i}`, backEnd(p.sqlInstance)),
  )
  pchatPools.forEach((p, i) => {
    const pool = `pchat-pool:${i}`
    const home = answers.pools?.lyncPools.findIndex(
      (l) => displayFqdn(l.fqdn) === displayFqdn(p.homePool),
    )
    if (home !== undefined && home >= 0) link('home-pool', pool, `lync-pool:${home}`)
    link('store', pool, backEnd(p.storeInstance))
    if (p.compliance === 'yes') link('compliance', pool, backEnd(p.complianceInstance))
    link('file-store', pool, fileStoreId(p.fileStore))
  })
  if (groupChat) {
    link('chat-database', 'group-chat-pool', 'group-chat-database')
    link('file-store', 'group-chat-pool', 'group-chat-file-store')
    link('lookup', 'group-chat-pool', 'lookup-uri')
    if (target) {
      const pool = `pchat-pool:${target.index}`
      link('endpoint', pool, 'pchat-endpoint')
      const store = backEnd(target.pool.storeInstance)
      link('export-import', 'group-chat-database', has(store) ? store : pool)
      link('file-copy', 'group-chat-file-store', fileStoreId(target.pool.fileStore))
      if (groupChat.legacyClients === 'yes') link('port-uri', 'lookup-uri', 'pchat-endpoint')
    }
  }

  const { zones, plan } = markNodes(answers, findings, nodes)
  const forests = forestBoundaries(answers, nodes)
  markForests(zones, forests, plan)
  markCrossings(answers, nodes, edges, findings)
  return { nodes, edges, forests, planMarks: plan, notDrawn }
}
