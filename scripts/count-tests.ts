/**
 * Counts the tests of a CI run from the runners' JSON reports, never from their human
 * output (docs/decisions/0010). A test passes only if it ran and passed; a failed,
 * timed-out, flaky, interrupted or never-run test fails, and so does a report that is
 * missing or unreadable, a file that could not load, and an error outside any test.
 *
 *   tsx scripts/count-tests.ts --status <npm exit status> vitest=<file> playwright=<file>
 *
 * Prints the skipped, interrupted and failed tests by name, then `N passed, N failed`
 * as its last line; exits 1 when anything failed.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

export interface Tally {
  runner: string
  passed: string[]
  /** Each with why: "failed", "timedOut", "flaky", "interrupted", "did not run", … */
  failed: string[]
  skipped: string[]
  /** Interrupted or never started: also in `failed`, with the same text. */
  interrupted: string[]
}

const tally = (runner: string): Tally => ({
  runner,
  passed: [],
  failed: [],
  skipped: [],
  interrupted: [],
})

// The fields read from each report; everything else in them is ignored.
interface VitestReport {
  testResults: {
    name: string
    status: string
    message?: string
    assertionResults: { fullName: string; status: string }[]
  }[]
}

interface PlaywrightSuite {
  title: string
  file?: string
  specs?: {
    title: string
    file?: string
    line?: number
    tests: {
      projectName: string
      expectedStatus: string
      status: string
      results: { status: string }[]
    }[]
  }[]
  suites?: PlaywrightSuite[]
}

interface PlaywrightReport {
  suites: PlaywrightSuite[]
  errors?: { message?: string }[]
}

// Colour codes, as Playwright writes them into its error messages.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')
const firstLine = (text: string | undefined) =>
  (text ?? '').replace(ANSI, '').trim().split('\n')[0] ?? ''

function shape(ok: boolean, runner: string): void {
  if (!ok) throw new Error(`${runner}: the report does not have the expected shape`)
}

export function countVitest(report: unknown, root = ''): Tally {
  const t = tally('vitest')
  const r = report as VitestReport
  shape(Array.isArray(r?.testResults), 'vitest')
  for (const file of r.testResults) {
    const name = root && file.name.startsWith(root) ? file.name.slice(root.length) : file.name
    if (file.assertionResults.length === 0) {
      // A file that could not load, or one the run never reached.
      const why = file.status === 'failed' ? `failed: ${firstLine(file.message)}` : 'did not run'
      t.failed.push(`${name} (${why})`)
      if (file.status !== 'failed') t.interrupted.push(`${name} (did not run)`)
      continue
    }
    let failedHere = 0
    for (const a of file.assertionResults) {
      const test = `${name} > ${a.fullName}`
      if (a.status === 'passed') t.passed.push(test)
      else if (a.status === 'failed') {
        t.failed.push(`${test} (failed)`)
        failedHere++
      } else if (a.status === 'skipped' || a.status === 'todo' || a.status === 'disabled')
        t.skipped.push(`${test} (${a.status})`)
      else {
        // "pending": queued or started, never finished (the run stopped).
        t.failed.push(`${test} (did not finish: ${a.status})`)
        t.interrupted.push(`${test} (did not finish: ${a.status})`)
        failedHere++
      }
    }
    if (file.status === 'failed' && failedHere === 0)
      t.failed.push(`${name} (failed outside its tests: ${firstLine(file.message)})`)
  }
  return t
}

/**
 * Playwright's own outcome calls an interrupted or never-run test "skipped", so each
 * test is judged from its results instead.
 */
export function countPlaywright(report: unknown): Tally {
  const t = tally('playwright')
  const r = report as PlaywrightReport
  shape(Array.isArray(r?.suites), 'playwright')
  const visit = (suite: PlaywrightSuite, path: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const project = test.projectName ? ` [${test.projectName}]` : ''
        const name = `${[...path, spec.title].join(' › ')}${project}`
        const statuses = test.results.map((res) => res.status)
        if (statuses.includes('interrupted')) {
          t.failed.push(`${name} (interrupted)`)
          t.interrupted.push(`${name} (interrupted)`)
        } else if (
          statuses.length === 0 ||
          (statuses.includes('skipped') && test.expectedStatus !== 'skipped')
        ) {
          t.failed.push(`${name} (did not run)`)
          t.interrupted.push(`${name} (did not run)`)
        } else if (test.expectedStatus === 'skipped') t.skipped.push(`${name} (skipped)`)
        else if (test.status === 'expected') t.passed.push(name)
        else if (test.status === 'flaky') t.failed.push(`${name} (flaky: ${statuses.join(', ')})`)
        else t.failed.push(`${name} (${statuses.at(-1) ?? test.status})`)
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...path, child.title])
  }
  for (const file of r.suites) visit(file, [file.file ?? file.title])
  for (const error of r.errors ?? [])
    t.failed.push(`error outside any test: ${firstLine(error.message)}`)
  return t
}

/** A runner whose report is missing or unreadable: it did not run, or stopped before the end. */
export function missing(runner: string, why: string): Tally {
  return { ...tally(runner), failed: [`${runner} report: ${why}`] }
}

/** The lines CI prints, the last `N passed, N failed`, and the two totals. */
export function summary(
  tallies: Tally[],
  exitStatus = 0,
): { lines: string[]; passed: number; failed: number } {
  const lines: string[] = []
  const list = (title: string, names: string[]) => {
    if (names.length === 0) return
    lines.push(`${title} (${names.length}):`, ...names.map((n) => `  - ${n}`))
  }
  for (const t of tallies) {
    list(`${t.runner}: skipped`, t.skipped)
    list(`${t.runner}: interrupted or did not run (counted as failed)`, t.interrupted)
    list(
      `${t.runner}: failed`,
      t.failed.filter((n) => !t.interrupted.includes(n)),
    )
  }
  const passed = tallies.reduce((n, t) => n + t.passed.length, 0)
  let failed = tallies.reduce((n, t) => n + t.failed.length, 0)
  if (exitStatus !== 0 && failed === 0) {
    lines.push(
      `A step outside the test runners failed (exit status ${exitStatus}): see the log above.`,
    )
    failed = 1
  }
  if (passed + failed === 0) {
    lines.push('No test ran.')
    failed = 1
  }
  lines.push(
    tallies
      .map(
        (t) =>
          `${t.runner}: ${t.passed.length} passed, ${t.failed.length} failed, ${t.skipped.length} skipped`,
      )
      .join('; '),
  )
  lines.push(`${passed} passed, ${failed} failed`)
  return { lines, passed, failed }
}

function read(runner: string, file: string): Tally {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return missing(runner, `no ${file} (the runner did not run, or stopped before writing it)`)
  }
  try {
    const json: unknown = JSON.parse(text)
    return runner === 'vitest' ? countVitest(json, `${process.cwd()}/`) : countPlaywright(json)
  } catch (e) {
    return missing(runner, `${file} cannot be read: ${e instanceof Error ? e.message : String(e)}`)
  }
}

function main(args: string[]) {
  let status = 0
  const tallies: Tally[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--status') status = Number(args[++i] ?? 1) || 0
    else {
      const [runner, file] = arg.split('=') as [string, string | undefined]
      if ((runner !== 'vitest' && runner !== 'playwright') || !file)
        throw new Error(`Unknown argument ${arg}`)
      tallies.push(read(runner, file))
    }
  }
  const { lines, failed } = summary(tallies, status)
  process.stdout.write(`${lines.join('\n')}\n`)
  process.exitCode = failed === 0 ? 0 : 1
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2))
