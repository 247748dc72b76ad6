import type { Answers } from '../rules/answers'
import { sqlInstanceKey } from '../rules/common'
import type { Finding } from '../rules/finding'
import type { DiagramNode, ForestBoundary, Mark, Zone } from './model'

type Target = { node: string } | { zone: Zone } | undefined

const toMark = (f: Finding): Mark => ({
  ruleId: f.ruleId,
  severity: f.severity,
  message: f.message,
})

function addMark(marks: Mark[], mark: Mark): void {
  if (!marks.some((m) => m.ruleId === mark.ruleId)) marks.push(mark)
}

const instance = (typed: string | undefined): Target => {
  const key = sqlInstanceKey(typed)
  return key ? { node: `sql:${key}` } : undefined
}

/** The drawn thing a finding's answer path is about. */
function targetOf(answers: Answers, path: string): Target {
  const [slice, list, index, field] = path.split('.')
  const i = Number(index)
  if (slice === 'source' && list === 'legacyPools' && Number.isInteger(i)) {
    const pool = answers.source?.legacyPools[i]
    if (field === 'sqlInstance') return instance(pool?.sqlInstance)
    return { node: `legacy-pool:${i}` }
  }
  if (slice === 'pools' && list === 'lyncPools' && Number.isInteger(i)) {
    const pool = answers.pools?.lyncPools[i]
    if (field === 'sqlInstance') return instance(pool?.sqlInstance)
    return { node: `lync-pool:${i}` }
  }
  if (slice === 'pools' && list === 'pchatPools' && Number.isInteger(i)) {
    const pool = answers.pools?.pchatPools[i]
    if (field === 'storeInstance') return instance(pool?.storeInstance)
    if (field === 'complianceInstance') return instance(pool?.complianceInstance)
    if (field === 'fileStore' && pool) {
      return { node: `pchat-file-store:${pool.fileStore.trim().toLowerCase()}` }
    }
    return { node: `pchat-pool:${i}` }
  }
  if (slice === 'sql' && list === 'instances' && Number.isInteger(i)) {
    const inst = answers.sql?.instances[i]
    if (!inst) return undefined
    return instance(inst.instance.trim() ? `${inst.server}\\${inst.instance.trim()}` : inst.server)
  }
  if (slice === 'groupChat') {
    if (list === 'sqlInstance') return instance(answers.groupChat?.sqlInstance)
    if (list === 'database') return { node: 'group-chat-database' }
    if (list === 'legacyFileStore' || list === 'filesUsed') return { node: 'group-chat-file-store' }
    if (list === 'lookupUri' || list === 'legacyClients') return { node: 'lookup-uri' }
    return { node: 'group-chat-pool' }
  }
  if (slice === 'forest') {
    if (list === 'legacyForest') return { zone: 'legacy' }
    if (list === 'lyncForest') return { zone: 'lync2013' }
    if (list === 'pchatForest') return { zone: 'pchat' }
  }
  return undefined
}

/**
 * Puts each finding on the node its path is about; an instance that SQL-01 names
 * moves between the sides. Returns the findings that concern a forest, and the rest.
 */
export function markNodes(
  answers: Answers,
  findings: readonly Finding[],
  nodes: DiagramNode[],
): { zones: { zone: Zone; mark: Mark }[]; plan: Mark[] } {
  const zones: { zone: Zone; mark: Mark }[] = []
  const plan: Mark[] = []
  for (const f of findings) {
    const target = targetOf(answers, f.path)
    if (target && 'zone' in target) {
      zones.push({ zone: target.zone, mark: toMark(f) })
      continue
    }
    let node = target && nodes.find((n) => n.id === target.node)
    // A finding about the Group Chat instance lands on the database when the instance is not drawn.
    if (!node && f.path === 'groupChat.sqlInstance') {
      node = nodes.find((n) => n.id === 'group-chat-database')
    }
    if (!node) {
      addMark(plan, toMark(f))
      continue
    }
    addMark(node.marks, toMark(f))
    if (f.ruleId === 'SQL-01' && node.kind === 'sql-instance') {
      Object.assign(node, { side: 'shared', band: 'shared', lane: 'center' })
    }
  }
  return { zones, plan }
}

/** Forest findings go on the boundary of their zone; without one, on the plan. */
export function markForests(
  zoneMarks: readonly { zone: Zone; mark: Mark }[],
  forests: ForestBoundary[],
  plan: Mark[],
): void {
  for (const { zone, mark } of zoneMarks) {
    const boundary = forests.find((b) => b.zones.includes(zone))
    addMark(boundary ? boundary.marks : plan, mark)
  }
}
