import type { Page } from '@playwright/test'
import { continueStep, expect, expectStep, group, startPlan, test } from './fixtures'

// The step's schema chunk is fetched by the page itself (a service worker would fetch
// it out of the test's reach).
test.use({ serviceWorkers: 'block' })

const SCHEMA_CHUNK = /\/assets\/[\w-]+-schema-[\w-]+\.js$/

const summary = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' })

/** Step 1 with one answer that is not valid, then Continue; returns the errors listed. */
async function badSubmit(page: Page, whileWaiting?: () => Promise<void>): Promise<string[]> {
  const pool = group(page, 'Legacy pool 1')
  await pool.getByLabel('Pool FQDN').fill('not a host name')
  await continueStep(page)
  if (whileWaiting) await whileWaiting()
  await expect(summary(page)).toBeVisible()
  return summary(page).getByRole('link').allInnerTexts()
}

test('a step loads no schema before it is drawn, and Continue waits for it: the same errors, nothing typed lost', async ({
  page,
  browser,
}) => {
  // The errors when the schema is there at once, in a page of their own.
  const quick = await browser.newPage({ serviceWorkers: 'block' })
  await startPlan(quick, 'Schema at once')
  await group(quick, 'Legacy pool 1')
    .getByLabel('Back-end SQL Server instance')
    .fill('sql10.contoso.com\\RTC')
  const expected = await badSubmit(quick)
  expect(expected.length).toBeGreaterThan(1)
  await quick.close()

  // A new plan (its first check loads every schema), then the step opened again with
  // every schema chunk held until the test lets it go.
  await startPlan(page, 'Schema held')
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  const held: string[] = []
  await page.route(SCHEMA_CHUNK, async (route) => {
    held.push(new URL(route.request().url()).pathname)
    await released
    await route.continue()
  })
  await page.reload()
  await expectStep(page, 'Source deployment')
  // The page asks for its schema once it has settled (3 s after loading, nobody using
  // it), without waiting for Continue.
  await expect.poll(() => held.length, { timeout: 10_000 }).toBeGreaterThan(0)
  const errors = await badSubmit(page, async () => {
    // Continue is waiting for the checks: nothing is saved, no error is made up.
    await page.waitForTimeout(800)
    await expect(summary(page)).toHaveCount(0)
    await expectStep(page, 'Source deployment')
    // Typing goes on meanwhile, is kept, and is what gets checked (as in the quick page).
    await group(page, 'Legacy pool 1')
      .getByLabel('Back-end SQL Server instance')
      .fill('sql10.contoso.com\\RTC')
    release()
  })
  expect(errors).toEqual(expected)
  const pool = group(page, 'Legacy pool 1')
  await expect(pool.getByLabel('Pool FQDN')).toHaveValue('not a host name')
  await expect(pool.getByLabel('Back-end SQL Server instance')).toHaveValue(
    'sql10.contoso.com\\RTC',
  )
  await expectStep(page, 'Source deployment')
  // And after a reload, the draft still holds both.
  await page.waitForTimeout(400)
  await page.reload()
  await expect(group(page, 'Legacy pool 1').getByLabel('Pool FQDN')).toHaveValue('not a host name')
  await expect(group(page, 'Legacy pool 1').getByLabel('Back-end SQL Server instance')).toHaveValue(
    'sql10.contoso.com\\RTC',
  )
})
