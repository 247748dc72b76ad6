import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RoutesData } from './route-data'

// The route data of a page served under /planner/: the review's code, one chunk of which
// (shared.js) the open page has asked for already, and a chunk the checklist asks for
// only after its first draw ('+' before its path).
const DATA: RoutesData = {
  main: 'assets/index.js',
  preload: [],
  files: ['assets/review.js', 'assets/shared.js', 'assets/plan.css', 'assets/sections.js'],
  routes: [
    [['plan', '$', 'review'], true, [0, 1, 2]],
    [['+', 'plan', '$', 'checklist'], true, [3]],
  ],
}

interface Link {
  rel: string
  href: string
  crossOrigin: string | null
}
let head: Link[]

/** A document of the smallest kind, with the links the page has already. */
function stubPage(existing: string[], data: RoutesData | null = DATA) {
  head = existing.map((href) => ({ rel: 'modulepreload', href, crossOrigin: '' }))
  vi.stubGlobal('document', {
    baseURI: 'http://intranet/planner/plan/p-1/step/sql',
    getElementById: (id: string) =>
      id === 'planner-routes' && data ? { textContent: JSON.stringify(data) } : null,
    querySelector: (selector: string) =>
      selector === 'base' ? { getAttribute: () => '/planner/' } : null,
    querySelectorAll: () => head.map((l) => ({ href: new URL(l.href, 'http://intranet/').href })),
    createElement: (): Link => ({ rel: '', href: '', crossOrigin: null }),
    head: { appendChild: (link: Link) => head.push(link) },
  })
}

beforeEach(() => vi.resetModules())
afterEach(() => vi.unstubAllGlobals())

describe('preloadPage', () => {
  it('asks for the chunks of the page named, under the app base, and skips those the page has', async () => {
    stubPage(['/planner/assets/shared.js'])
    const { preloadPage } = await import('./route-data')
    preloadPage('plan/p-1/review')
    expect(head.slice(1)).toEqual([
      { rel: 'modulepreload', href: '/planner/assets/review.js', crossOrigin: '' },
      // A stylesheet is fetched for later, not applied to this page.
      { rel: 'prefetch', href: '/planner/assets/plan.css', crossOrigin: '' },
    ])
    // Asked again: nothing more.
    preloadPage('plan/p-1/review')
    expect(head).toHaveLength(3)
  })

  it('fetches ahead what a page asks for after its first draw too', async () => {
    stubPage([])
    const { preloadPage } = await import('./route-data')
    preloadPage('plan/p-1/checklist')
    expect(head.map((l) => l.href)).toEqual(['/planner/assets/sections.js'])
  })

  it('does nothing where the page has no route data (development)', async () => {
    stubPage([], null)
    const { preloadPage } = await import('./route-data')
    preloadPage('plan/p-1/review')
    expect(head).toEqual([])
  })
})
