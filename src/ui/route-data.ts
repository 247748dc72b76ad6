// What the built page says of its routes (build/route-preload.ts writes it, the inline
// bootstrap in src/app/app-base.ts reads it first) and where the app is mounted.

/** The id of the JSON block (not a script: it never runs) naming each route's chunks, before the bootstrap. */
export const ROUTES_DATA_ID = 'planner-routes'

/** The mount path the page runs under: from the `<base>` the bootstrap set; '/' where there is none (development). */
export function appBase(): string {
  const href = document.querySelector('base')?.getAttribute('href')
  return href && href.startsWith('/') && href.endsWith('/') ? href : '/'
}

/** A route as the build's route data names it (build/route-preload.ts). */
export interface RouteEntry {
  /** Path segments, '$' for a parameter. */
  segments: string[]
  /** An index route matches its path exactly; others also as a parent. */
  index: boolean
  chunks: string[]
}

/**
 * The first segment of a route entry for code a page loads only after its first paint
 * (build/route-preload.ts): no address has it, so the bootstrap never asks for it at
 * once; `chunksFor(…, { later: true })` includes it.
 */
export const AFTER_FIRST_PAINT = '+'

/**
 * The chunks to fetch for a path below the app's base (the bootstrap's own logic);
 * with `later`, also those its page loads after its first paint.
 */
export function chunksFor(
  table: RouteEntry[],
  path: string,
  { later = false }: { later?: boolean } = {},
): string[] {
  const u = path.split('/').filter(Boolean)
  const out = new Set<string>()
  for (const r of table) {
    const segments = later && r.segments[0] === AFTER_FIRST_PAINT ? r.segments.slice(1) : r.segments
    if (r.index ? segments.length !== u.length : segments.length > u.length) continue
    if (segments.every((s, i) => s === '$' || s === u[i])) r.chunks.forEach((c) => out.add(c))
  }
  return [...out]
}

/** The route data as the build writes it (build/route-preload.ts, routesData). */
export interface RoutesData {
  main: string
  preload: string[]
  files: string[]
  routes: [string[], boolean, number[]][]
}

/** The routes of the route data, each with its chunks' file names. */
export function routeTableOf(data: RoutesData): RouteEntry[] {
  return data.routes.map(([segments, index, chunks]) => ({
    segments,
    index,
    chunks: chunks.map((i) => data.files[i] as string),
  }))
}

let routeTable: RouteEntry[] | null | undefined

/** The built page's route data; null in development, or where it cannot be read. */
function routesOfPage(): RouteEntry[] | null {
  if (routeTable !== undefined) return routeTable
  routeTable = null
  try {
    const data = JSON.parse(
      document.getElementById(ROUTES_DATA_ID)?.textContent ?? 'null',
    ) as RoutesData | null
    if (data) routeTable = routeTableOf(data)
  } catch {
    // A page without usable route data fetches nothing ahead.
  }
  return routeTable
}

/**
 * Fetches the code of the page at `path` (below the app's base, e.g. `plan/x/review`)
 * without running it: `modulepreload` links, as the bootstrap adds for the page opened.
 * The code runs when the page is opened, not while someone reads this one.
 */
export function preloadPage(path: string): void {
  const table = routesOfPage()
  if (!table) return
  const base = appBase()
  // What the page has asked for already (the bootstrap's links, Vite's, this function's).
  const have = new Set(
    [...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((l) => l.href),
  )
  for (const file of chunksFor(table, path, { later: true })) {
    const href = base + file
    if (have.has(new URL(href, document.baseURI).href)) continue
    const link = document.createElement('link')
    link.rel = file.endsWith('.css') ? 'prefetch' : 'modulepreload'
    link.crossOrigin = ''
    link.href = href
    document.head.appendChild(link)
  }
}
