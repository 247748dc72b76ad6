import type { Page } from '@playwright/test'
import { encodePlanToFragment } from '../src/plan/link-codec'
import { makeReferencePlan } from '../src/plan/test-plans'
import { expect, seedPlan, test } from './fixtures'

// The built page's CSP forbids eval. zod is told so by the first module of each
// chunk that builds schemas (build/zod-jitless.ts), not by the entry, so the
// start page loads no zod; no page may then report a CSP violation.

async function watchCsp(page: Page): Promise<string[]> {
  const reports: string[] = []
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    )
  })
  page.on('console', (m) => {
    if (/Content Security Policy|unsafe-eval/i.test(m.text())) reports.push(m.text())
  })
  return reports
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)

test('no page reports a CSP violation, and the start page loads no zod', async ({ page }) => {
  const console = await watchCsp(page)
  const scripts: Promise<string>[] = []
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' && r.ok()) scripts.push(r.text().catch(() => ''))
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.waitForLoadState('networkidle')
  const bodies = await Promise.all(scripts)
  expect(bodies.length).toBeGreaterThan(0)
  // zod names its classes in strings ("$ZodObject"): none of them is on the start page.
  expect(bodies.filter((s) => s.includes('$ZodObject'))).toEqual([])
  expect(await violations(page)).toEqual([])

  const plan = makeReferencePlan()
  await page.goto(`/open#${encodePlanToFragment(plan)}`)
  await expect(page.getByRole('heading', { level: 1, name: /^Checklist: / })).toBeVisible()
  expect(await violations(page)).toEqual([])

  // Each page opened cold: its own chunks build their schemas on their own.
  const pages = [
    ['/rules', /rule/i],
    [`/plan/${plan.id}`, /./],
    [`/plan/${plan.id}/step/source`, 'Source deployment'],
    [`/plan/${plan.id}/step/sql`, 'SQL Server instances'],
    [`/plan/${plan.id}/step/group-chat`, 'Group Chat'],
    [`/plan/${plan.id}/review`, /./],
    [`/plan/${plan.id}/checklist`, /^Checklist: /],
  ] as const
  for (const [url, heading] of pages) {
    await page.goto(url)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(await violations(page), url).toEqual([])
  }
  expect(console).toEqual([])
})

test('a stored plan that this version did not write is checked once, then read without a check', async ({
  page,
}) => {
  const console = await watchCsp(page)
  const plan = makeReferencePlan()
  // As another version of the planner, or an older one, would leave it: no check mark.
  await seedPlan(page, plan)
  await page.goto(`/plan/${plan.id}/review`)
  // The review itself, not "Loading the plan…" while the check is on its way.
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible()
  const mark = await page.evaluate(
    (id) => localStorage.getItem(`lync-planner:checked:${id}`),
    plan.id,
  )
  expect(mark).toMatch(/^"1:\d+:[0-9a-f]+"$/)

  // Changed behind the planner's back: checked again, and refused.
  await page.evaluate((id) => {
    const key = `lync-planner:plan:${id}`
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>
    localStorage.setItem(key, JSON.stringify({ ...stored, done: 'not a list' }))
  }, plan.id)
  await page.goto(`/plan/${plan.id}/review`)
  await expect(
    page.getByRole('heading', { level: 1, name: 'This plan has answers the planner cannot read' }),
  ).toBeVisible()
  expect(await violations(page)).toEqual([])
  expect(console).toEqual([])
})
