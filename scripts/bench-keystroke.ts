// Keystroke cost in the built app, in Chromium at 4x CPU slowdown: typing into a
// field of a plan with 40 SQL Server instances, and into the Group Chat step with a
// 100,000-room inventory checked. Run after `vite build`:
//   tsx scripts/bench-keystroke.ts
// Figures: the Event Timing API (PerformanceObserver 'event' entries, durationThreshold 16:
// a keystroke under 16 ms is not reported), and input-to-next-paint measured in the page.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { generateInventoryCsv } from './generate-inventory'

const root = join(import.meta.dirname, '..')
const PORT = Number(process.env.BENCH_PORT ?? 4186)
const BASE = `http://127.0.0.1:${PORT}`
const BUDGET_MS = 50
const CPU_SLOWDOWN = 4
const TEXT = 'sql-typed-by-the-bench-01.contoso.com'
const RUNS = Number(process.env.BENCH_KEY_RUNS ?? 5)

const golden = JSON.parse(
  readFileSync(join(root, 'src/plan/golden/link-v1.plan.json'), 'utf8'),
) as { id: string; name: string; updatedAt: string; answers: { sql: { instances: object[] } } }

function planWithSqlInstances(count: number) {
  const first = golden.answers.sql.instances[0] as Record<string, unknown>
  const instances = Array.from({ length: count }, (_, i) => ({
    ...first,
    server: `sql${String(i).padStart(2, '0')}.contoso.com`,
  }))
  return { ...golden, answers: { ...golden.answers, sql: { instances } } }
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer on ${BASE}`)
}

/** Starts collecting Event Timing entries and input-to-next-paint times in the page. */
async function observe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __events: { id: number; duration: number }[]
      __inp: number[]
      __long: number[]
    }
    w.__events = []
    w.__inp = []
    w.__long = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration)
    }).observe({ type: 'longtask' })
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        // Keystrokes only: the click that focuses the field is not typing.
        if (e.interactionId && e.name.startsWith('key'))
          w.__events.push({ id: e.interactionId, duration: e.duration })
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now()
        // The frame after the one that handles the key: the keystroke's next paint.
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => w.__inp.push(performance.now() - start)
          channel.port2.postMessage(null)
        })
      },
      true,
    )
  })
}

/**
 * Brings the field to the middle of the viewport, as an administrator looking at it has it,
 * then clicks it and types. Playwright's click scrolls a field only just into view; at the
 * viewport's bottom edge headless Chromium presents no frame while the text changes (the
 * trace shows viz "Draw skipped" for every keystroke), so Event Timing, which ends at the
 * next presented frame, reports seconds while the main thread is idle and the page's own
 * next paint comes within 40 ms. Measured 2026-12-02: 3,312-3,464 ms at the edge against
 * 40-64 ms in the middle, same build, same plan.
 */
async function typeInto(field: Locator): Promise<void> {
  await field.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await field.click()
  await field.page().keyboard.type(TEXT, { delay: 120 })
}

async function collect(page: Page) {
  await page.waitForTimeout(1000)
  return page.evaluate(() => {
    const w = window as unknown as {
      __events: { id: number; duration: number }[]
      __inp: number[]
      __long: number[]
    }
    const byInteraction = new Map<number, number>()
    for (const e of w.__events)
      byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration))
    return { eventTiming: [...byInteraction.values()], nextPaint: w.__inp, longTasks: w.__long }
  })
}

type Sample = { eventTiming: number[]; nextPaint: number[]; longTasks: number[] }

const sorted = (v: number[]) => [...v].sort((a, b) => a - b)
const quantile = (v: number[], q: number) =>
  sorted(v)[Math.min(v.length - 1, Math.floor(v.length * q))] ?? 0
/**
 * Interaction to Next Paint as Chromium defines it: the worst interaction, less one for
 * every 50 (the 98th percentile), over every keystroke of every run.
 */
const inpOf = (v: number[]) => sorted(v)[Math.max(0, v.length - 1 - Math.floor(v.length / 50))] ?? 0

/** Every keystroke's Event Timing duration, counting a keystroke under 16 ms as 16. */
function keystrokes(r: Sample, keys: number): number[] {
  return [...r.eventTiming, ...Array<number>(Math.max(0, keys - r.eventTiming.length)).fill(16)]
}

function report(label: string, keys: number, runs: Sample[], control: Sample[]): boolean {
  const all = runs.flatMap((r) => keystrokes(r, keys))
  const base = control.flatMap((r) => keystrokes(r, keys))
  const paints = runs.flatMap((r) => r.nextPaint)
  const long = runs.flatMap((r) => r.longTasks)
  const inp = inpOf(all)
  const verdict = inp <= BUDGET_MS ? 'within' : 'OVER'
  console.log(
    `${label}: ${runs.length} runs of ${keys} keys at ${CPU_SLOWDOWN}x CPU slowdown. ` +
      `Event Timing per keystroke: median ${quantile(all, 0.5).toFixed(0)} ms, ` +
      `p98 (INP) ${inp.toFixed(0)} ms, worst ${Math.max(...all).toFixed(0)} ms ` +
      `(worst of each run: ${runs.map((r) => Math.max(16, ...r.eventTiming).toFixed(0)).join(', ')} ms). ` +
      `The same keys into a page of 40 plain fieldsets with no script, in the same runs: ` +
      `median ${quantile(base, 0.5).toFixed(0)} ms, p98 ${inpOf(base).toFixed(0)} ms, worst ${Math.max(...base).toFixed(0)} ms. ` +
      `Input to next paint: median ${quantile(paints, 0.5).toFixed(0)} ms, p95 ${quantile(paints, 0.95).toFixed(0)} ms. ` +
      `Main-thread tasks over 50 ms while typing: ${long.length} (longest ${Math.max(0, ...long).toFixed(0)} ms). ` +
      `${verdict} the ${BUDGET_MS} ms budget (INP).`,
  )
  return inp <= BUDGET_MS
}

/** The control: the same keystrokes into 40 fieldsets of plain HTML, no script, no style sheet. */
const CONTROL_PAGE =
  '<!doctype html><title>Control</title>' +
  Array.from(
    { length: 40 },
    (_, i) =>
      `<fieldset><legend>Instance ${i + 1}</legend><label for="f${i}">Server FQDN</label> <input id="f${i}">` +
      `<label>Version <select><option>2008 R2</option><option>2012</option></select></label>` +
      `<label><input type="radio" name="b${i}"> 64-bit</label><label><input type="checkbox"> Back end</label></fieldset>`,
  ).join('')

async function main() {
  const server = spawn(
    join(root, 'node_modules/.bin/vite'),
    ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: 'ignore' },
  )
  console.log(`(machine load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)`)
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
  let ok = true
  try {
    await waitForServer()
    const page = await browser.newPage()
    const cdp = await page.context().newCDPSession(page)

    // 1. A plan with 40 SQL Server instances: type into the 20th instance's server name,
    // in several runs (one run's worst keystroke moves with the machine), each beside the
    // same keys typed into a page of plain HTML, the floor this machine sets.
    const plan = planWithSqlInstances(40)
    await page.goto(BASE)
    await page.evaluate((p) => {
      localStorage.clear()
      localStorage.setItem(`lync-planner:plan:${p.id}`, JSON.stringify(p))
      localStorage.setItem(
        'lync-planner:index',
        JSON.stringify([{ id: p.id, name: p.name, updatedAt: p.updatedAt }]),
      )
    }, plan)
    const runs: Sample[] = []
    const control: Sample[] = []
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${BASE}/plan/${plan.id}/step/sql`)
      const field = page.getByLabel('Server FQDN').nth(19)
      await field.fill('')
      // The step's checks load when the browser is idle after the first draw.
      await page.waitForTimeout(1000)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
      await observe(page)
      await typeInto(field)
      runs.push(await collect(page))
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })

      // The control in the same tab, the app's page gone: nothing of the app runs meanwhile.
      await page.goto('about:blank')
      await page.setContent(CONTROL_PAGE)
      await page.waitForTimeout(1000)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
      await observe(page)
      await typeInto(page.locator('#f19'))
      control.push(await collect(page))
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    }
    ok = report('Keystroke, 40 SQL Server instances', TEXT.length, runs, control) && ok

    // 2. The Group Chat step with a 100,000-room inventory checked in it.
    await page.goto(`${BASE}/plan/${plan.id}/step/group-chat`)
    await page.getByLabel('Upload the room inventory (CSV)').setInputFiles({
      name: 'rooms.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(generateInventoryCsv(100_000)),
    })
    await page.getByText(/Checked 100,000 rooms/).waitFor({ timeout: 120_000 })
    const gcField = page.getByLabel('Group Chat database name (optional)')
    await gcField.fill('')
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await observe(page)
    await typeInto(gcField)
    ok =
      report('Keystroke, 100,000-room inventory', TEXT.length, [await collect(page)], control) && ok
  } finally {
    await browser.close()
    server.kill()
  }
  if (!ok) process.exitCode = 1
}

await main()
