import { posix } from 'node:path'
import type { Plugin } from 'vite'
import type { RouteEntry } from '../src/app/app-base'
import { BOOTSTRAP_SCRIPT, chunksFor, ROUTES_DATA_ID } from '../src/app/app-base'
import { AFTER_FIRST_PAINT } from '../src/ui/route-data'

// Each page's code is split by route (the router plugin), so without help the
// browser learns of a page's chunks only after the entry has downloaded and run:
// HTML -> entry -> route chunks. This plugin writes into index.html, at build time,
// a JSON block naming the chunks each route needs; the inline bootstrap in the head
// (BOOTSTRAP_SCRIPT in src/app/app-base.ts, a fixed text allowed by its hash in the
// CSP) reads it and asks for the current address's chunks at once, beside the entry,
// with no request of its own. File names are relative to the app's base: the build
// works under any path (docs/decisions/0017, 0023).
export { chunksFor }

interface OutputChunkLike {
  type: 'chunk'
  fileName: string
  isEntry: boolean
  facadeModuleId: string | null
  imports: string[]
  moduleIds?: readonly string[]
  viteMetadata?: { importedCss: Set<string> }
}

/**
 * Code a page draws at once although it is imported on demand (React.lazy): the
 * page's address (`plan/$/step/sql`, '$' for any value) and the modules, by path from
 * the project's root.
 */
export interface DrawnAtOnce {
  path: string
  modules: string[]
  /**
   * The page asks for these itself once its first draw is on screen: the page's HTML
   * does not (they are grouped with the page all the same, build/page-chunks.ts).
   */
  afterFirstPaint?: boolean
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

/**
 * The chunks of each route component, and their stylesheets, less what the entry
 * already brings; then, for each `DrawnAtOnce` address, the chunks of its modules.
 */
export function routeTable(
  chunks: OutputChunkLike[],
  drawnAtOnce: DrawnAtOnce[] = [],
  root = '',
): RouteEntry[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const closure = (start: string[], into = new Set<string>()) => {
    const visit = (f: string) => {
      if (into.has(f)) return
      into.add(f)
      const chunk = byFile.get(f)
      for (const i of chunk?.imports ?? []) visit(i)
      chunk?.viteMetadata?.importedCss.forEach((css) => into.add(css))
    }
    start.forEach(visit)
    return into
  }
  const entry = chunks.find((c) => c.isEntry)
  const loaded = entry ? closure([entry.fileName]) : new Set<string>()
  const needed = (start: string[]) => [...closure(start)].filter((f) => !loaded.has(f)).sort()
  const table: RouteEntry[] = []
  // A route's component is a chunk's facade, or one of its modules (build/page-chunks.ts
  // groups code by the pages that draw it).
  for (const c of chunks) {
    for (const id of new Set([c.facadeModuleId ?? '', ...(c.moduleIds ?? [])])) {
      const match = /\/src\/routes\/([^/?]+)\?tsr-split=component$/.exec(id)
      const route = match?.[1] ? routeOfFile(match[1]) : null
      if (route) table.push({ ...route, chunks: needed([c.fileName]) })
    }
  }
  for (const { path, modules, afterFirstPaint } of drawnAtOnce) {
    const files = modules.map((m) => {
      const id = posix.join(root, m)
      const chunk =
        chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds?.includes(id))
      if (!chunk) throw new Error(`route-preload: ${m} (drawn at once on ${path}) is in no chunk`)
      return chunk.fileName
    })
    const segments = path.split('/')
    table.push({
      segments: afterFirstPaint ? [AFTER_FIRST_PAINT, ...segments] : segments,
      index: true,
      chunks: needed(files),
    })
  }
  return table.sort((a, b) => a.segments.join('/').localeCompare(b.segments.join('/')))
}

/** What the bootstrap starts: the entry's module script, and the chunks it imports at once. */
export interface Entry {
  main: string
  preload: string[]
}

/** The JSON block the bootstrap reads: the entry, chunk files (relative to the app's base) and routes. */
export function routesData(table: RouteEntry[], entry: Entry): string {
  const files = [...new Set(table.flatMap((r) => r.chunks))].sort()
  const routes = table.map((r) => [r.segments, r.index, r.chunks.map((c) => files.indexOf(c))])
  // Inside <script>: no '<' may close it.
  return JSON.stringify({ ...entry, files, routes }).replace(/</g, '\\u003c')
}

/**
 * Takes the entry's module script and its modulepreload links out of the built page
 * (the bootstrap adds them, at once or after the first frame); what it took is the Entry.
 */
export function takeEntry(html: string): { html: string; entry: Entry } {
  const file = (tag: string, attr: string) => {
    const url = new RegExp(`${attr}="([^"]+)"`).exec(tag)?.[1]
    if (!url) throw new Error(`route-preload: no ${attr} in ${tag}`)
    return url.replace(/^\.\//, '')
  }
  const scripts = html.match(/<script type="module"[^>]*><\/script>\s*/g) ?? []
  if (scripts.length !== 1)
    throw new Error(`route-preload: ${scripts.length} module scripts in index.html, not 1`)
  const preloads = html.match(/<link rel="modulepreload"[^>]*>\s*/g) ?? []
  let out = html
  for (const tag of [...scripts, ...preloads]) out = out.replace(tag, '')
  return {
    html: out,
    entry: {
      main: file(scripts[0] as string, 'src'),
      preload: preloads.map((t) => file(t, 'href')),
    },
  }
}

export function routePreload(drawnAtOnce: DrawnAtOnce[] = []): Plugin {
  let root = ''
  return {
    name: 'route-preload',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter(
        (c): c is typeof c & OutputChunkLike => c.type === 'chunk',
      )
      const html = bundle['index.html']
      if (!html || html.type !== 'asset' || typeof html.source !== 'string') {
        this.error('route-preload: index.html is not in the bundle yet')
      }
      const bootstrap = `<script>${BOOTSTRAP_SCRIPT}</script>`
      if (!html.source.includes(bootstrap))
        this.error('route-preload: the bootstrap is not in index.html')
      const { html: page, entry } = takeEntry(html.source)
      // Just before the bootstrap, which reads it; a data block, so the CSP has nothing to allow.
      const data = `<script type="application/json" id="${ROUTES_DATA_ID}">${routesData(routeTable(chunks, drawnAtOnce, root), entry)}</script>`
      html.source = page.replace(bootstrap, () => `${data}\n    ${bootstrap}`)
    },
  }
}
