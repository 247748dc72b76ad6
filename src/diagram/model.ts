import type { FindingId } from '../rules/catalogue'
import type { Severity } from '../rules/finding'

/** Which column a node stands in; `shared` sits between them (a SQL-01 instance). */
export type Side = 'legacy' | 'lync2013' | 'shared'
/** Horizontal bands, top to bottom: pools and back ends, shared instances, chat. */
export type Band = 'pools' | 'shared' | 'chat'
/** Outer lanes hold pools; inner lanes (facing the other side) hold stores. */
export type Lane = 'outer' | 'inner' | 'center'

export type NodeKind =
  | 'legacy-pool'
  | 'lync-pool'
  | 'sql-instance'
  | 'group-chat-pool'
  | 'group-chat-database'
  | 'file-store'
  | 'lookup-uri'
  | 'pchat-pool'
  | 'pchat-endpoint'

/** A finding drawn on the picture. */
export interface Mark {
  ruleId: FindingId
  severity: Severity
  message: string
}

export interface DiagramNode {
  id: string
  kind: NodeKind
  side: Side
  band: Band
  lane: Lane
  /** What it is, e.g. "Legacy pool". */
  title: string
  /** Its name as shown: FQDNs in lower case without a trailing dot. */
  name: string
  details: string[]
  marks: Mark[]
}

export type EdgeKind =
  | 'back-end'
  | 'store'
  | 'compliance'
  | 'chat-database'
  | 'file-store'
  | 'lookup'
  | 'endpoint'
  | 'home-pool'
  | 'export-import'
  | 'file-copy'
  | 'port-uri'

/** Edges of these kinds are migration steps and carry a label on the picture. */
export const STEP_EDGES: readonly EdgeKind[] = ['export-import', 'file-copy', 'port-uri']

export interface DiagramEdge {
  id: string
  kind: EdgeKind
  from: string
  to: string
  /** Short words drawn beside a migration step's arrow; '' for plain links. */
  label: string
  /** The two ends are in different forests. */
  crossesForest: boolean
  /** FOR-01 / FOR-02 findings for a crossing edge. */
  marks: Mark[]
}

/** Parts of the picture a forest boundary can enclose. */
export type Zone = 'legacy' | 'lync2013' | 'pchat'

export interface ForestBoundary {
  id: string
  /** Forest root domain, normalised. */
  forest: string
  zones: Zone[]
  marks: Mark[]
}

export interface DiagramModel {
  nodes: DiagramNode[]
  edges: DiagramEdge[]
  forests: ForestBoundary[]
  /** Findings about the plan as a whole, or about something not drawn. */
  planMarks: Mark[]
  /** Instances in the plan that take no part in the migration, and so are not drawn. */
  notDrawn: string[]
}

export function zoneOf(node: Pick<DiagramNode, 'side' | 'band'>): Zone | undefined {
  if (node.side === 'shared') return undefined
  if (node.side === 'legacy') return 'legacy'
  return node.band === 'chat' ? 'pchat' : 'lync2013'
}
