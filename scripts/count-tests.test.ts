import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countPlaywright, countVitest, missing, summary } from './count-tests'

// Reports written by real runs of Vitest 4.1 and Playwright 1.65 on small suites made for
// this (a pass, a fail, a skip, a todo, a file that cannot load, a flaky test, a timeout,
// a serial test after a failure, a run stopped by its global timeout, a run stopped by
// Ctrl+C), trimmed to the fields the counter reads.
const sample = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'count-tests-samples', name), 'utf8'))

describe('countVitest', () => {
  it('counts passes, failures, skips and todos, and a file that cannot load as a failure', () => {
    const t = countVitest(sample('vitest-mixed.json'), '/repo/')
    expect(t.passed).toEqual(['a.test.ts > a group passes'])
    expect(t.skipped).toEqual([
      'a.test.ts > a group is skipped (skipped)',
      'a.test.ts > a group is still to write (todo)',
    ])
    expect(t.failed).toEqual([
      'a.test.ts > a group fails (failed)',
      'b.test.ts (failed: this file cannot load)',
    ])
    expect(t.interrupted).toEqual([])
  })

  it('counts a test the run never finished, and a file it never reached, as failed', () => {
    const t = countVitest(sample('vitest-bail.json'), '/repo/')
    expect(t.passed).toEqual(['a.test.ts > passes'])
    expect(t.interrupted).toEqual([
      'a.test.ts > comes after the failure (did not finish: pending)',
      'b.test.ts (did not run)',
    ])
    expect(t.failed).toEqual([
      'a.test.ts > fails and stops the run (failed)',
      'a.test.ts > comes after the failure (did not finish: pending)',
      'b.test.ts (did not run)',
    ])
  })

  it('refuses a report of another shape', () => {
    expect(() => countVitest({ suites: [] })).toThrow(/shape/)
  })
})

describe('countPlaywright', () => {
  it('counts flaky, timed-out, never-run and global errors as failed, a skip as skipped', () => {
    const t = countPlaywright(sample('playwright-global-timeout.json'))
    expect(t.passed).toEqual(['a.spec.ts › passes'])
    expect(t.skipped).toEqual(['a.spec.ts › is skipped (skipped)'])
    expect(t.failed).toEqual([
      'a.spec.ts › fails (failed)',
      'a.spec.ts › is flaky (flaky: failed, passed)',
      'a.spec.ts › times out (timedOut)',
      'a.spec.ts › serial › fails first (failed)',
      'a.spec.ts › serial › after a failure (did not run)',
      'b.spec.ts › runs past the global timeout (did not run)',
      'b.spec.ts › never starts (did not run)',
      'error outside any test: Timed out waiting 90s for the test suite to run',
      'error outside any test: Timed out waiting 90s for the teardown for test suite to run',
    ])
    expect(t.interrupted).toHaveLength(3)
  })

  it('counts the test running when the run was stopped, and those after it, as failed', () => {
    // Playwright's own stats call both "skipped": { expected: 1, skipped: 2, unexpected: 0 }.
    const t = countPlaywright(sample('playwright-interrupted.json'))
    expect(t.passed).toEqual(['c.spec.ts › passes first'])
    expect(t.skipped).toEqual([])
    expect(t.failed).toEqual([
      'c.spec.ts › is running when the run is stopped (interrupted)',
      'c.spec.ts › never starts (did not run)',
    ])
    expect(t.interrupted).toEqual(t.failed)
  })

  it('names an error outside any test by its first line, without colour codes', () => {
    const report = { suites: [], errors: [{ message: '\u001b[31mTimed out\u001b[39m\n  at x' }] }
    expect(countPlaywright(report).failed).toEqual(['error outside any test: Timed out'])
  })
})

describe('summary', () => {
  const both = () => [
    countVitest(sample('vitest-mixed.json'), '/repo/'),
    countPlaywright(sample('playwright-interrupted.json')),
  ]

  it('lists skipped, interrupted and failed tests by name and ends with the totals', () => {
    const { lines, passed, failed } = summary(both(), 1)
    expect([passed, failed]).toEqual([2, 4])
    expect(lines.at(-1)).toBe('2 passed, 4 failed')
    expect(lines).toContain('  - a.test.ts > a group is skipped (skipped)')
    expect(lines).toContain('  - c.spec.ts › is running when the run is stopped (interrupted)')
    expect(lines.at(-2)).toBe(
      'vitest: 1 passed, 2 failed, 2 skipped; playwright: 1 passed, 2 failed, 0 skipped',
    )
  })

  it('counts a missing report as a failure of that runner', () => {
    const { lines } = summary([both()[0]!, missing('playwright', 'no report')], 1)
    expect(lines.at(-1)).toBe('1 passed, 3 failed')
    expect(lines).toContain('  - playwright report: no report')
  })

  it('counts a failure outside the runners (install, lint, types, build)', () => {
    const passing = countVitest({
      testResults: [
        {
          name: 'x.test.ts',
          status: 'passed',
          assertionResults: [{ fullName: 'ok', status: 'passed' }],
        },
      ],
    })
    expect(summary([passing], 0).lines.at(-1)).toBe('1 passed, 0 failed')
    const { lines, failed } = summary([passing], 2)
    expect(failed).toBe(1)
    expect(lines.at(-1)).toBe('1 passed, 1 failed')
  })

  it('never reports success when no test ran', () => {
    expect(summary([], 0).lines.at(-1)).toBe('0 passed, 1 failed')
  })
})
