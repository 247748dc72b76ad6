import type { Answers } from '../rules/answers'
import type { RuleId } from '../rules/catalogue'
import { normalizeFqdn } from '../rules/common'
import type { Finding } from '../rules/finding'
import type { DiagramEdge, DiagramNode, ForestBoundary, Zone } from './model'
import { zoneOf } from './model'

const ZONES: readonly Zone[] = ['legacy', 'lync2013', 'pchat']

/** The forest of each zone, from the Active Directory step; undefined before it is answered. */
export function zoneForests(answers: Answers): Record<Zone, string> | undefined {
  const forest = answers.forest
  if (!forest) return undefined
  const lync = normalizeFqdn(forest.lyncForest)
  const pchat =
    answers.source?.groupChat === 'yes' && forest.pchatForest?.trim()
      ? normalizeFqdn(forest.pchatForest)
      : lync
  return { legacy: normalizeFqdn(forest.legacyForest), lync2013: lync, pchat }
}

/** One boundary per distinct forest, around the zones that have something drawn in them. */
export function forestBoundaries(
  answers: Answers,
  nodes: readonly DiagramNode[],
): ForestBoundary[] {
  const forests = zoneForests(answers)
  if (!forests) return []
  const used = ZONES.filter((z) => nodes.some((n) => zoneOf(n) === z))
  const out: ForestBoundary[] = []
  for (const zone of used) {
    const forest = forests[zone]
    const boundary = out.find((b) => b.forest === forest)
    if (boundary) boundary.zones.push(zone)
    else out.push({ id: `forest:${forest}`, forest, zones: [zone], marks: [] })
  }
  return out
}

/** The pair of zones each forest rule compares. */
const FOREST_RULES: readonly { ruleId: RuleId; zones: readonly [Zone, Zone] }[] = [
  { ruleId: 'FOR-01', zones: ['legacy', 'lync2013'] },
  { ruleId: 'FOR-02', zones: ['legacy', 'pchat'] },
]

/**
 * An edge whose ends are in different forests crosses a boundary; it carries
 * FOR-01 or FOR-02 when that finding fired and the edge spans the two forests it compares.
 */
export function markCrossings(
  answers: Answers,
  nodes: readonly DiagramNode[],
  edges: DiagramEdge[],
  findings: readonly Finding[],
): void {
  const forests = zoneForests(answers)
  if (!forests) return
  const byId = new Map(nodes.map((n) => [n.id, n]))
  for (const edge of edges) {
    const a = byId.get(edge.from)
    const b = byId.get(edge.to)
    const za = a && zoneOf(a)
    const zb = b && zoneOf(b)
    if (!za || !zb || forests[za] === forests[zb]) continue
    edge.crossesForest = true
    const ends = new Set([forests[za], forests[zb]])
    for (const rule of FOREST_RULES) {
      const fired = findings.find((f) => f.ruleId === rule.ruleId)
      const spans = rule.zones.every((z) => ends.has(forests[z]))
      if (fired && spans && ends.size === 2) {
        edge.marks.push({ ruleId: fired.ruleId, severity: fired.severity, message: fired.message })
      }
    }
  }
}
