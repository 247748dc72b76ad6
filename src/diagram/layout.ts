import { boundaryShapes } from './boundaries'
import type { LaidOutBoundary } from './boundaries'
import type { Box } from './geometry'
import {
  BAND_BOTTOM,
  BAND_TOP,
  BOX_GAP,
  BOX_WIDTH,
  CANVAS_WIDTH,
  CELL_MARGIN,
  HEADER_BASELINE,
  HEADER_HEIGHT,
  LANE_GAP,
  LANE_X,
  MID_X,
} from './geometry'
import type { DiagramEdge, DiagramModel, DiagramNode } from './model'
import { STEP_EDGES } from './model'
import type { NodeLine } from './node-lines'
import { nodeLines } from './node-lines'
import type { LaidOutEdge } from './routes'
import { routeEdges } from './routes'

export interface LaidOutNode extends DiagramNode, Box {
  lines: NodeLine[]
  /** Some text was shortened with an ellipsis: the full text goes in a tooltip. */
  truncated: boolean
  blocker: boolean
}

export interface DiagramLayout {
  width: number
  height: number
  headers: { text: string; x: number; y: number }[]
  nodes: LaidOutNode[]
  edges: LaidOutEdge[]
  boundaries: LaidOutBoundary[]
}

type Sized = DiagramNode & { height: number; lines: NodeLine[]; truncated: boolean }

/**
 * Places two lanes of one side in one band: each pool beside the stores it links
 * to, a store level with the thing on the other side it comes from where it can,
 * and the lanes grow downwards. Returns the band's lowest edge.
 */
function placeLanes(
  outer: readonly Sized[],
  inner: readonly Sized[],
  edges: readonly DiagramEdge[],
  top: number,
  ys: Map<string, number>,
  heights: Map<string, number>,
): number {
  let outerY = top
  let innerY = top
  const bottom = (id: string) => (ys.get(id) ?? 0) + (heights.get(id) ?? 0)
  // Where a migration step's arrow starts, so that the arrow can run level.
  const fromOtherSide = (id: string) =>
    Math.max(
      0,
      ...edges
        .filter((e) => e.to === id && STEP_EDGES.includes(e.kind))
        .map((e) => ys.get(e.from) ?? 0),
    )
  const putInner = (node: Sized, atLeast: number) => {
    const y = Math.max(innerY, atLeast, fromOtherSide(node.id))
    ys.set(node.id, y)
    innerY = y + node.height + BOX_GAP
  }
  for (const pool of outer) {
    const partners = edges
      .filter((e) => e.from === pool.id && !STEP_EDGES.includes(e.kind))
      .map((e) => inner.find((n) => n.id === e.to))
      .filter((n): n is Sized => n !== undefined && !ys.has(n.id))
    const first = partners[0]
    const y = first ? Math.max(outerY, innerY, fromOtherSide(first.id)) : outerY
    ys.set(pool.id, y)
    outerY = y + pool.height + BOX_GAP
    for (const partner of partners) putInner(partner, y)
  }
  for (const node of inner) if (!ys.has(node.id)) putInner(node, top)
  return Math.max(top, ...[...outer, ...inner].map((n) => bottom(n.id)))
}

/** A fixed two-column layout: legacy on the left, Lync Server 2013 on the right, growing downwards. */
export function layoutDiagram(model: DiagramModel): DiagramLayout {
  const sized: Sized[] = model.nodes.map((n) => ({ ...n, ...nodeLines(n) }))
  const ys = new Map<string, number>()
  const heights = new Map(sized.map((n) => [n.id, n.height]))
  const pick = (side: DiagramNode['side'], band: DiagramNode['band'], lane: DiagramNode['lane']) =>
    sized.filter((n) => n.side === side && n.band === band && n.lane === lane)
  const lanes = (side: 'legacy' | 'lync2013', band: 'pools' | 'chat', top: number) =>
    placeLanes(pick(side, band, 'outer'), pick(side, band, 'inner'), model.edges, top, ys, heights)

  const poolsTop = HEADER_HEIGHT + BAND_TOP
  let topCellBottom =
    Math.max(lanes('legacy', 'pools', poolsTop), lanes('lync2013', 'pools', poolsTop)) + BAND_BOTTOM
  const shared = pick('shared', 'shared', 'center')
  if (shared.length > 0) {
    let y = topCellBottom
    for (const node of shared) {
      ys.set(node.id, y)
      y += node.height + BOX_GAP
    }
    topCellBottom = y - BOX_GAP + BAND_BOTTOM
  }
  const hasChat = sized.some((n) => n.band === 'chat')
  let chatBottom = topCellBottom
  if (hasChat) {
    const chatTop = topCellBottom + BAND_TOP
    chatBottom =
      Math.max(lanes('legacy', 'chat', chatTop), lanes('lync2013', 'chat', chatTop)) + BAND_BOTTOM
  }
  const height = chatBottom + CELL_MARGIN

  const nodes: LaidOutNode[] = sized.map((n) => {
    const lane = LANE_X[n.side] as Record<string, number>
    return {
      ...n,
      x: lane[n.lane] ?? MID_X - BOX_WIDTH / 2,
      y: ys.get(n.id) ?? 0,
      width: BOX_WIDTH,
      blocker: n.marks.some((m) => m.severity === 'blocker'),
    }
  })
  const grid = {
    top: HEADER_HEIGHT,
    split: hasChat ? topCellBottom : undefined,
    bottom: chatBottom,
  }
  return {
    width: CANVAS_WIDTH,
    height,
    // Each heading is centred over its side's two lanes.
    headers: [
      { text: 'Legacy deployment', x: LANE_X.legacy.outer + BOX_WIDTH + LANE_GAP / 2 },
      { text: 'Lync Server 2013', x: LANE_X.lync2013.inner + BOX_WIDTH + LANE_GAP / 2 },
    ].map((h) => ({ ...h, y: HEADER_BASELINE })),
    nodes,
    edges: routeEdges(model.edges, nodes),
    boundaries: boundaryShapes(model.forests, grid),
  }
}
