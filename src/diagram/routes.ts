import type { Box, Point } from './geometry'
import { centerY, FONT, GUTTER, LANE_GAP, MID_X } from './geometry'
import type { DiagramEdge, DiagramNode } from './model'
import { SEVERITY_WORDS } from './node-lines'
import { maxChars, truncate } from './text-fit'

export interface EdgeLabel {
  text: string
  style: 'label' | 'blocker' | 'warning' | 'info'
  x: number
  y: number
}

export interface LaidOutEdge extends DiagramEdge {
  points: Point[]
  labels: EdgeLabel[]
}

type Placed = DiagramNode & Box

// Vertical runs that share a channel are spread out so that they never lie on one another.
// In the gutter they keep clear of the forest boundaries drawn INSET either side of its middle.
const LANE_OFFSETS = [0, -6, 6, -12, 12]
const GUTTER_OFFSETS = [0, -14, 14, -20, 20, -26, 26, -32, 32]
/** The home-pool link runs in the margin outside the pools' lane. */
const MARGIN_CHANNEL = 5
/** A level line stays this far from a box's top and bottom corners. */
const LEVEL_MARGIN = 10

const round = (p: Point): Point => ({ x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 })

/**
 * Orthogonal routes: out of the side of the source that faces the target, along
 * the empty channel next to it (the gap between lanes, or the gutter between the
 * sides), then level into the target. A channel never holds a box, so no line crosses one.
 */
export function routeEdges(edges: readonly DiagramEdge[], nodes: readonly Placed[]): LaidOutEdge[] {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const used = new Map<number, number>()
  const channel = (base: number, offsets: readonly number[]) => {
    const n = used.get(base) ?? 0
    used.set(base, n + 1)
    return base + (offsets[n % offsets.length] ?? 0)
  }
  const out: LaidOutEdge[] = []
  let marginRuns = 0
  for (const edge of edges) {
    const a = byId.get(edge.from)
    const b = byId.get(edge.to)
    if (!a || !b) continue
    const ay = centerY(a)
    const by = centerY(b)
    let points: Point[]
    if (edge.kind === 'home-pool') {
      const x0 = a.x + a.width
      const n = marginRuns++
      const x = x0 + MARGIN_CHANNEL + 4 * (n % 2)
      points = [
        { x: x0, y: ay },
        { x, y: ay },
        { x, y: by },
        { x: b.x + b.width, y: by },
      ]
    } else {
      const rightwards = b.x + b.width / 2 > a.x + a.width / 2
      const exit = rightwards ? a.x + a.width : a.x
      const gap = a.lane === 'outer' ? LANE_GAP : GUTTER
      const base = exit + (rightwards ? gap / 2 : -gap / 2)
      const entry = rightwards ? b.x : b.x + b.width
      // Boxes side by side: one level line through the middle of what they share.
      const lo = Math.max(a.y, b.y) + LEVEL_MARGIN
      const hi = Math.min(a.y + a.height, b.y + b.height) - LEVEL_MARGIN
      if (lo <= hi && (rightwards ? entry >= exit : entry <= exit)) {
        const y = (lo + hi) / 2
        points = [
          { x: exit, y },
          { x: entry, y },
        ]
      } else {
        const x = channel(base, a.lane === 'outer' ? LANE_OFFSETS : GUTTER_OFFSETS)
        const below = x >= b.x && x <= b.x + b.width
        // A box straddling the channel (a shared instance) is entered from above or below.
        const end = below ? { x, y: ay > by ? b.y + b.height : b.y } : { x: entry, y: by }
        points = below
          ? [{ x: exit, y: ay }, { x, y: ay }, end]
          : [{ x: exit, y: ay }, { x, y: ay }, { x, y: by }, end]
      }
    }
    out.push({ ...edge, points: points.map(round), labels: edgeLabels(edge, points[0]?.y ?? ay) })
  }
  return out
}

/** A migration step's words above its arrow in the gutter, and a forest blocker below it. */
function edgeLabels(edge: DiagramEdge, y: number): EdgeLabel[] {
  if (!edge.label) return []
  const max = maxChars(GUTTER - 8, FONT.edge, false)
  return [
    { text: truncate(edge.label, max), style: 'label' as const, x: MID_X, y: y - 5 },
    ...edge.marks.map((m, i) => ({
      text: truncate(`${SEVERITY_WORDS[m.severity]} ${m.ruleId}`, max),
      style: m.severity,
      x: MID_X,
      y: y + 15 + i * 14,
    })),
  ]
}
