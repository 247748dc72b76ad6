// npm run bench: bundle sizes (gzip) of the built app against a same-dependency
// baseline, rule timings over large generated plans and inventories, and the
// share-link length of the reference plans. Every figure is measured here.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync, deflateSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { buildChecklist } from '../src/checklist/build-checklist'
import { summarizeInventory } from '../src/plan/inventory-summary'
import { planForLink } from '../src/plan/link-budget'
import {
  encodePlanToFragment,
  encodePlanToFragmentV1,
  LINK_WARN_LENGTH,
} from '../src/plan/link-codec'
import { substitutionsOpeningAnotherPlan } from '../src/plan/link-integrity'
import { makeReferencePlan } from '../src/plan/test-plans'
import { evaluate } from '../src/rules/evaluate'
import type { Answers } from '../src/rules/answers'
import { analyzeRooms } from '../src/rules/rooms'
import { makeAnswers, makePchatPool, makeSqlInstance, withSlice } from '../src/rules/test-factory'
import { generateInventoryCsv } from './generate-inventory'
import { parseInventoryCsv } from '../src/plan/inventory-csv'
import { lighthouseBench } from './lighthouse'
import { chunksFor } from '../build/route-preload'
import { ROUTES_DATA_ID } from '../src/app/app-base'
import type { RoutesData } from '../src/ui/route-data'
import { routeTableOf } from '../src/ui/route-data'
import { STEPS } from '../src/ui/step-registry'

const root = join(import.meta.dirname, '..')
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const RUNS = 7

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}
function time(fn: () => void, runs = RUNS): number {
  fn() // warm-up
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  return median(times)
}

type Manifest = Record<string, { file: string; imports?: string[]; css?: string[] }>

/** gzip size of a manifest chunk and everything it imports statically. */
function closure(
  dir: string,
  manifest: Manifest,
  keys: string[],
): { gzip: number; raw: number; files: number } {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return
    seen.add(key)
    for (const i of manifest[key].imports ?? []) visit(i)
  }
  keys.forEach(visit)
  let gzip = 0
  let raw = 0
  for (const key of seen) {
    const code = readFileSync(join(dir, manifest[key]!.file))
    raw += code.length
    gzip += gzipSync(code, { level: 9 }).length
  }
  return { gzip, raw, files: seen.size }
}

async function bundleSizes() {
  const dist = join(root, 'dist')
  if (!existsSync(join(dist, '.vite/manifest.json'))) {
    console.log('(building the app first)')
    await build({ root, logLevel: 'error' })
  }
  const outDir = join(root, 'node_modules/.bench-baseline')
  await build({
    root: join(root, 'bench/baseline'),
    configFile: false,
    plugins: [react()],
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, manifest: true, target: 'es2022' },
  })
  const baseManifest = JSON.parse(
    readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Manifest
  const baseline = closure(outDir, baseManifest, ['index.html'])
  // What the built page asks for at once on each address: the entry, the page's own
  // chunks and the lazy chunks it draws at once (the open step's form; the picture; a
  // checklist's sections, which follow its first draw).
  const page = readFileSync(join(dist, 'index.html'), 'utf8')
  const data = new RegExp(`id="${ROUTES_DATA_ID}">(.*?)</script>`).exec(page)?.[1]
  if (!data) throw new Error('The built page has no route data: is this build current?')
  const routes = JSON.parse(data) as RoutesData
  const table = routeTableOf(routes)
  const gz = (files: string[]) =>
    files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0)
  const scripts = (path: string, leaveOut = /^$/, later = false) =>
    [routes.main, ...routes.preload, ...chunksFor(table, path, { later })].filter(
      (f) => f.endsWith('.js') && !leaveOut.test(f),
    )
  const atOnce = (path: string, leaveOut = /^$/) => gz(scripts(path, leaveOut))
  const firstLoad = (path: string, leaveOut = /^$/) => {
    const files = scripts(path, leaveOut)
    return { gzip: gz(files), files: files.length }
  }
  // A page's first draw: its routes' code, without the lazy chunks it draws a moment
  // later (a step's form, the picture, the checklist's sections).
  const LATER = /\/(migration-diagram|lazy-diagram|checklist-body|[\w-]+-step)-[\w-]+\.js$/
  const start = firstLoad('')
  const step = firstLoad('plan/p/step/sql', LATER)
  const checklist = firstLoad('plan/p/checklist', LATER)
  // A step's first draw: its page's code and its own form; the largest form counts.
  const steps = STEPS.map(({ id }) => ({
    id,
    bytes: atOnce(`plan/p/step/${id}`, /\/(migration-diagram|lazy-diagram)-/),
  }))
  const largest = steps.reduce((a, b) => (b.bytes > a.bytes ? b : a))

  console.log('\nFirst-load JavaScript (gzip -9)')
  console.log(
    `  baseline: React + TanStack Router + react-hook-form + zod, one page: ${kb(baseline.gzip)}`,
  )
  const budget = (bytes: number, limit: number) =>
    `(budget ${limit} KB) ${bytes <= limit * 1024 ? 'OK' : 'OVER BUDGET'}`
  console.log(
    `  start page:      ${kb(start.gzip)} in ${start.files} files ${budget(start.gzip, 110)}`,
  )
  console.log(
    `  a wizard step:   ${kb(largest.bytes)}, its page and its own form (largest: ${largest.id}) ${budget(largest.bytes, 140)}`,
  )
  console.log(
    `                   (${steps.map((x) => `${x.id} ${kb(x.bytes)}`).join(', ')}; the page alone ${kb(step.gzip)})`,
  )
  console.log(
    `  the checklist:   ${kb(checklist.gzip)} in ${checklist.files} files, its first draw ${budget(checklist.gzip, 130)}`,
  )
  console.log('  asked for at once, the lazy chunks a page draws at once included:')
  console.log(`    the SQL step, with the picture:               ${kb(atOnce('plan/p/step/sql'))}`)
  console.log(`    the checklist:                                ${kb(atOnce('plan/p/checklist'))}`)
  console.log(
    `    the checklist, with the sections and picture it asks for after its first draw: ${kb(gz(scripts('plan/p/checklist', /^$/, true)))}`,
  )
  return {
    baselineDir: outDir,
    firstLoadKb: {
      start: start.gzip / 1024,
      step: atOnce('plan/p/step/sql') / 1024,
      checklist: checklist.gzip / 1024,
      baseline: baseline.gzip / 1024,
    },
  }
}

function bigPlan(): Answers {
  const base = makeAnswers()
  const instances = Array.from({ length: 50 }, (_, i) =>
    makeSqlInstance({
      server: `sql${i}.contoso.com`,
      instance: `I${i}`,
      roles: i % 2 ? ['lync-backend'] : ['pchat-store'],
    }),
  )
  const lyncPools = Array.from({ length: 20 }, (_, i) => ({
    fqdn: `pool${i}.contoso.com`,
    edition: 'enterprise' as const,
    sqlInstance: `sql${i * 2 + 1}.contoso.com\\I${i * 2 + 1}`,
  }))
  const pchatPools = Array.from({ length: 20 }, (_, i) =>
    makePchatPool({
      fqdn: `pchat${i}.contoso.com`,
      homePool: `pool${i}.contoso.com`,
      storeInstance: `sql${i * 2}.contoso.com\\I${i * 2}`,
      migrationTarget: i === 0 ? 'yes' : 'no',
    }),
  )
  return withSlice('pools', { lyncPools, pchatPools }, withSlice('sql', { instances }, base))
}

function ruleTimings() {
  console.log(`\nRule evaluation (median of ${RUNS} runs)`)
  const plan = bigPlan()
  console.log(
    `  every rule, 50 SQL instances, 20 + 20 pools: ${time(() => evaluate(plan)).toFixed(2)} ms (${evaluate(plan).length} findings)`,
  )
  console.log(`  checklist of that plan: ${time(() => buildChecklist(plan)).toFixed(2)} ms`)
  for (const n of [1_000, 10_000, 100_000]) {
    const csv = generateInventoryCsv(n)
    let rooms = 0
    let flagged = 0
    const parseAndCheck = time(
      () => {
        const parsed = parseInventoryCsv(csv)
        const result = analyzeRooms(parsed.rooms, { separator: '/' })
        rooms = parsed.rooms.length
        flagged = result.flagged.length
      },
      n === 100_000 ? 5 : RUNS,
    )
    const parsed = parseInventoryCsv(csv)
    const checkOnly = time(() => analyzeRooms(parsed.rooms, { separator: '/' }))
    console.log(
      `  ${n.toLocaleString('en').padStart(7)} rooms: parse + check ${parseAndCheck.toFixed(1)} ms, check alone ${checkOnly.toFixed(1)} ms (${rooms.toLocaleString('en')} rooms, ${flagged.toLocaleString('en')} need action)`,
    )
  }
}

function linkLengths() {
  console.log('\nShare-link length of the reference plans (characters after the #)')
  const plans = {
    'Lync 2010 with Group Chat (reference)': makeReferencePlan(),
    'OCS 2007 R2 with Group Chat': makeReferencePlan({
      answers: withSlice('source', { products: ['ocs2007r2'] }),
    }),
    'without Group Chat': makeReferencePlan({
      answers: {
        ...makeAnswers({ groupChat: undefined }),
        source: { ...makeAnswers().source!, groupChat: 'no' },
      },
    }),
    'large: 50 SQL instances, 40 pools': makeReferencePlan({ answers: bigPlan() }),
  }
  for (const [name, plan] of Object.entries(plans)) {
    const json = JSON.stringify(plan)
    const link = encodePlanToFragment(plan)
    const gzB64 = gzipSync(json, { level: 9 }).toString('base64url').length
    const deflB64 = deflateSync(json, { level: 9 }).toString('base64url').length
    console.log(
      `  ${name}: link ${link.length}${link.length > LINK_WARN_LENGTH ? ' (over 2,000: the app offers the plan file)' : ''}; baselines: JSON ${json.length}, JSON URI-encoded ${encodeURIComponent(json).length}, gzip+base64url ${gzB64}, zlib+base64url ${deflB64}`,
    )
  }
}

function linkIntegrity() {
  console.log('\nShare-link damage: every single-character substitution of the reference link')
  const plan = makeReferencePlan()
  for (const [format, link] of [
    [2, encodePlanToFragment(plan)],
    [1, encodePlanToFragmentV1(plan)],
  ] as const) {
    const start = performance.now()
    const r = substitutionsOpeningAnotherPlan(link)
    const s = ((performance.now() - start) / 1000).toFixed(1)
    const label = format === 2 ? 'share link integrity' : 'format 1 (no checksum, still opened)'
    console.log(
      `  ${label}: ${r.different.toLocaleString('en')} of ${r.tried.toLocaleString('en')} single-character substitutions open as a different plan (${r.same.toLocaleString('en')} open as the same plan, ${r.refused.toLocaleString('en')} refused; ${s} s)`,
    )
  }
}

function linkBudgetTiming() {
  console.log(`\nCopy link with a large inventory (median of ${RUNS} runs, CPU of this process)`)
  for (const n of [2_000, 20_000]) {
    const rooms = Array.from({ length: n }, (_, i) => ({
      path: ['Dept', `Team ${i % 7}`],
      name: `Room ${i}`,
      invitations: true,
      disabled: false,
      federated: 1,
      row: i + 2,
    }))
    const { inventory, answers } = summarizeInventory(rooms, { separator: '/', existingNames: [] })
    const plan = makeReferencePlan({ answers: withSlice('groupChat', { inventory, ...answers }) })
    let cut = 0
    let length = 0
    const cpu: number[] = []
    for (let i = 0; i <= RUNS; i++) {
      const before = process.cpuUsage()
      const r = planForLink(plan, LINK_WARN_LENGTH, 'https://planner.contoso.com/open#'.length)
      const used = process.cpuUsage(before)
      if (i > 0) cpu.push((used.user + used.system) / 1000)
      cut = r.cut
      length = r.fragment.length
    }
    console.log(
      `  ${n.toLocaleString('en')} rooms needing action: ${median(cpu).toFixed(0)} ms (fragment ${length} characters, ${cut.toLocaleString('en')} rooms cut)`,
    )
  }
}

const sizes = await bundleSizes()
// BENCH_LIGHTHOUSE=0 leaves Lighthouse out (it takes minutes on a busy machine);
// BENCH_LIGHTHOUSE=only runs the bundle sizes and Lighthouse alone.
if (process.env.BENCH_LIGHTHOUSE !== 'only') {
  ruleTimings()
  linkLengths()
  linkBudgetTiming()
  linkIntegrity()
}
if (process.env.BENCH_LIGHTHOUSE !== '0') {
  const compare = process.env.BENCH_COMPARE_DIST
  await lighthouseBench(
    root,
    sizes.baselineDir,
    sizes.firstLoadKb,
    compare ? { dist: compare, label: process.env.BENCH_COMPARE_LABEL ?? 'compared' } : undefined,
  )
}
