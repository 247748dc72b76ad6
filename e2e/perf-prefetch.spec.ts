import { expect, expectStep, startPlan, test } from './fixtures'

// While a step is open, the code of the pages that usually come next (the next step,
// the review, the checklist) is fetched once the page has settled, as modulepreload
// links: fetched, not run, so it never competes with someone's typing, and the next
// page finds it in the browser's module map.

// The page's own requests, not a service worker's.
test.use({ serviceWorkers: 'block' })

const REVIEW = /\/assets\/plan\._planId\.review-[\w-]+\.js$/
const CHECKLIST = /\/assets\/plan\._planId\.checklist-[\w-]+\.js$/
const NEXT_FORM = /\/assets\/active-directory-step-[\w-]+\.js$/

test("a step fetches the next pages' code once it has settled, and the review then uses it", async ({
  page,
}) => {
  await startPlan(page, 'Prefetch')
  const asked: string[] = []
  page.on('request', (r) => asked.push(new URL(r.url()).pathname))
  await page.reload()
  await expectStep(page, 'Source deployment')
  const count = (chunk: RegExp) => asked.filter((p) => chunk.test(p)).length
  // Not while the page draws: the review's code is no part of a step.
  expect(count(REVIEW)).toBe(0)
  // Someone uses the page: the next pages' code follows, in idle time.
  await page.getByRole('heading', { level: 1, name: 'Source deployment' }).click()
  await expect.poll(() => [REVIEW, CHECKLIST, NEXT_FORM].map(count)).toEqual([1, 1, 1])
  const preloaded = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel=modulepreload]')].map(
      (l) => new URL((l as HTMLLinkElement).href).pathname,
    ),
  )
  expect(preloaded.filter((p) => REVIEW.test(p))).toHaveLength(1)
  // The review opens on the code already fetched: no second request for it.
  await page.getByRole('link', { name: 'Check your answers' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible()
  expect(count(REVIEW)).toBe(1)
})
