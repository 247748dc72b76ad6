import { posix } from 'node:path'
import type { Plugin } from 'vite'

// Each page's code is split by route (the router plugin), so without help the
// browser learns of a page's chunks only after the entry has downloaded and run:
// HTML -> entry -> route chunks. This plugin writes, at build time, a tiny
// same-origin script (the CSP forbids inline ones) holding which chunks each
// route needs; run from the head, it asks for the current address's chunks at
// once, beside the entry. It also finishes the pre-rendered shell of index.html
// (links under the app's base, the start page's text on the start page only).
// Every URL is resolved against the script's own URL: the build works under any
// path (docs/decisions/0017).

interface RouteEntry {
  /** Path segments, '$' for a parameter. */
  segments: string[]
  /** An index route matches its path exactly; others also as a parent. */
  index: boolean
  chunks: string[]
}

interface OutputChunkLike {
  type: 'chunk'
  fileName: string
  isEntry: boolean
  facadeModuleId: string | null
  imports: string[]
}

/** `plan.$planId.step.$stepId.tsx` -> segments of the route it defines. */
export function routeOfFile(file: string): { segments: string[]; index: boolean } | null {
  const name = posix.basename(file).replace(/\.tsx?$/, '')
  if (name.startsWith('__')) return null
  const parts = name.split('.')
  const index = parts[parts.length - 1] === 'index'
  const segments = (index ? parts.slice(0, -1) : parts).map((p) => (p.startsWith('$') ? '$' : p))
  return { segments, index }
}

/** The chunks of each route component, less what the entry already brings. */
export function routeTable(chunks: OutputChunkLike[]): RouteEntry[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const closure = (start: string[], into = new Set<string>()) => {
    const visit = (f: string) => {
      if (into.has(f)) return
      into.add(f)
      for (const i of byFile.get(f)?.imports ?? []) visit(i)
    }
    start.forEach(visit)
    return into
  }
  const entry = chunks.find((c) => c.isEntry)
  const loaded = entry ? closure([entry.fileName]) : new Set<string>()
  const table: RouteEntry[] = []
  for (const c of chunks) {
    const id = c.facadeModuleId ?? ''
    const match = /\/src\/routes\/([^/?]+)\?tsr-split=component$/.exec(id)
    const route = match?.[1] ? routeOfFile(match[1]) : null
    if (!route) continue
    const needed = [...closure([c.fileName])].filter((f) => !loaded.has(f)).sort()
    table.push({ ...route, chunks: needed })
  }
  return table.sort((a, b) => a.segments.join('/').localeCompare(b.segments.join('/')))
}

/** The chunks to fetch for a path below the app's base (the script's own logic, for tests). */
export function chunksFor(table: RouteEntry[], path: string): string[] {
  const u = path.split('/').filter(Boolean)
  const out = new Set<string>()
  for (const r of table) {
    if (r.index ? r.segments.length !== u.length : r.segments.length > u.length) continue
    if (r.segments.every((s, i) => s === '$' || s === u[i])) r.chunks.forEach((c) => out.add(c))
  }
  return [...out]
}

// Runs in the page, as a classic script: plain ES2017, no imports.
function boot(files: string[], routes: [string[], boolean, number[]][], up: string): void {
  const me = document.currentScript as HTMLScriptElement | null
  if (!me || !me.src) return
  const base = new URL(up, me.src).pathname
  const path = location.pathname
  const rest = path.indexOf(base) === 0 ? path.slice(base.length) : null
  const u = rest === null ? [] : rest.split('/').filter(Boolean)
  const seen: Record<number, true> = {}
  if (rest !== null) {
    for (const [segments, index, chunks] of routes) {
      if (index ? segments.length !== u.length : segments.length > u.length) continue
      if (!segments.every((s, i) => s === '$' || s === u[i])) continue
      for (const f of chunks) {
        if (seen[f]) continue
        seen[f] = true
        const link = document.createElement('link')
        link.rel = 'modulepreload'
        link.crossOrigin = ''
        link.href = new URL(files[f] as string, me.src).href
        document.head.appendChild(link)
      }
    }
  }
  // The pre-rendered shell: links under the base, the start page's text on it only.
  const start = rest !== null && u.length === 0
  const finish = (el: Element) => {
    const href = el.getAttribute('data-href')
    if (href !== null) el.setAttribute('href', base + href)
    // The main navigation marks the page it is on, as the app does.
    if (href !== null && el.hasAttribute('data-nav') && href === rest) {
      el.setAttribute('aria-current', 'page')
    }
    if (el.getAttribute('data-prerender') === 'start' && !start) el.remove()
  }
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      r.addedNodes.forEach((n) => {
        if (n instanceof Element) {
          finish(n)
          n.querySelectorAll('[data-href],[data-prerender]').forEach(finish)
        }
      })
    }
  })
  observer.observe(document.documentElement, { childList: true, subtree: true })
  document.addEventListener('DOMContentLoaded', () => observer.disconnect())
}

export function routePreload(): Plugin {
  let base = '/'
  let assetsDir = 'assets'
  return {
    name: 'route-preload',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base
      assetsDir = config.build.assetsDir
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter(
        (c): c is typeof c & OutputChunkLike => c.type === 'chunk',
      )
      const table = routeTable(chunks)
      const files = [...new Set(table.flatMap((r) => r.chunks))].sort()
      const routes = table.map((r) => [r.segments, r.index, r.chunks.map((c) => files.indexOf(c))])
      const scriptDir = assetsDir
      const rel = files.map((f) => posix.relative(scriptDir, f))
      const up = posix.relative(scriptDir, '.') + '/'
      const source = `(${boot.toString()})(${JSON.stringify(rel)},${JSON.stringify(routes)},${JSON.stringify(up)});\n`
      const ref = this.emitFile({
        type: 'asset',
        name: 'route-preload.js',
        source,
      })
      const fileName = this.getFileName(ref)
      const html = bundle['index.html']
      if (!html || html.type !== 'asset' || typeof html.source !== 'string') {
        this.error('route-preload: index.html is not in the bundle yet')
      }
      // Last in the head: the stylesheet and the entry are asked for first (a
      // blocking script earlier holds them back), and it runs before the body
      // is parsed, as the pre-rendered shell needs.
      const tag = `<script src="${base}${fileName}"></script>`
      html.source = html.source.replace('</head>', `  ${tag}\n  </head>`)
    },
  }
}
