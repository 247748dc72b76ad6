import { describe, expect, it } from 'vitest'
import type { ModuleGraph } from './page-chunks'
import { chunkNames, groupOrder, groupsOf, pagesOf } from './page-chunks'

// A small app shaped like this one: an entry with the route tree, a start page, a plan
// layout, a step route with two forms loaded on demand, a review that shows every form,
// a checklist with its sections loaded on demand, the rules (drawn by the review and the
// checklist, loaded on demand by a step's checks through the verdict module), and a
// page opened now and then (the rules page).
const R = '/app'
const route = (file: string) => `${R}/src/routes/${file}?tsr-split=component`
const m = (path: string) => `${R}/src/${path}`

const IMPORTS: Record<string, string[]> = {
  [`${R}/index.html`]: [m('main.tsx')],
  [m('main.tsx')]: [m('react.js'), m('app-base.ts')],
  [route('index.tsx')]: [m('start-page.tsx'), m('plan-store.ts')],
  [m('start-page.tsx')]: [m('saved-plans.tsx'), m('same-value.ts'), m('a-word.ts')],
  [m('a-word.ts')]: [m('same-value.ts')],
  [route('plan.$planId.index.tsx')]: [m('overview-page.tsx')],
  // What Continue runs, loaded on demand: no page draws it, and it imports a module
  // only the start page draws.
  [m('submit-step.ts')]: [m('same-value.ts'), m('a-word.ts')],
  [route('plan.$planId.tsx')]: [m('plan-layout.tsx'), m('plan-store.ts')],
  [m('plan-layout.tsx')]: [m('step-list.tsx'), m('react.js')],
  [route('plan.$planId.step.$stepId.tsx')]: [m('step-page.tsx')],
  [m('step-page.tsx')]: [m('fields.tsx'), m('form-lib.js')],
  [m('steps/sql-step.tsx')]: [m('sql-words.ts'), m('form-lib.js')],
  [m('steps/pools-step.tsx')]: [m('pools-words.ts'), m('sql-words.ts'), m('form-lib.js')],
  [route('plan.$planId.review.tsx')]: [m('review-page.tsx')],
  [m('review-page.tsx')]: [
    m('steps/sql-step.tsx'),
    m('steps/pools-step.tsx'),
    m('evaluate.ts'),
    m('share.tsx'),
  ],
  [route('plan.$planId.checklist.tsx')]: [m('checklist-page.tsx')],
  [m('checklist-page.tsx')]: [m('share.tsx'), m('evaluate.ts')],
  [m('checklist-body.tsx')]: [m('build-checklist.ts'), m('sql-words.ts')],
  [m('evaluate.ts')]: [m('sql-check.ts')],
  [m('findings.ts')]: [m('evaluate.ts')],
  [m('use-step-checks.ts')]: [],
  [route('rules.tsx')]: [m('rules-page.tsx')],
  [m('rules-page.tsx')]: [m('evaluate.ts')],
}
const DYNAMIC: Record<string, string[]> = {
  [m('steps/sql-step.tsx')]: [m('step-page.tsx')],
  [m('steps/pools-step.tsx')]: [m('step-page.tsx')],
  [m('checklist-body.tsx')]: [m('checklist-page.tsx')],
  // The verdict: drawn by the review, loaded on demand by a step's checks.
  [m('findings.ts')]: [m('step-page.tsx')],
  [m('submit-step.ts')]: [m('step-page.tsx')],
}
IMPORTS[m('review-page.tsx')]?.push(m('findings.ts'))

const IDS = [...new Set([...Object.keys(IMPORTS), ...Object.values(IMPORTS).flat()])]
const GRAPH: ModuleGraph = {
  ids: IDS,
  imports: (id) => IMPORTS[id] ?? [],
  dynamicImporters: (id) => DYNAMIC[id] ?? [],
  isEntry: (id) => id === `${R}/index.html`,
}
const DRAWN = [
  { path: 'plan/$/step/sql', modules: ['src/steps/sql-step.tsx'] },
  { path: 'plan/$/step/pools', modules: ['src/steps/pools-step.tsx'] },
  { path: 'plan/$/checklist', modules: ['src/checklist-body.tsx'] },
]
const PAGES = pagesOf(IDS, DRAWN, R)
const GROUPS = groupsOf(GRAPH, PAGES)
const group = (path: string) => GROUPS.get(m(path))

describe('page chunks', () => {
  it('knows each page by its route, its parents and what it draws at once', () => {
    expect(PAGES.get('/plan/$/step/sql')).toEqual({
      components: [route('plan.$planId.tsx'), route('plan.$planId.step.$stepId.tsx')],
      lazy: [m('steps/sql-step.tsx')],
    })
    expect(PAGES.get('/')?.components).toEqual([route('index.tsx')])
    // A page opened now and then keeps the bundler's split.
    expect(PAGES.has('/rules')).toBe(false)
  })

  it("leaves the entry's code in the entry, and puts what the start page alone draws apart", () => {
    expect(group('react.js')).toBe('index')
    expect(group('main.tsx')).toBe('index')
    expect(group('start-page.tsx')).toBe('start')
    // Drawn by the start page and the plan pages: in the entry, not a chunk of its own.
    expect(group('plan-store.ts')).toBe('index')
  })

  it("puts the plan's layout in one chunk, and a route's own code with it", () => {
    expect(group('plan-layout.tsx')).toBe('plan')
    expect(group('step-list.tsx')).toBe('plan')
    // The plan's overview is a page of its own, not part of every plan page.
    expect(group('overview-page.tsx')).not.toBe('plan')
    expect(group('step-page.tsx')).toBe(group('fields.tsx'))
    expect(group('step-page.tsx')).not.toBe('plan')
    // What every step and the review draw (the form library) goes together, apart from
    // the step's own page code, which the review does not draw.
    expect(group('form-lib.js')).not.toBe(group('step-page.tsx'))
  })

  it("keeps each step's form apart, so a step loads no other step's form", () => {
    expect(group('steps/sql-step.tsx')).not.toBe(group('steps/pools-step.tsx'))
    expect(group('steps/pools-step.tsx')).toBe(group('pools-words.ts'))
    // Words two steps' forms share are the steps' code, drawn with every step.
    expect(group('sql-words.ts')).not.toBe(group('steps/sql-step.tsx'))
  })

  it('keeps code drawn at once only through a lazy module with it, not with the route', () => {
    expect(group('build-checklist.ts')).toBe(group('checklist-body.tsx'))
    expect(group('checklist-body.tsx')).not.toBe(group('checklist-page.tsx'))
    // Shared by the review and the checklist: one chunk for both.
    expect(group('evaluate.ts')).toBe(group('share.tsx'))
    expect(group('evaluate.ts')).toBe(group('sql-check.ts'))
  })

  it('keeps a module loaded on demand where its pages do not draw it in a chunk of its own', () => {
    // The verdict is drawn by the review, and a step loads it with its checks: grouped
    // with the review's page it would bring the review's code (and every form) along.
    expect(group('findings.ts')).toMatch(/^own:/)
    expect(group('review-page.tsx')).not.toBe(group('findings.ts'))
    // So does a module that code no page draws imports: with the start page's code it
    // would bring that page along to a step's Continue.
    expect(group('same-value.ts')).toMatch(/^own:/)
    expect(group('saved-plans.tsx')).toBe('start')
    // Code no page draws at once is left to the bundler.
    expect(group('use-step-checks.ts')).toBeUndefined()
    expect(group('submit-step.ts')).toBeUndefined()
  })

  it('fills the groups in an order in which no group takes a wider one’s code', () => {
    const imports = new Map<string, Set<string>>()
    for (const [id, g] of GROUPS) {
      for (const dep of GRAPH.imports(id)) {
        const h = GROUPS.get(dep)
        if (h && h !== g) imports.set(g, (imports.get(g) ?? new Set()).add(h))
      }
    }
    // Two modules kept apart, drawn by the same page, one importing the other: the
    // imported one first, whatever their names.
    expect(group('a-word.ts')).toMatch(/^own:/)
    const order = groupOrder(GROUPS.values(), imports)
    expect(order.slice(0, 2)).toEqual(['index', 'plan'])
    for (const [id, g] of GROUPS) {
      for (const dep of GRAPH.imports(id)) {
        const depGroup = GROUPS.get(dep)
        if (!depGroup || depGroup === g) continue
        expect(order.indexOf(depGroup), `${dep} (imported by ${id})`).toBeLessThan(order.indexOf(g))
      }
    }
  })

  it('names the chunks as the bundler would: after the route, or the module that leads', () => {
    const names = chunkNames(
      GROUPS,
      (id) => [
        ...Object.entries(IMPORTS)
          .filter(([, to]) => to.includes(id))
          .map(([from]) => from),
        ...(DYNAMIC[id] ?? []),
      ],
      GRAPH.imports,
    )
    expect(names.get('index')).toBe('index')
    expect(names.get('plan')).toBe('plan._planId')
    expect(names.get(group('step-page.tsx') as string)).toBe('plan._planId.step._stepId')
    expect(names.get(group('checklist-body.tsx') as string)).toBe('checklist-body')
    expect(names.get(group('evaluate.ts') as string)).toBe('evaluate')
    expect(names.get(group('findings.ts') as string)).toBe('findings')
    expect(new Set(names.values()).size).toBe(names.size)
  })
})
