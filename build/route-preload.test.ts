import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { BOOTSTRAP_SCRIPT, ROUTES_DATA_ID } from '../src/app/app-base'
import { chunksFor, routesData, routeTable, takeEntry } from './route-preload'

// A build's chunks as the router plugin splits them: each route component its own
// chunk, sharing some; the entry's own files are never asked for again.
const chunk = (
  fileName: string,
  route: string | null,
  imports: string[] = [],
  isEntry = false,
  css: string[] = [],
  facade = route ? `/app/src/routes/${route}?tsr-split=component` : null,
) => ({
  type: 'chunk' as const,
  fileName,
  isEntry,
  facadeModuleId: facade,
  imports,
  moduleIds: facade ? [facade] : [],
  viteMetadata: { importedCss: new Set(css) },
})
const CHUNKS = [
  chunk('assets/index.js', null, ['assets/react.js'], true, ['assets/index.css']),
  chunk('assets/react.js', null),
  chunk('assets/start.js', 'index.tsx', ['assets/react.js']),
  chunk('assets/rules.js', 'rules.tsx', ['assets/catalogue.js']),
  chunk('assets/catalogue.js', null),
  chunk('assets/plan.js', 'plan.$planId.tsx', ['assets/store.js'], false, ['assets/plan.css']),
  chunk('assets/store.js', null),
  chunk('assets/step.js', 'plan.$planId.step.$stepId.tsx', [
    'assets/catalogue.js',
    'assets/store.js',
  ]),
  chunk('assets/checklist.js', 'plan.$planId.checklist.tsx', ['assets/catalogue.js']),
  chunk(
    'assets/picture.js',
    null,
    ['assets/geometry.js', 'assets/react.js'],
    false,
    [],
    '/app/src/ui/picture.tsx',
  ),
  chunk('assets/geometry.js', null),
]
const DRAWN_AT_ONCE = [{ path: 'plan/$/checklist', modules: ['src/ui/picture.tsx'] }]

interface Element {
  attrs: Record<string, string>
  removed?: boolean
  rel?: string
  href?: string
  crossOrigin?: string
  type?: string
  src?: string
}

const ENTRY = { main: 'assets/index.js', preload: ['assets/react.js'] }

/**
 * Runs the inline bootstrap on a page at `pathname` whose head holds `data`, then parses
 * its body; then the first frame is drawn, unless `frame` is false.
 */
function runPage(
  pathname: string,
  data: string | null,
  body: Element[] = [],
  { frame = true, visibility = 'visible', paintTiming = false, paintReported = true } = {},
) {
  const head: Element[] = []
  const html: Record<string, string> = {}
  let onReady: (() => void) | undefined
  let onVisibility: (() => void) | undefined
  const frames: (() => void)[] = []
  const timers: { fn: () => void; ms: number }[] = []
  const document = {
    readyState: 'loading',
    visibilityState: visibility,
    createElement: (tag: string): Element => ({ attrs: { tag } }),
    head: { appendChild: (e: Element) => head.push(e) },
    documentElement: { setAttribute: (k: string, v: string) => (html[k] = v) },
    getElementById: (id: string) => (id === ROUTES_DATA_ID && data ? { textContent: data } : null),
    addEventListener: (type: string, fn: () => void) => {
      if (type === 'visibilitychange') onVisibility = fn
      else {
        expect(type).toBe('readystatechange')
        onReady = fn
      }
    },
    querySelectorAll: (selector: string) =>
      body
        .filter((e) => !e.removed)
        .filter((e) =>
          selector === '[data-href]'
            ? 'data-href' in e.attrs
            : e.attrs['data-prerender'] === 'start',
        )
        .map((e) => ({
          getAttribute: (k: string) => e.attrs[k] ?? null,
          setAttribute: (k: string, v: string) => (e.attrs[k] = v),
          hasAttribute: (k: string) => k in e.attrs,
          remove: () => (e.removed = true),
        })),
  }
  // A browser with paint timing: the observer is told of paints once they are on screen.
  let onPaint: ((list: { getEntriesByName(name: string): unknown[] }) => void) | undefined
  // (One that does not report paints ignores the request, as browsers do.)
  class PerformanceObserver {
    static supportedEntryTypes = paintReported ? ['longtask', 'paint'] : ['longtask']
    constructor(private fn: typeof onPaint) {}
    observe(options: { type: string; buffered: boolean }) {
      expect(options).toEqual({ type: 'paint', buffered: true })
      if (paintReported) onPaint = this.fn
    }
  }
  runInNewContext(BOOTSTRAP_SCRIPT, {
    location: { pathname },
    document,
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void, ms = 0) => timers.push({ fn, ms }),
    ...(paintTiming ? { PerformanceObserver } : {}),
  })
  const beforeFrame = head.length
  document.readyState = 'interactive'
  onReady?.()
  const runTimers = () => timers.filter((t) => t.ms === 0).forEach((t) => t.fn())
  if (frame) {
    frames.forEach((fn) => fn())
    runTimers()
  }
  const beforePaint = head.length
  if (frame && onPaint) {
    // The first paint is reported alone, then the first contentful one.
    onPaint({ getEntriesByName: () => [] })
    runTimers()
    expect(head.length, 'fetched on a paint that showed no text').toBe(beforePaint)
    onPaint({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) })
    runTimers()
  }
  const links = head.filter((e) => e.attrs.tag === 'link')
  const scripts = head.filter((e) => e.attrs.tag === 'script')
  return {
    base: head[0]?.href,
    preloads: links.map((l) => {
      expect(l.rel).toBe(l.href?.endsWith('.css') ? 'stylesheet' : 'modulepreload')
      expect(l.crossOrigin).toBe('')
      return l.href
    }),
    main: scripts.map((e) => {
      expect(e.type).toBe('module')
      return e.src
    }),
    /** Whether anything but the <base> was added before the first frame. */
    startedBeforeFrame: beforeFrame > 1,
    /** Whether anything but the <base> was added before the text was on screen. */
    startedBeforePaint: beforePaint > 1,
    /** The fallback timer, for a frame that never comes. */
    fallback: timers.find((t) => t.ms > 0),
    start: 'data-start' in html,
    /** The tab is hidden or shown again. */
    visibilityChanges: () => onVisibility?.(),
    scripts: () => head.filter((e) => e.attrs.tag === 'script').map((e) => e.src),
  }
}

describe('route preload', () => {
  const table = routeTable(CHUNKS, DRAWN_AT_ONCE, '/app')
  const data = routesData(table, ENTRY)

  it('names, for each route, the chunks its component needs beyond the entry', () => {
    expect(chunksFor(table, 'plan/p-1/step/sql').sort()).toEqual([
      'assets/catalogue.js',
      'assets/plan.css',
      'assets/plan.js',
      'assets/step.js',
      'assets/store.js',
    ])
    expect(chunksFor(table, '')).toEqual(['assets/start.js'])
    expect(chunksFor(table, 'plan/p-1/checklist')).not.toContain('assets/step.js')
  })

  it('adds the lazy chunks a page draws at once, on that page only', () => {
    expect(chunksFor(table, 'plan/p-1/checklist')).toEqual(
      expect.arrayContaining(['assets/picture.js', 'assets/geometry.js']),
    )
    expect(chunksFor(table, 'plan/p-1/checklist')).not.toContain('assets/react.js')
    expect(chunksFor(table, 'plan/p-1/step/sql')).not.toContain('assets/picture.js')
    expect(() =>
      routeTable(CHUNKS, [{ path: 'rules', modules: ['src/ui/typo.tsx'] }], '/app'),
    ).toThrow(/typo\.tsx .* is in no chunk/)
  })

  it('leaves the chunks a page asks for after its first paint out of what the page asks for at once', () => {
    const later = routeTable(
      CHUNKS,
      [
        ...DRAWN_AT_ONCE,
        { path: 'plan/$/review', modules: ['src/ui/picture.tsx'], afterFirstPaint: true },
      ],
      '/app',
    )
    expect(chunksFor(later, 'plan/p-1/review')).not.toContain('assets/picture.js')
    // Fetching a page's code ahead (preloadPage) takes them too.
    expect(chunksFor(later, 'plan/p-1/review', { later: true })).toEqual(
      expect.arrayContaining(['assets/picture.js', 'assets/geometry.js']),
    )
    // The checklist, which draws the picture at once, still has it.
    expect(chunksFor(later, 'plan/p-1/checklist')).toContain('assets/picture.js')
    // The bootstrap, which reads the same data, does not ask for it either.
    const page = runPage('/planner/plan/p-1/review', routesData(later, ENTRY))
    expect(page.preloads).not.toContain('/planner/assets/picture.js')
    expect(page.preloads).toContain('/planner/assets/plan.js')
  })

  for (const mount of ['/', '/planner/', '/Planner%20Tools/lync/']) {
    it(`starts the app and asks for the open page's chunks at once under ${mount}`, () => {
      for (const path of ['', 'rules', 'plan/p-1/step/sql', 'plan/p-1/checklist', 'open']) {
        const page = runPage(`${mount}${path}`, data)
        expect(page.base, path).toBe(mount)
        expect(page.preloads.sort(), path).toEqual(
          [...ENTRY.preload, ...chunksFor(table, path)].map((f) => `${mount}${f}`).sort(),
        )
        expect(page.main, path).toEqual([`${mount}assets/index.js`])
        expect(page.start, path).toBe(path === '')
        // A plan page needs its code to show anything: at once, in the head.
        expect(page.startedBeforeFrame, path).toBe(path !== '')
      }
    })
  }

  it('on the start page, fetches no code before its pre-rendered text is painted', () => {
    const waiting = runPage('/planner/', data, [], { frame: false })
    expect(waiting.main).toEqual([])
    expect(waiting.preloads).toEqual([])
    // A frame that never comes (a browser that draws nothing) starts it all the same.
    expect(waiting.fallback?.ms).toBeGreaterThan(0)
    // A start page opened in a background tab draws no frame: it starts at once.
    const hidden = runPage('/planner/', data, [], { frame: false, visibility: 'hidden' })
    expect(hidden.main).toEqual(['/planner/assets/index.js'])
    expect(hidden.startedBeforeFrame).toBe(true)
  })

  it('on the start page, where paints are reported, waits for its text to be on screen', () => {
    const page = runPage('/planner/', data, [], { paintTiming: true })
    // Not on the frame: only once the browser reports the text painted.
    expect(page.startedBeforePaint).toBe(false)
    expect(page.main).toEqual(['/planner/assets/index.js'])
    expect(page.preloads.sort()).toEqual(
      [...ENTRY.preload, ...chunksFor(table, '')].map((f) => `/planner/${f}`).sort(),
    )
    expect(runPage('/planner/', data, [], { paintTiming: true, frame: false }).main).toEqual([])
    // A tab hidden before its first paint reports none: it starts when hidden or shown.
    const hiddenLater = runPage('/planner/', data, [], { paintTiming: true, frame: false })
    hiddenLater.visibilityChanges()
    expect(hiddenLater.scripts()).toEqual(['/planner/assets/index.js'])
    // A browser that has the observer but reports no paints starts on the first frame.
    const noPaints = runPage('/planner/', data, [], { paintTiming: true, paintReported: false })
    expect(noPaints.startedBeforeFrame).toBe(false)
    expect(noPaints.main).toEqual(['/planner/assets/index.js'])
    // A plan page does not wait.
    expect(
      runPage('/planner/plan/p-1/review', data, [], { paintTiming: true }).startedBeforeFrame,
    ).toBe(true)
  })

  it('asks for nothing, and still sets the base, when the data is missing or damaged', () => {
    for (const damaged of [null, '{"files":', '{}']) {
      const page = runPage('/planner/rules', damaged)
      expect(page.base).toBe('/planner/')
      expect(page.preloads).toEqual([])
      expect(page.main).toEqual([])
    }
  })

  it('keeps "<" out of the data block, so nothing can close its script element', () => {
    const odd = routeTable([
      chunk('assets/index.js', null, [], true),
      chunk('assets/</script>.js', 'rules.tsx'),
    ])
    expect(routesData(odd, ENTRY)).not.toContain('<')
    expect(JSON.parse(routesData(odd, ENTRY)).files).toEqual(['assets/</script>.js'])
  })

  it('takes the entry out of the built page, for the bootstrap to add', () => {
    const built = `<head>
    <script>boot</script>
    <script type="module" crossorigin src="./assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-B.js">
    <link rel="stylesheet" crossorigin href="./assets/index-C.css">
  </head>`
    const { html, entry } = takeEntry(built)
    expect(entry).toEqual({ main: 'assets/index-A.js', preload: ['assets/react-B.js'] })
    expect(html).not.toMatch(/type="module"|modulepreload/)
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/index-C.css">')
    expect(() => takeEntry('<head></head>')).toThrow(/0 module scripts/)
  })

  it('finishes the pre-rendered shell before the app runs: links under the base, the current one marked', () => {
    const shell = (): Element[] => [
      { attrs: { 'data-href': '', 'data-nav': '' } },
      { attrs: { 'data-href': 'rules', 'data-nav': '' } },
      { attrs: { 'data-href': '' } },
      { attrs: { 'data-prerender': 'start' } },
    ]
    const onStart = shell()
    runPage('/planner/', data, onStart)
    expect(onStart.map((e) => e.attrs.href)).toEqual([
      '/planner/',
      '/planner/rules',
      '/planner/',
      undefined,
    ])
    expect(onStart.map((e) => e.attrs['aria-current'])).toEqual([
      'page',
      undefined,
      undefined,
      undefined,
    ])
    expect(onStart[3]?.removed).toBeUndefined()

    const onRules = shell()
    runPage('/planner/rules', data, onRules)
    expect(onRules.map((e) => e.attrs['aria-current'])).toEqual([
      undefined,
      'page',
      undefined,
      undefined,
    ])
    expect(onRules[3]?.removed).toBe(true)
  })
})
