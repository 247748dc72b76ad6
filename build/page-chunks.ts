import { posix } from 'node:path'
import type { Plugin } from 'vite'
import type { DrawnAtOnce } from './route-preload'
import { routeOfFile } from './route-preload'

// The bundler splits code by the sets of entries that share it (the page's entry and
// every chunk imported on demand), so a step opened cold asked for 28 files, most of
// them under 1 kB: every lazy chunk (the rules, a schema) that shares a module with a
// page split that page's code again. Over HTTP/1.1 a browser opens six connections to
// a host, and each further file waits a round trip (docs/decisions/0027).
//
// This plugin groups the code a page draws at once by the kinds of page that draw it
// instead, whatever lazy chunk also uses it:
// - what the start page and other pages draw goes into the entry; what the start page
//   alone draws, into one chunk;
// - what every plan page draws (the plan's layout), into one chunk;
// - the rest of a route's code, by the kinds of page that draw it (every step is one
//   kind: 'plan/$/step'), so a step loads its route's code and what it shares with the
//   review or the checklist in a few chunks;
// - code drawn at once only through a lazy module (a step's form, the picture, the
//   checklist's sections) stays apart from the routes' code: by the exact pages that
//   draw it (a form's own code, the picture), or, for code several steps' forms share,
//   in one chunk of the steps' forms.
// Code no page draws at once is left as the bundler splits it.

export interface ModuleGraph {
  ids: readonly string[]
  imports(id: string): readonly string[]
  /** The modules that import this one on demand (`import()`). */
  dynamicImporters(id: string): readonly string[]
  isEntry(id: string): boolean
}

interface Page {
  /** The route components drawn for the page: its own and its parents'. */
  components: string[]
  /** Modules the page draws at once though they are imported on demand. */
  lazy: string[]
}

// Pages opened now and then (reading discovery files, the rules, opening a link) keep
// the bundler's split: grouping for them would put their code (the file readers, zod)
// with what a step loads when its form is used.
const RARE = /(?:^|\/)(?:import|group-chat-queries|open|rules)$/
const COMPONENT = /\/src\/routes\/([^/?]+)\?tsr-split=component$/
const SCRIPT = /\.(?:[cm]?[jt]sx?)(?:\?|$)/

/** Each page ('/plan/$/step/sql') and what it draws at once. */
export function pagesOf(
  ids: readonly string[],
  drawnAtOnce: DrawnAtOnce[],
  root: string,
): Map<string, Page> {
  const routes = ids.flatMap((id) => {
    const match = COMPONENT.exec(id)
    const route = match?.[1] ? routeOfFile(match[1]) : null
    return route ? [{ id, ...route }] : []
  })
  const componentsFor = (segments: string[]) =>
    routes
      .filter(
        (r) =>
          (r.index
            ? r.segments.length === segments.length
            : r.segments.length <= segments.length) &&
          r.segments.every((s, i) => s === '$' || segments[i] === '$' || s === segments[i]),
      )
      .map((r) => r.id)
  const pages = new Map<string, Page>()
  for (const r of routes.filter((r) => !RARE.test(r.segments.join('/')))) {
    pages.set(`/${r.segments.join('/')}`, { components: componentsFor(r.segments), lazy: [] })
  }
  for (const { path, modules } of drawnAtOnce) {
    const name = `/${path}`
    const page = pages.get(name) ?? { components: componentsFor(path.split('/')), lazy: [] }
    pages.set(name, { ...page, lazy: [...page.lazy, ...modules.map((m) => posix.join(root, m))] })
  }
  return pages
}

/** The kind of a page: every step is one kind. */
export function kindOf(page: string): string {
  return page.replace(/^(\/plan\/\$\/step)\/.*$/, '$1')
}

const START = '/'
const PLAN = /^\/plan\//

/**
 * The group of each module some page draws at once and the entry does not bring:
 * 'index' for the entry's own chunk, else a chunk's name.
 */
export function groupsOf(graph: ModuleGraph, pages: Map<string, Page>): Map<string, string> {
  const closure = (start: Iterable<string>) => {
    const seen = new Set<string>()
    const visit = (id: string) => {
      if (seen.has(id)) return
      seen.add(id)
      graph.imports(id).forEach(visit)
    }
    for (const id of start) visit(id)
    return seen
  }
  const entry = closure(graph.ids.filter((id) => graph.isEntry(id)))
  const drawnBy = new Map<string, string[]>()
  const lazyRoots = new Set([...pages.values()].flatMap((p) => p.lazy))
  const routed = new Set<string>()
  const names = [...pages.keys()].sort()
  for (const name of names) {
    const page = pages.get(name) as Page
    const components = closure(page.components)
    components.forEach((id) => routed.add(id))
    for (const id of closure([...page.components, ...page.lazy])) {
      if (entry.has(id) || !SCRIPT.test(id)) continue
      drawnBy.set(id, [...(drawnBy.get(id) ?? []), name])
    }
  }
  const planPages = names.filter((n) => PLAN.test(n))
  const planKinds = [...new Set(planPages.map(kindOf))]
  const slug = (s: string) => s.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')
  // Who imports each module, at once or on demand.
  const importers = new Map<string, string[]>()
  for (const id of graph.ids) {
    for (const dep of graph.imports(id)) importers.set(dep, [...(importers.get(dep) ?? []), id])
  }
  // The pages on which a module may run: those that draw it, or, for code no page draws
  // (what Continue runs, the rules' verdict), those of the code that imports it.
  // 'anywhere' for the entry's code; none for a page opened now and then (it may load
  // more than it needs).
  const running = new Map<string, Set<string> | 'anywhere'>()
  const runsOn = (id: string, seen = new Set<string>()): Set<string> | 'anywhere' => {
    const known = running.get(id)
    if (known) return known
    if (entry.has(id)) return 'anywhere'
    const drawn = drawnBy.get(id)
    if (drawn) return new Set(drawn)
    const out = new Set<string>()
    if (COMPONENT.test(id) || seen.has(id)) return out
    seen.add(id)
    for (const importer of [...(importers.get(id) ?? []), ...graph.dynamicImporters(id)]) {
      const pages = runsOn(importer, seen)
      if (pages === 'anywhere') {
        running.set(id, pages)
        return pages
      }
      pages.forEach((p) => out.add(p))
    }
    running.set(id, out)
    return out
  }
  // A module loaded where its pages do not draw it (the rules' verdict, loaded by a step's
  // checks; a word of the start page's that Continue uses) keeps a chunk of its own, as the
  // bundler makes it: in a group of a few pages it would bring that group's other code
  // along. The entry's and the plan layout's groups are loaded nearly everywhere already.
  const loadedElsewhere = (id: string, by: string[]) =>
    [...(importers.get(id) ?? []), ...graph.dynamicImporters(id)].some((importer) => {
      const pages = runsOn(importer)
      return pages === 'anywhere' || [...pages].some((p) => !by.includes(p))
    })
  const groups = new Map<string, string>()
  for (const [id, by] of drawnBy) {
    // Code one step alone draws (its form) stays that step's; code several steps draw
    // is the steps'.
    const oneStep = by.filter((p) => kindOf(p) !== p).length === 1
    const kinds = [...new Set(by.map((p) => (oneStep ? p : kindOf(p))))]
    let group: string
    if (by.length === 1 && by[0] === START) group = 'start'
    else if (by.includes(START)) group = 'index'
    else if (planKinds.filter((k) => !kinds.includes(k)).length <= 1 && routed.has(id))
      group = 'plan'
    else if (routed.has(id)) group = `route:${kinds.map(slug).join('+')}`
    else if (by.length > 1 && by.every((p) => kindOf(p) !== p)) group = 'step-forms'
    else group = `drawn:${by.map(slug).join('+')}`
    const apart = group !== 'index' && group !== 'plan' && !COMPONENT.test(id) && !lazyRoots.has(id)
    if (apart && loadedElsewhere(id, by)) {
      group = `own:${[...new Set(by.map(kindOf))].join('+')}:${id}`
    }
    groups.set(id, group)
  }
  for (const id of entry) groups.set(id, 'index')
  return groups
}

/**
 * A file name for each group, as the bundler would name the chunk: after its route's
 * component ('plan._planId.step._stepId'; the shortest, for a group of several), else
 * after the module imported from outside the group that brings most of it ('evaluate',
 * 'migration-diagram'), else after the kinds of page that draw it. The entry keeps its
 * name.
 */
export function chunkNames(
  groups: Map<string, string>,
  importers: (id: string) => readonly string[],
  imports: (id: string) => readonly string[],
): Map<string, string> {
  const members = new Map<string, string[]>()
  for (const [id, g] of groups) members.set(g, [...(members.get(g) ?? []), id])
  const base = (id: string) => posix.basename(id.replace(/\?.*$/, '')).replace(/\.[^.]+$/, '')
  const out = new Map<string, string>()
  const taken = new Set<string>()
  for (const [g, ids] of [...members].sort(([a], [b]) => a.localeCompare(b))) {
    const routes = ids.filter((id) => COMPONENT.test(id)).map((id) => base(id).replace(/\$/g, '_'))
    // Of the modules imported from outside the group, the one that imports most of it.
    const inGroup = (id: string) => {
      const seen = new Set<string>()
      const visit = (m: string) => {
        if (seen.has(m) || groups.get(m) !== g) return
        seen.add(m)
        imports(m).forEach(visit)
      }
      visit(id)
      return seen.size
    }
    const lazy = ids
      .filter((id) => importers(id).some((i) => groups.get(i) !== g))
      .sort((a, b) => inGroup(b) - inGroup(a) || base(a).localeCompare(base(b)))
    let name =
      g === 'index'
        ? g
        : (routes.sort((a, b) => a.length - b.length || a.localeCompare(b))[0] ??
          (lazy[0] ? base(lazy[0]) : g.replace(/^\w+:/, '').replace(/[^a-z0-9_.+-]+/gi, '-')))
    if (name === 'index' && g !== 'index') name = 'routes'
    let unique = name
    for (let n = 2; taken.has(unique); n++) unique = `${name}_${n}`
    taken.add(unique)
    out.set(g, unique)
  }
  return out
}

/**
 * The order in which the bundler fills the groups: the entry, the plan's layout, the
 * routes' code, then what only lazy modules draw; the widest first within each. The
 * bundler puts a module's imports in its group unless an earlier group took them, and
 * a module's imports are drawn by every page that draws it: their group is as wide or
 * wider, so it comes first. A module kept apart comes before the groups of the pages
 * that draw it, which would otherwise take it in.
 */
export function groupOrder(
  groups: Iterable<string>,
  /** For each group, the groups its modules import. */
  imports: Map<string, Set<string>> = new Map(),
): string[] {
  const rank = (g: string) => {
    if (g === 'index') return 0
    if (g === 'plan') return 1
    if (g === 'step-forms') return 3
    if (g.startsWith('drawn:')) return 4
    return 2
  }
  // How many kinds of page draw the group's code (a module kept apart: half more, so it
  // comes before the groups of the pages that draw it).
  const width = (g: string) => {
    const [prefix, kinds = ''] = g.split(':')
    return kinds.split('+').length + (prefix === 'own' ? 0.5 : 0)
  }
  const left = [...new Set(groups)].sort(
    (a, b) => rank(a) - rank(b) || width(b) - width(a) || a.localeCompare(b),
  )
  // In that order, but a group only once the groups it imports are placed (where they
  // import each other, in that order all the same).
  const order: string[] = []
  while (left.length) {
    const ready = left.findIndex((g) =>
      [...(imports.get(g) ?? [])].every((d) => d === g || !left.includes(d)),
    )
    order.push(...left.splice(Math.max(ready, 0), 1))
  }
  return order
}

/** Most groups a build may make: the bundler reads the list of groups before the build. */
const SLOTS = 40

export function pageChunks(drawnAtOnce: DrawnAtOnce[]): Plugin {
  let root = ''
  let slotOf = new Map<string, number>()
  let names: string[] = []
  return {
    name: 'page-chunks',
    apply: 'build',
    config() {
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: Array.from({ length: SLOTS }, (_, slot) => ({
                  name: (id: string) => (slotOf.get(id) === slot ? (names[slot] ?? null) : null),
                  priority: SLOTS - slot,
                })),
              },
            },
          },
        },
      }
    },
    configResolved(config) {
      root = config.root
    },
    buildEnd() {
      const info = (id: string) => this.getModuleInfo(id)
      const ids = [...this.getModuleIds()]
      const groups = groupsOf(
        {
          ids,
          imports: (id) => info(id)?.importedIds ?? [],
          dynamicImporters: (id) => info(id)?.dynamicImporters ?? [],
          isEntry: (id) => info(id)?.isEntry ?? false,
        },
        pagesOf(ids, drawnAtOnce, root),
      )
      const label = chunkNames(
        groups,
        (id) => [...(info(id)?.importers ?? []), ...(info(id)?.dynamicImporters ?? [])],
        (id) => info(id)?.importedIds ?? [],
      )
      const imports = new Map<string, Set<string>>()
      for (const [id, g] of groups) {
        for (const dep of info(id)?.importedIds ?? []) {
          const h = groups.get(dep)
          if (h && h !== g) imports.set(g, (imports.get(g) ?? new Set()).add(h))
        }
      }
      const order = groupOrder(groups.values(), imports)
      if (order.length > SLOTS) this.error(`page-chunks: ${order.length} groups, room for ${SLOTS}`)
      slotOf = new Map([...groups].map(([id, g]) => [id, order.indexOf(g)]))
      names = order.map((g) => label.get(g) ?? g)
    },
    // Each module must be in the chunk of its group: a group filled too early takes in
    // the imports of its modules that belong to a later one.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue
        for (const id of chunk.moduleIds) {
          const slot = slotOf.get(id)
          if (slot === undefined) continue
          const want = names[slot] as string
          if (chunk.name !== want && !(want === 'index' && chunk.isEntry)) {
            this.error(`page-chunks: ${id} is in the chunk ${chunk.name}, not in ${want}`)
          }
        }
      }
    },
  }
}
