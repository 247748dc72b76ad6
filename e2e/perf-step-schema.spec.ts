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
  // A step opened to be read asks for no schema, however long it stays open.
  await page.waitForTimeout(4000)
  expect(held).toEqual([])
  // Once the form has focus, the page asks for its schema without waiting for Continue.
  await group(page, 'Legacy pool 1').getByLabel('Pool FQDN').focus()
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

// A press or input in the form, with no focus (Safari does not focus a clicked radio
// button), loads the checks too.
for (const use of ['pointerdown', 'input'] as const) {
  test(`a step's checks load on ${use === 'input' ? 'an input' : 'a press'} in its form, without focus`, async ({
    page,
  }) => {
    await startPlan(page, `Checks on ${use}`)
    const held: string[] = []
    await page.route(SCHEMA_CHUNK, async (route) => {
      held.push(new URL(route.request().url()).pathname)
      await route.continue()
    })
    await page.reload()
    await expectStep(page, 'Source deployment')
    await page.waitForTimeout(1000)
    expect(held).toEqual([])
    // The event alone, where it happens: on a field for an input, on the form for a press.
    const target =
      use === 'input'
        ? group(page, 'Legacy pool 1').getByLabel('Pool FQDN')
        : page.locator('form.step-form')
    await target.dispatchEvent(use)
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('INPUT')
    await expect.poll(() => held.length, { timeout: 10_000 }).toBeGreaterThan(0)
  })
}

// The rules themselves (every check, in the chunk named after evaluate.ts): a step shows the
// findings kept beside its plan and loads the rules only with its checks.
const RULES_CHUNK = /\/assets\/evaluate-[\w-]+\.js$/

test('a step of a plan already judged is drawn with no rule loaded; the rules come with its checks', async ({
  page,
}) => {
  // A new plan: its first page judges it (the rules load once) and keeps the verdict.
  await startPlan(page, 'Rules kept')
  await expect(page.getByRole('navigation', { name: 'Steps of this plan' })).toBeVisible()
  const asked: string[] = []
  page.on('request', (r) => asked.push(new URL(r.url()).pathname))
  await page.reload()
  await expectStep(page, 'Source deployment')
  // The step list is drawn too: each step's status comes from the kept verdict.
  const steps = page.getByRole('navigation', { name: 'Steps of this plan' })
  await expect(steps.getByText('1. Source deployment')).toBeAttached()
  await page.waitForTimeout(500)
  expect(asked.filter((p) => RULES_CHUNK.test(p))).toEqual([])
  // Someone starts filling the form: its checks, with the step's own rules, load now.
  await group(page, 'Legacy pool 1').getByLabel('Pool FQDN').click()
  await expect.poll(() => asked.filter((p) => RULES_CHUNK.test(p)).length).toBe(1)
})
