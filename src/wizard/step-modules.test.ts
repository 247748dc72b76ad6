import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STEPS } from '../ui/step-registry'
import { STEP_MODULES } from './step-modules'

const SRC = join(import.meta.dirname, '..')

/** Value imports of a module (`import type` and dynamic `import()` load nothing at once). */
function staticImports(text: string): string[] {
  const out: string[] = []
  const re = /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm
  for (const m of text.matchAll(re)) out.push(m[1]!)
  return out
}

function resolve(from: string, spec: string): string {
  const base = join(dirname(from), spec)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      readFileSync(candidate)
      return candidate
    } catch {
      // next candidate
    }
  }
  throw new Error(`cannot resolve ${spec} from ${from}`)
}

/** Every file and package a module loads before it runs, following value imports only. */
function staticGraph(entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    if (!/\.tsx?$/.test(file)) return
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) visit(resolve(file, spec))
      else packages.add(spec)
    }
  }
  entries.forEach((e) => visit(join(SRC, e)))
  return { files, packages }
}

describe('the step page loads one step module, and no zod, at once', () => {
  const { files, packages } = staticGraph([
    'routes/plan.$planId.tsx',
    'routes/plan.$planId.step.$stepId.tsx',
  ])
  const loaded = [...files].map((f) => relative(SRC, f))

  it('follows the page into the wizard (the walk itself works)', () => {
    expect(loaded).toContain('wizard/step-page.tsx')
    expect(loaded).toContain('wizard/step-modules.ts')
    expect(packages).toContain('react-hook-form')
  })

  it('imports no step module statically: each comes from STEP_MODULES when shown', () => {
    expect(loaded.filter((f) => /^wizard\/steps\/.*-step\.tsx$/.test(f))).toEqual([])
  })

  it('imports no schema, zod or the zod resolver statically: they load on first need', () => {
    expect(
      loaded.filter((f) => /-schema\.ts$/.test(f) || f.endsWith('answered-so-far.ts')),
    ).toEqual([])
    expect([...packages].filter((p) => /^zod|^@hookform\/resolvers/.test(p))).toEqual([])
  })

  // The findings a step shows are kept beside the plan (store/known-findings.ts): the rules
  // load with the step's checks, or for a plan not judged yet (docs/decisions/0026).
  const RULE_CHECKS = /^rules\/(.*-check|evaluate)\.ts$|^store\/findings\.ts$/
  it('imports no rule check statically, nor does any step form', () => {
    expect(loaded.filter((f) => RULE_CHECKS.test(f))).toEqual([])
    for (const { id } of STEPS) {
      const form = staticGraph([`wizard/steps/${id}-step.tsx`])
      expect(
        [...form.files].map((f) => relative(SRC, f)).filter((f) => RULE_CHECKS.test(f)),
      ).toEqual([])
    }
  })
})

describe('STEP_MODULES', () => {
  it.each(STEPS.map((s) => s.id))('%s loads the module of that step', async (id) => {
    const loaded = await STEP_MODULES[id]()
    const modules = Object.values(loaded ?? {}).filter(
      (v): v is { meta: { id: string }; loadSchema: () => Promise<unknown> } =>
        typeof v === 'object' && v !== null && 'meta' in v && 'loadSchema' in v,
    )
    expect(modules.map((m) => m.meta.id)).toEqual([id])
    const schema = await modules[0]!.loadSchema()
    expect(typeof (schema as { safeParse?: unknown }).safeParse).toBe('function')
  })

  it('has a loader for every step of the registry, and no other', () => {
    expect(Object.keys(STEP_MODULES).sort()).toEqual(STEPS.map((s) => s.id).sort())
  })
})
