import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { makeReferencePlan } from '../plan/test-plans'
import { withSlice } from '../rules/test-factory'
import { ConflictPrompt, differenceLines, formatWhen, planDifferences } from './conflict-prompt'

const saved = makeReferencePlan({
  updatedAt: '2026-11-30T09:00:00.000Z',
  done: ['PRE-01', 'PRE-02', 'PRE-03'],
})
const opened = makeReferencePlan({
  updatedAt: '2026-12-01T16:30:00.000Z',
  done: ['PRE-01', 'PRE-02', 'EXP-01', 'EXP-02'],
  answers: withSlice(
    'forest',
    { pchatForest: 'northwind.com' },
    withSlice('sql', { instances: [] }, makeReferencePlan().answers),
  ),
})

describe('the conflict prompt says how the two plans differ', () => {
  it('finds which is newer, the ticks on each side and the steps whose answers differ', () => {
    const d = planDifferences(saved, opened)
    expect(d.newer).toBe('opened')
    expect(d.ticks).toEqual({ saved: 3, opened: 4, onlySaved: 1, onlyOpened: 2 })
    expect(d.steps.map((s) => s.title)).toEqual(['Active Directory', 'SQL Server instances'])
    expect(d.renamed).toBe(false)
    expect(planDifferences(saved, saved)).toMatchObject({ newer: 'same', steps: [] })
  })

  it('puts them in words, and warns what replacing loses', () => {
    expect(differenceLines(saved, opened)).toEqual([
      `Last changed: the saved one ${formatWhen(saved.updatedAt)}; the opened one ${formatWhen(opened.updatedAt)} (newer).`,
      'Ticks done: 3 in the saved one, 4 in the opened one (1 tick only in the saved one, 2 ticks only in the opened one).',
      'Steps with other answers: Active Directory; SQL Server instances.',
      'Replacing loses the 1 tick made only here; keeping both loses nothing.',
    ])
    const onlyTicks = { ...saved, name: 'Old name', done: ['PRE-01'] }
    expect(differenceLines(onlyTicks, opened).slice(1)).toEqual([
      'Ticks done: 1 in the saved one, 4 in the opened one (3 ticks only in the opened one).',
      'Steps with other answers: Active Directory; SQL Server instances.',
      `Name: “Old name” here, “${opened.name}” in the opened one.`,
    ])
  })

  it('shows the differences under a heading in the prompt', () => {
    const html = renderToStaticMarkup(
      createElement(ConflictPrompt, {
        incoming: opened,
        saved,
        conflict: { kind: 'same-id', existingName: saved.name },
        onChoose: () => {},
      }),
    )
    expect(html).toContain('<h3 id="conflict-differences">How the two differ</h3>')
    expect(html).toContain(
      '<li>Steps with other answers: Active Directory; SQL Server instances.</li>',
    )
    expect(html).toContain('Replace the saved plan')
  })
})

describe('two saves in the same minute', () => {
  it('are told apart by their seconds', () => {
    const a = { ...saved, updatedAt: '2026-12-01T16:30:05.000Z' }
    const b = { ...opened, updatedAt: '2026-12-01T16:30:40.000Z' }
    const [line] = differenceLines(a, b)
    expect(line).toBe(
      `Last changed: the saved one ${formatWhen(a.updatedAt, true)}; the opened one ${formatWhen(b.updatedAt, true)} (newer).`,
    )
    expect(formatWhen(a.updatedAt, true)).not.toBe(formatWhen(b.updatedAt, true))
  })
})
