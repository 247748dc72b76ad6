import type { Point } from './geometry'
import { CANVAS_WIDTH, CELL_MARGIN, FONT, INSET, MID_X } from './geometry'
import type { ForestBoundary, Zone } from './model'
import { markPhrases } from './node-lines'
import { maxChars, truncate } from './text-fit'

export interface LaidOutBoundary extends ForestBoundary {
  /** A closed orthogonal polygon, clockwise. */
  points: Point[]
  label: string
  labelAt: Point
  blocker: boolean
}

/** The picture's grid: two columns; a top row (pools, shared instances) and, with chat, a bottom row. */
export interface Grid {
  top: number
  split: number | undefined
  bottom: number
}

type Cell = readonly [col: 0 | 1, row: 0 | 1]

function cellsOf(zones: readonly Zone[], chat: boolean): Cell[] {
  const cells: Cell[] = []
  for (const zone of zones) {
    if (zone === 'legacy') cells.push([0, 0], ...(chat ? ([[0, 1]] as const) : []))
    if (zone === 'lync2013') cells.push([1, 0])
    if (zone === 'pchat') cells.push(chat ? [1, 1] : [1, 0])
  }
  return cells.filter((c, i) => cells.findIndex((d) => d[0] === c[0] && d[1] === c[1]) === i)
}

/**
 * The outline of a forest's cells, drawn INSET inside them so that two forests
 * side by side show two lines. Three cells of the 2x2 grid make an L.
 */
function outline(cells: readonly Cell[], grid: Grid): Point[] {
  const xs = [CELL_MARGIN, MID_X, CANVAS_WIDTH - CELL_MARGIN]
  const ys = [grid.top, grid.split ?? grid.bottom, grid.bottom]
  const cols = cells.map((c) => c[0])
  const rows = cells.map((c) => c[1])
  const [c0, c1, r0, r1] = [
    Math.min(...cols),
    Math.max(...cols),
    Math.min(...rows),
    Math.max(...rows),
  ]
  const X0 = (xs[c0] ?? 0) + INSET
  const X1 = (xs[c1 + 1] ?? 0) - INSET
  const Y0 = (ys[r0] ?? 0) + INSET
  const Y1 = (ys[r1 + 1] ?? 0) - INSET
  if (cells.length === (c1 - c0 + 1) * (r1 - r0 + 1)) {
    return [
      { x: X0, y: Y0 },
      { x: X1, y: Y0 },
      { x: X1, y: Y1 },
      { x: X0, y: Y1 },
    ]
  }
  // An L: the bounding rectangle with the missing cell's corner cut out.
  const missing = ([0, 1] as const)
    .flatMap((col) => ([0, 1] as const).map((row): Cell => [col, row]))
    .find((c) => !cells.some((d) => d[0] === c[0] && d[1] === c[1])) ?? [1, 1]
  const nx = missing[0] === 1 ? MID_X - INSET : MID_X + INSET
  const ny = missing[1] === 1 ? (ys[1] ?? 0) - INSET : (ys[1] ?? 0) + INSET
  const corners: Record<string, Point[]> = {
    '0,0': [
      { x: nx, y: Y0 },
      { x: X1, y: Y0 },
      { x: X1, y: Y1 },
      { x: X0, y: Y1 },
      { x: X0, y: ny },
      { x: nx, y: ny },
    ],
    '1,0': [
      { x: X0, y: Y0 },
      { x: nx, y: Y0 },
      { x: nx, y: ny },
      { x: X1, y: ny },
      { x: X1, y: Y1 },
      { x: X0, y: Y1 },
    ],
    '1,1': [
      { x: X0, y: Y0 },
      { x: X1, y: Y0 },
      { x: X1, y: ny },
      { x: nx, y: ny },
      { x: nx, y: Y1 },
      { x: X0, y: Y1 },
    ],
    '0,1': [
      { x: X0, y: Y0 },
      { x: X1, y: Y0 },
      { x: X1, y: Y1 },
      { x: nx, y: Y1 },
      { x: nx, y: ny },
      { x: X0, y: ny },
    ],
  }
  return corners[`${missing[0]},${missing[1]}`] ?? []
}

export function boundaryShapes(forests: readonly ForestBoundary[], grid: Grid): LaidOutBoundary[] {
  const chat = grid.split !== undefined
  return forests.map((forest) => {
    const cells = cellsOf(forest.zones, chat)
    const points = outline(cells, grid)
    // The name sits inside the top-left corner of the first cell, in reading order.
    const first = [...cells].sort((a, b) => a[1] - b[1] || a[0] - b[0])[0] ?? [0, 0]
    const left = first[0] === 0 ? CELL_MARGIN : MID_X
    const top = first[1] === 0 ? grid.top : (grid.split ?? grid.top)
    const words = [`Forest ${forest.forest}`, ...markPhrases(forest.marks).map((p) => p.text)]
    const room = MID_X - CELL_MARGIN - 2 * INSET - 16
    return {
      ...forest,
      points,
      label: truncate(words.join(' · '), maxChars(room, FONT.forest, false)),
      labelAt: { x: left + INSET + 8, y: top + INSET + 17 },
      blocker: forest.marks.some((m) => m.severity === 'blocker'),
    }
  })
}
