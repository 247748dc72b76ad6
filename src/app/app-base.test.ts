import { readdirSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { BOOTSTRAP_SCRIPT, mountPathOf } from './app-base'

const ROUTES_DIR = new URL('../routes/', import.meta.url)

/** Every address shape src/routes serves, with its parameters filled in (file-based routing). */
function routePaths(): string[] {
  const files = readdirSync(ROUTES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts') && !/(^|\/)__root\.tsx$/.test(f))
    .map((f) => f.replace(/\.tsx?$/, ''))
  const paths = new Set<string>()
  for (const file of files) {
    const segments = file
      .split(/[./]/)
      .filter((s) => s !== 'index' && s !== 'route' && !s.startsWith('_') && !/^\(.*\)$/.test(s))
      .map((s) => (s.startsWith('$') ? 'p-3f2a9c1e-7b4d' : s))
    const path = segments.join('/')
    paths.add(path)
    if (file.endsWith('index') && path) paths.add(`${path}/`)
  }
  return [...paths]
}

/** Runs the inline bootstrap as the page does, on a page at `pathname`; returns the <base href> it set. */
function runBootstrap(pathname: string): string {
  const appended: { href: string }[] = []
  runInNewContext(BOOTSTRAP_SCRIPT, {
    location: { pathname },
    document: {
      createElement: (tag: string) => {
        expect(tag).toBe('base')
        return { href: '' }
      },
      head: { appendChild: (el: { href: string }) => appended.push(el) },
      documentElement: { setAttribute: () => {} },
      // No route data (as in development): only the <base>.
      getElementById: () => null,
      addEventListener: () => {},
    },
  })
  expect(appended).toHaveLength(1)
  return appended[0]!.href
}

describe('mount path', () => {
  const routes = routePaths()

  it('finds every route file (the list below is not empty by accident)', () => {
    expect(routes).toEqual(
      expect.arrayContaining(['', 'open', 'rules', 'plan/p-3f2a9c1e-7b4d/step/p-3f2a9c1e-7b4d']),
    )
  })

  for (const mount of ['/', '/planner/', '/tools/lync/planner/', '/Planner%20Tools/']) {
    it(`takes each app route off the end of the path under ${mount}`, () => {
      for (const route of routes) {
        expect(mountPathOf(`${mount}${route}`), route).toBe(mount)
        expect(runBootstrap(`${mount}${route}`), route).toBe(mount)
      }
      expect(mountPathOf(`${mount}index.html`)).toBe(mount)
    })
  }

  it('keeps the folder of an address the app does not know (its Not found page)', () => {
    expect(mountPathOf('/planner/no-such-page')).toBe('/planner/')
    expect(runBootstrap('/planner/no-such-page')).toBe('/planner/')
    expect(mountPathOf('/planner/plan/p-1/nothing')).toBe('/planner/plan/p-1/')
  })

  it('is the same in the bootstrap as in mountPathOf', () => {
    for (const path of [
      '/',
      '/a/b/c',
      '/plan',
      '/plan/',
      '/rules/',
      '/x/open',
      '/x/plan/p/step/s/',
    ]) {
      expect(runBootstrap(path), path).toBe(mountPathOf(path))
    }
  })
})
