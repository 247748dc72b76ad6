import { useId, useMemo, useSyncExternalStore } from 'react'
import { buildDiagram } from '../diagram/build-diagram'
import { describeDiagram } from '../diagram/describe'
import type { LaidOutNode } from '../diagram/layout'
import { layoutDiagram } from '../diagram/layout'
import type { LineStyle } from '../diagram/node-lines'
import { markPhrases, TEXT_PAD_X } from '../diagram/node-lines'
import { FONT } from '../diagram/geometry'
import type { Answers } from '../rules/answers'
import type { Finding } from '../rules/finding'

// Colours from the app's palette; every one is also told apart without colour
// (a word, a dashed line, a heavier line), so the picture survives black-and-white print.
const INK = '#0b0c0c'
const MUTED = '#505a5f'
const BLOCKER = '#d4351c'
const WARNING = '#8a4b00'
const STEP = '#1d4f91'
const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
const MONO = "ui-monospace, SFMono-Regular, Consolas, 'Liberation Mono', monospace"
/** Below this width the picture scrolls sideways instead of shrinking further. */
const MIN_WIDTH = 640
/**
 * On a screen this narrow even MIN_WIDTH shrinks 11-unit text to about 7 px: there
 * the full picture keeps its drawn size and scrolls sideways (or is pinch-zoomed).
 * On paper nothing scrolls, so there it always fits the page.
 */
const NARROW_SCREEN = 'screen and (max-width: 40rem)'
const PAPER = 'print'
type Medium = 'wide' | 'narrow' | 'paper'

function subscribeToMedium(onChange: () => void): () => void {
  const queries = [NARROW_SCREEN, PAPER].map((q) => window.matchMedia(q))
  queries.forEach((q) => q.addEventListener('change', onChange))
  return () => queries.forEach((q) => q.removeEventListener('change', onChange))
}
const currentMedium = (): Medium =>
  window.matchMedia(PAPER).matches
    ? 'paper'
    : window.matchMedia(NARROW_SCREEN).matches
      ? 'narrow'
      : 'wide'
const serverMedium = (): Medium => 'wide'

export const DIAGRAM_NAME = 'Picture of the migration'

const LINE_LOOK: Record<
  LineStyle,
  { fill: string; size: number; weight?: number; mono?: boolean }
> = {
  title: { fill: MUTED, size: FONT.title },
  name: { fill: INK, size: FONT.name, weight: 700, mono: true },
  detail: { fill: INK, size: FONT.detail },
  blocker: { fill: BLOCKER, size: FONT.mark, weight: 700 },
  warning: { fill: WARNING, size: FONT.mark, weight: 700 },
  info: { fill: INK, size: FONT.mark, weight: 700 },
}

export interface MigrationDiagramProps {
  answers: Answers
  /** The plan's findings, as evaluate(answers) returns them (the picture runs no rule). */
  findings: readonly Finding[]
  /** Show the text alternative open rather than behind its disclosure. */
  textOpen?: boolean
  /**
   * `full` (the review page, the printout) keeps the text at a readable size and
   * scrolls sideways on a narrow screen; `small` (beside a step) shrinks to fit.
   */
  size?: 'full' | 'small'
  /** The plan's name, said in the caption. */
  planName?: string
}

/** Everything a box says, unshortened, for its tooltip. */
function fullText(node: LaidOutNode): string {
  return [
    `${node.title}: ${node.name}`,
    ...node.details,
    ...markPhrases(node.marks).map((p) => p.text),
  ].join('\n')
}

function NodeBox({ node, clipId }: { node: LaidOutNode; clipId: string }) {
  return (
    <g transform={`translate(${node.x} ${node.y})`}>
      <title>{fullText(node)}</title>
      <clipPath id={clipId}>
        <rect x={2} y={0} width={node.width - 4} height={node.height} />
      </clipPath>
      <rect
        width={node.width}
        height={node.height}
        rx={4}
        fill={node.blocker ? '#fdf1ef' : '#ffffff'}
        stroke={node.blocker ? BLOCKER : INK}
        strokeWidth={node.blocker ? 3 : 1}
        strokeDasharray={node.blocker ? '7 4' : undefined}
      />
      <g clipPath={`url(#${clipId})`}>
        {node.lines.map((line, i) => {
          const look = LINE_LOOK[line.style]
          return (
            <text
              key={i}
              x={TEXT_PAD_X}
              y={line.dy}
              fill={look.fill}
              fontSize={look.size}
              fontWeight={look.weight}
              fontFamily={look.mono ? MONO : SANS}
            >
              {line.text}
            </text>
          )
        })}
      </g>
    </g>
  )
}

/**
 * The picture of the migration as inline SVG: legacy deployment on the left,
 * Lync Server 2013 on the right, forests as boundaries, blockers where they are.
 * Its text alternative is a list of the same facts, linked by aria-describedby.
 */
export function MigrationDiagram({
  answers,
  findings,
  textOpen = false,
  size = 'full',
  planName,
}: MigrationDiagramProps) {
  const uid = `md-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const layout = useMemo(() => {
    const model = buildDiagram(answers, findings)
    return { ...layoutDiagram(model), sentences: describeDiagram(model) }
  }, [answers, findings])
  const medium = useSyncExternalStore(subscribeToMedium, currentMedium, serverMedium)
  const arrow = (colour: string) => `${uid}-arrow-${colour.slice(1)}`
  const listId = `${uid}-words`

  const picture = (
    <svg
      role="img"
      aria-label={DIAGRAM_NAME}
      aria-describedby={listId}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      style={{
        width: '100%',
        minWidth:
          size === 'small' || medium === 'paper'
            ? 0
            : medium === 'narrow'
              ? layout.width
              : MIN_WIDTH,
        maxWidth: layout.width,
        height: 'auto',
      }}
      fontFamily={SANS}
    >
      <defs>
        {[INK, STEP, BLOCKER].map((colour) => (
          <marker
            key={colour}
            id={arrow(colour)}
            viewBox="0 0 10 10"
            refX={9}
            refY={5}
            markerWidth={7}
            markerHeight={7}
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={colour} />
          </marker>
        ))}
      </defs>
      <rect width={layout.width} height={layout.height} fill="#ffffff" />
      {layout.boundaries.map((b) => (
        <g key={b.id}>
          <polygon
            points={b.points.map((p) => `${p.x},${p.y}`).join(' ')}
            fill="none"
            stroke={b.blocker ? BLOCKER : MUTED}
            strokeWidth={b.blocker ? 3 : 1.5}
            strokeDasharray={b.blocker ? '7 4' : undefined}
          />
          <text
            x={b.labelAt.x}
            y={b.labelAt.y}
            fontSize={FONT.forest}
            fontWeight={700}
            fill={b.blocker ? BLOCKER : MUTED}
          >
            {b.label}
          </text>
        </g>
      ))}
      {layout.headers.map((h) => (
        <text
          key={h.text}
          x={h.x}
          y={h.y}
          textAnchor="middle"
          fontSize={FONT.header}
          fontWeight={700}
          fill={INK}
        >
          {h.text}
        </text>
      ))}
      {layout.edges.map((e) => {
        const colour = e.marks.length > 0 ? BLOCKER : e.label ? STEP : INK
        return (
          <g key={e.id}>
            <polyline
              points={e.points.map((p) => `${p.x},${p.y}`).join(' ')}
              fill="none"
              stroke={colour}
              strokeWidth={e.label ? 2.5 : 1.25}
              strokeDasharray={e.marks.length > 0 ? '7 4' : undefined}
              markerEnd={`url(#${arrow(colour)})`}
            />
            {e.labels.map((l) => (
              <text
                key={l.text}
                x={l.x}
                y={l.y}
                textAnchor="middle"
                fontSize={FONT.edge}
                fontWeight={700}
                fill={l.style === 'label' ? STEP : l.style === 'blocker' ? BLOCKER : INK}
                stroke="#ffffff"
                strokeWidth={4}
                paintOrder="stroke"
              >
                {l.text}
              </text>
            ))}
          </g>
        )
      })}
      {layout.nodes.map((n, i) => (
        <NodeBox key={n.id} node={n} clipId={`${uid}-clip-${i}`} />
      ))}
    </svg>
  )

  return (
    // Its caption quotes the plan's name: a long word wraps, not the page.
    <figure className="migration-diagram" style={{ margin: 0, overflowWrap: 'anywhere' }}>
      <figcaption>
        {planName ? `${DIAGRAM_NAME} “${planName}”` : DIAGRAM_NAME}: the legacy deployment on the
        left, Lync Server 2013 on the right. Arrows show the migration’s steps; a dashed red border
        with the word Blocker marks a blocker.
      </figcaption>
      {size === 'full' ? (
        <div
          role="region"
          aria-label={`${DIAGRAM_NAME} (scrolls sideways on a narrow screen)`}
          // A region that scrolls must be reachable by keyboard (WCAG 2.1.1).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          style={{ overflowX: 'auto' }}
        >
          {picture}
        </div>
      ) : (
        picture
      )}
      <details open={textOpen}>
        <summary>The picture in words</summary>
        <ul id={listId} style={{ overflowWrap: 'anywhere' }}>
          {layout.sentences.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      </details>
    </figure>
  )
}
