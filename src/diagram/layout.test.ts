import { describe, expect, it } from 'vitest'
import { evaluate } from '../rules/evaluate'
import type { Answers } from '../rules/answers'
import { makeAnswers, withSlice } from '../rules/test-factory'
import { buildDiagram } from './build-diagram'
import type { Box, Point } from './geometry'
import { overlaps } from './geometry'
import { layoutDiagram } from './layout'
import type { DiagramLayout } from './layout'
import { TEXT_PAD_X } from './node-lines'
import { makeLargeAnswers } from './test-plans'
import { estimateWidth } from './text-fit'

const layoutOf = (answers: Answers) => layoutDiagram(buildDiagram(answers, evaluate(answers)))

const inside = (p: Point, b: Box) =>
  p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height

/** A segment passes through a box when a point along it lies strictly inside the box. */
function crosses(a: Point, b: Point, box: Box): boolean {
  const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2)
  for (let i = 1; i < steps; i++) {
    const t = i / steps
    if (inside({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }, box)) return true
  }
  return false
}

function expectReadable(layout: DiagramLayout): void {
  const { nodes, edges } = layout
  for (const [i, a] of nodes.entries()) {
    expect(a.x).toBeGreaterThanOrEqual(0)
    expect(a.y).toBeGreaterThanOrEqual(0)
    expect(a.x + a.width).toBeLessThanOrEqual(layout.width)
    expect(a.y + a.height).toBeLessThanOrEqual(layout.height)
    for (const b of nodes.slice(i + 1)) {
      expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).toBe(false)
    }
    for (const line of a.lines) {
      const mono = line.style === 'name'
      const size = mono ? 12 : 11
      expect(estimateWidth(line.text, size, mono), line.text).toBeLessThanOrEqual(
        a.width - 2 * TEXT_PAD_X,
      )
      expect(line.dy).toBeLessThan(a.height)
    }
  }
  for (const e of edges) {
    expect(e.points.length).toBeGreaterThanOrEqual(2)
    for (const p of e.points) {
      expect(p.x).toBeGreaterThanOrEqual(0)
      expect(p.x).toBeLessThanOrEqual(layout.width)
      expect(p.y).toBeLessThanOrEqual(layout.height)
    }
    for (const [k, p] of e.points.slice(1).entries()) {
      const from = e.points[k] as Point
      for (const n of nodes) {
        expect(crosses(from, p, n), `${e.id} runs through ${n.id}`).toBe(false)
      }
    }
  }
}

describe('layoutDiagram', () => {
  it('keeps 20 pools and 40 instances apart, inside the canvas, with no line through a box', () => {
    const answers = makeLargeAnswers()
    const model = buildDiagram(answers, evaluate(answers))
    const pools = model.nodes.filter((n) => /pool$/.test(n.kind) && n.kind !== 'group-chat-pool')
    expect(pools).toHaveLength(20)
    expect(model.nodes.filter((n) => n.kind === 'sql-instance')).toHaveLength(40)
    const layout = layoutDiagram(model)
    expect(layout.width).toBe(976)
    expectReadable(layout)
    // It grows downwards, not sideways.
    expect(layout.height).toBeGreaterThan(2000)
  })

  it('lays out the reference plan, a shared instance and split forests without overlaps', () => {
    const shared = withSlice('pools', {
      lyncPools: [
        {
          fqdn: 'pool13.contoso.com',
          edition: 'enterprise',
          sqlInstance: 'sql10.contoso.com\\RTC',
        },
      ],
    })
    const forests = withSlice('forest', { lyncForest: 'fabrikam.com', pchatForest: 'fabrikam.com' })
    const files = withSlice('groupChat', { filesUsed: 'yes', legacyFileStore: '\\\\gc01\\files' })
    for (const answers of [makeAnswers(), shared, forests, files, {}])
      expectReadable(layoutOf(answers))
  })

  it('draws a shared instance between the two sides, below the pools', () => {
    const layout = layoutOf(
      withSlice('pools', {
        lyncPools: [
          {
            fqdn: 'pool13.contoso.com',
            edition: 'enterprise',
            sqlInstance: 'sql10.contoso.com\\RTC',
          },
        ],
      }),
    )
    const shared = layout.nodes.find((n) => n.side === 'shared')
    expect(shared?.blocker).toBe(true)
    expect(shared?.lines.map((l) => l.text)).toContain('Blocker SQL-01, SQL-02')
    expect((shared?.x ?? 0) + (shared?.width ?? 0) / 2).toBe(layout.width / 2)
    const pools = layout.nodes.filter((n) => n.band === 'pools')
    for (const pool of pools) expect(shared?.y).toBeGreaterThan(pool.y + pool.height)
  })

  it('shortens a name too long for its box with an ellipsis and says so', () => {
    const long = `${'a'.repeat(60)}.${'b'.repeat(60)}.contoso.com`
    const base = makeAnswers()
    const layout = layoutOf(
      withSlice('source', { legacyPools: [{ ...base.source!.legacyPools[0]!, fqdn: long }] }),
    )
    const pool = layout.nodes.find((n) => n.id === 'legacy-pool:0')
    expect(pool?.truncated).toBe(true)
    expect(pool?.name).toBe(long)
    expect(
      pool?.lines
        .filter((l) => l.style === 'name')
        .at(-1)
        ?.text.endsWith('…'),
    ).toBe(true)
  })

  it('draws one rectangle for one forest and an L where a third forest cuts a corner', () => {
    expect(layoutOf(makeAnswers()).boundaries.map((b) => b.points.length)).toEqual([4])
    const split = layoutOf(withSlice('forest', { pchatForest: 'northwind.com' }))
    expect(split.boundaries.map((b) => b.points.length)).toEqual([6, 4])
    expect(split.boundaries[1]?.label).toBe('Forest northwind.com · Blocker FOR-02')
  })

  it('is deterministic', () => {
    const answers = makeLargeAnswers()
    expect(layoutOf(answers)).toEqual(layoutOf(answers))
  })
})
