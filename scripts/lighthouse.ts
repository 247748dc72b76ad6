// The Lighthouse part of `npm run bench`: the built app's start page, a step and
// the checklist opened cold, beside the same-dependency baseline page, in one
// run, median of LH_RUNS (5) runs each, with the machine's Chromium. The plan is
// stored through the app's own /open#plan= link in the browser's profile, so the
// plan pages are measured as an administrator opens them: cold, with a plan.
// Lighthouse clears the HTTP cache, service workers and Cache Storage before each
// run (its default), and keeps localStorage, where the plan is.
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import puppeteer from 'puppeteer-core'
import { encodePlanToFragment } from '../src/plan/link-codec'
import { makeReferencePlan } from '../src/plan/test-plans'
import type { DevtoolsEvent } from './request-depth'
import { requestDepth } from './request-depth'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
}

/** A static server like the ones the app is hosted on: gzip, fallback to index.html. */
function serve(dir: string, port: number): Promise<Server> {
  const gz = new Map<string, Buffer>()
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(dir, path))
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(dir, 'index.html')
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    const headers: Record<string, string> = { 'content-type': type }
    if (file.includes('/assets/')) headers['cache-control'] = 'public, max-age=31536000, immutable'
    if (/gzip/.test(String(req.headers['accept-encoding'])) && !type.startsWith('image/png')) {
      let body = gz.get(file)
      if (!body) {
        body = gzipSync(readFileSync(file), { level: 6 })
        gz.set(file, body)
      }
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' })
      res.end(body)
      return
    }
    res.writeHead(200, headers)
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

interface Row {
  perf: number[]
  fcp: number[]
  lcp: number[]
  tbt: number[]
  depth: number[]
  lcpElement: string
}

export async function lighthouseBench(
  root: string,
  baselineDir: string,
  firstLoadKb: Record<'start' | 'step' | 'checklist' | 'baseline', number>,
  /** Another build measured in the same run (BENCH_COMPARE_DIST), e.g. before a change. */
  compare?: { dist: string; label: string },
): Promise<void> {
  const runs = Number(process.env.LH_RUNS ?? 5)
  const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const appPort = Number(process.env.BENCH_PORT ?? 4231)
  const app = await serve(process.env.BENCH_DIST ?? join(root, 'dist'), appPort)
  const base = await serve(baselineDir, appPort + 1)
  const other = compare ? await serve(compare.dist, appPort + 2) : undefined
  const profile = mkdtempSync(join(tmpdir(), 'planner-bench-'))
  const chrome = await chromeLauncher.launch({
    chromePath,
    userDataDir: profile,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  })
  try {
    const origin = `http://127.0.0.1:${appPort}`
    const otherOrigin = `http://127.0.0.1:${appPort + 2}`
    const plan = makeReferencePlan()
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` })
    for (const o of compare ? [origin, otherOrigin] : [origin]) {
      const page = await browser.newPage()
      await page.goto(`${o}/open#${encodePlanToFragment(plan)}`)
      await page.waitForFunction(
        () => document.querySelector('h1')?.textContent?.startsWith('Checklist: '),
        { timeout: 120_000 },
      )
      await page.close()
    }
    await browser.disconnect()

    const pages = [
      { name: 'start page', url: `${origin}/`, kb: firstLoadKb.start },
      { name: 'a step, cold', url: `${origin}/plan/${plan.id}/step/sql`, kb: firstLoadKb.step },
      {
        name: 'the checklist, cold',
        url: `${origin}/plan/${plan.id}/checklist`,
        kb: firstLoadKb.checklist,
      },
      {
        name: 'baseline page (same dependencies)',
        url: `http://127.0.0.1:${appPort + 1}/`,
        kb: firstLoadKb.baseline,
      },
    ]
    if (compare) {
      pages.push(
        { name: `${compare.label}: start page`, url: `${otherOrigin}/`, kb: NaN },
        {
          name: `${compare.label}: a step, cold`,
          url: `${otherOrigin}/plan/${plan.id}/step/sql`,
          kb: NaN,
        },
        {
          name: `${compare.label}: the checklist, cold`,
          url: `${otherOrigin}/plan/${plan.id}/checklist`,
          kb: NaN,
        },
      )
    }
    const rows = new Map<string, Row>(
      pages.map((p) => [
        p.name,
        { perf: [], fcp: [], lcp: [], tbt: [], depth: [], lcpElement: '' },
      ]),
    )
    // Interleaved, so a busy moment of the machine does not fall on one page only.
    for (let run = 0; run < runs; run++) {
      for (const p of pages) {
        const result = await lighthouse(p.url, {
          port: chrome.port,
          onlyCategories: ['performance'],
          output: 'json',
          logLevel: 'error',
        })
        if (!result) throw new Error(`Lighthouse gave no result for ${p.url}`)
        const { lhr, artifacts } = result
        // BENCH_LHR_DIR=folder keeps each run's report, to see where a page's time goes.
        if (process.env.BENCH_LHR_DIR) {
          const slug = p.name.replace(/[^a-z]+/gi, '-')
          writeFileSync(
            join(process.env.BENCH_LHR_DIR, `${slug}-${run + 1}.json`),
            JSON.stringify(lhr),
          )
          const trace = (artifacts as unknown as { Trace?: unknown }).Trace
          writeFileSync(
            join(process.env.BENCH_LHR_DIR, `${slug}-${run + 1}.trace.json`),
            JSON.stringify(trace),
          )
        }
        const row = rows.get(p.name) as Row
        const metrics = (
          lhr.audits.metrics?.details as { items: Record<string, number>[] } | undefined
        )?.items[0]
        row.perf.push(Math.round((lhr.categories.performance?.score ?? 0) * 100))
        row.fcp.push(lhr.audits['first-contentful-paint']?.numericValue ?? NaN)
        row.lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN)
        row.tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? NaN)
        row.depth.push(
          requestDepth(
            artifacts.DevtoolsLog as unknown as DevtoolsEvent[],
            metrics?.observedLargestContentfulPaintTs ?? Infinity,
          ),
        )
        const element = (
          lhr.audits['lcp-breakdown-insight']?.details as
            { items?: { type?: string; items?: unknown[] }[] } | undefined
        )?.items
        const node = JSON.stringify(element ?? '').match(/"snippet":"((?:[^"\\]|\\.)*)"/)
        if (node?.[1]) row.lcpElement = node[1].slice(0, 60)
        const last = (xs: number[]) => (xs[xs.length - 1] ?? NaN).toFixed(0)
        console.log(
          `  run ${run + 1}, ${p.name}: perf ${last(row.perf)}, FCP ${last(row.fcp)} ms, LCP ${last(row.lcp)} ms, TBT ${last(row.tbt)} ms, depth ${last(row.depth)}`,
        )
      }
    }
    console.log(
      `\nLighthouse ${lighthouseVersion()} (mobile, simulated throttling), median of ${runs} runs, this machine`,
    )
    console.log(
      '  page                               perf   FCP ms   LCP ms   TBT ms  depth  JS kB gzip  LCP element',
    )
    for (const p of pages) {
      const r = rows.get(p.name) as Row
      console.log(
        `  ${p.name.padEnd(34)} ${String(median(r.perf)).padStart(4)} ${median(r.fcp).toFixed(0).padStart(8)} ${median(r.lcp).toFixed(0).padStart(8)} ${median(r.tbt).toFixed(0).padStart(8)} ${String(median(r.depth)).padStart(6)} ${(Number.isNaN(p.kb) ? '-' : p.kb.toFixed(1)).padStart(11)}  ${r.lcpElement}`,
      )
    }
    console.log(
      '  targets: start LCP <= 1300 ms, perf 100, <= 110 kB; step and checklist LCP <= 2000 ms,\n' +
        '  perf >= 98, depth 2, step <= 140 kB, checklist <= 130 kB. Figures move with the load\n' +
        '  of the machine: compare pages of one run, not runs of different days.',
    )
  } finally {
    await chrome.kill()
    rmSync(profile, { recursive: true, force: true })
    app.close()
    base.close()
    other?.close()
  }
}

function lighthouseVersion(): string {
  try {
    const pkg = JSON.parse(
      readFileSync(join(import.meta.dirname, '../node_modules/lighthouse/package.json'), 'utf8'),
    ) as { version: string }
    return pkg.version
  } catch {
    return ''
  }
}
