import type { Page } from '@playwright/test'
import { encodePlanToFragment } from '../src/plan/link-codec'
import { makeReferencePlan } from '../src/plan/test-plans'
import { expect, hold, test } from './fixtures'

// A page drawn in parts (a step's form, the checklist's sections come in chunks of their
// own) must not move what is already on screen: no layout shift from the first paint to
// the finished page. On a phone (Lighthouse's 412 px wide screen), where headings wrap.

// page.route does not see what a service worker answers.
test.use({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } })

const REFERENCE = makeReferencePlan()

/** Records every layout shift of the page from its very start. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; nodes: string[] }[] = []
    ;(window as unknown as { shifts: typeof shifts }).shifts = shifts
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number
        sources?: { node?: Node }[]
      })[]) {
        shifts.push({
          value: entry.value,
          nodes: (entry.sources ?? []).map((s) =>
            s.node instanceof Element ? s.node.className || s.node.tagName : String(s.node),
          ),
        })
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

const shifts = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts,
  )

test.beforeEach(async ({ page }) => {
  await page.goto(`/open#${encodePlanToFragment(REFERENCE)}`)
  await expect(
    page.getByRole('heading', { level: 1, name: `Checklist: ${REFERENCE.name}` }),
  ).toBeVisible({ timeout: 30_000 })
})

test('the checklist opened cold: its sections arrive without moving the header or the share panel', async ({
  page,
}) => {
  await recordShifts(page)
  const release = await hold(page, /\/assets\/checklist-body-[\w-]+\.js$/)
  await page.goto(`/plan/${REFERENCE.id}/checklist`)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Loading the checklist…' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Copy link', exact: true })).toBeVisible()
  // Two frames, so the first draw is on screen before the sections come.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  )
  release()
  await expect(
    page.getByRole('heading', { level: 1, name: `Checklist: ${REFERENCE.name}` }),
  ).toBeVisible()
  await page.waitForTimeout(300)
  expect(await shifts(page)).toEqual([])
})

test('a step opened cold: its form arrives without pushing the footer down the screen', async ({
  page,
}) => {
  await recordShifts(page)
  const release = await hold(page, /\/assets\/sql-step-[\w-]+\.js$/)
  await page.goto(`/plan/${REFERENCE.id}/step/sql`)
  await expect(page.getByRole('contentinfo')).toBeVisible()
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  )
  release()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Continue/ })).toBeVisible()
  await page.waitForTimeout(300)
  expect(await shifts(page)).toEqual([])
})

test('a step opened cold is drawn whole: its form comes with its page, with no placeholder first', async ({
  page,
}) => {
  // Whatever the page ever drew in the form's place before the form (the room of the
  // heading that the step's placeholder holds).
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { placeholders: string[] }).placeholders = seen
    new MutationObserver(() => {
      if (document.querySelector('main .page-title[aria-hidden="true"]')) seen.push('placeholder')
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto(`/plan/${REFERENCE.id}/step/sql`)
  await expect(page.getByRole('button', { name: /^Continue/ })).toBeVisible()
  expect(
    await page.evaluate(() => (window as unknown as { placeholders: string[] }).placeholders),
  ).toEqual([])
})
