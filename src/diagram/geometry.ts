// The fixed two-column grid the picture is laid out on, in SVG user units (px).

export interface Point {
  x: number
  y: number
}
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export const CANVAS_WIDTH = 976
export const MID_X = CANVAS_WIDTH / 2
export const BOX_WIDTH = 180
/** Left edge of each lane: legacy pools | legacy stores | Lync 2013 stores | Lync 2013 pools. */
export const LANE_X = {
  legacy: { outer: 28, inner: 248 },
  lync2013: { inner: 548, outer: 768 },
  shared: { center: MID_X - BOX_WIDTH / 2 },
} as const
/** Space between a pool lane and its store lane, and between the two store lanes. */
export const LANE_GAP = LANE_X.legacy.inner - (LANE_X.legacy.outer + BOX_WIDTH)
export const GUTTER = LANE_X.lync2013.inner - (LANE_X.legacy.inner + BOX_WIDTH)
/** Column headings sit above the first band. */
export const HEADER_HEIGHT = 40
export const HEADER_BASELINE = 26
/** Room at the top of a band for a forest's name, and below its last box. */
export const BAND_TOP = 38
export const BAND_BOTTOM = 18
/** Between two boxes of a lane. */
export const BOX_GAP = 14
/** A forest boundary's distance from the grid cell it encloses; the cells' outer margin. */
export const INSET = 6
export const CELL_MARGIN = 8
export const FONT = { header: 14, forest: 12, title: 11, name: 12, detail: 11, mark: 11, edge: 11 }

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

export const centerY = (b: Box) => b.y + b.height / 2
