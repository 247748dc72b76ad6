import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { encodePlanToFragment } from '../src/plan/link-codec'
import { planToFileText } from '../src/plan/plan-file'
import { makeReferencePlan } from '../src/plan/test-plans'
import { expect, expectNoAxeViolations, test } from './fixtures'

// Issue 15, pre-flight: the script's results are kept in the plan, and each one
// is a finding with its PRE-FLIGHT ID on the review and the checklist.
const PLAN = makeReferencePlan({ name: 'Pre-flight' })
const FILE_INPUT = "Choose a topology document or a script's JSON file, or drop it here"
const preflightJson = () =>
  readFileSync(new URL('../src/discovery/fixtures/preflight.json', import.meta.url))

/** Opens the plan from a share link; returns the address of its pages. */
async function openPlan(page: Page): Promise<string> {
  await page.goto(`/open#${encodePlanToFragment(PLAN)}`)
  await expect(
    page.getByRole('heading', { level: 1, name: `Checklist: ${PLAN.name}` }),
  ).toBeVisible({ timeout: 30_000 })
  return page.url().replace(/\/checklist.*$/, '')
}

async function importPreflight(page: Page, base: string, buffer: Buffer) {
  await page.goto(`${base}/import`)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import from your deployment' }),
  ).toBeVisible()
  await page
    .getByLabel(FILE_INPUT)
    .setInputFiles({ name: 'preflight.json', mimeType: 'application/json', buffer })
  await expect(
    page.getByRole('heading', { level: 2, name: 'What preflight.json holds' }),
  ).toBeFocused()
}

const HOSTILE_DETAIL = '<img src=x onerror="window.pwned=1"> $(Remove-Item C:\\) `n'

const rowOf = (page: Page, id: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(id) }) })

/** Tabs from where the focus is until `target` has it (at most 40 presses). */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>) {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

test('imported pre-flight results are findings on the review and the checklist, on screen and in print', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const base = await openPlan(page)
  await expect(page.getByText(/PRE-FLIGHT-/)).toHaveCount(0)

  await importPreflight(page, base, preflightJson())
  await expect(page.getByRole('status')).toContainText('Nothing has changed yet')
  await expect(rowOf(page, 'PRE-FLIGHT-02')).toContainText('New')
  await expect(rowOf(page, 'PRE-FLIGHT-02')).toContainText('failed')
  await expect(
    page.getByText('Results the planner does not know, left out: PRE-FLIGHT-99.'),
  ).toBeVisible()
  await expectNoAxeViolations(page)
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: test.info().outputPath(`import-${width}.png`), fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 900 })
  const keep = page.getByRole('button', { name: 'Keep these results in the plan' })
  await tabTo(page, keep)
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', { level: 2, name: 'Pre-flight results kept in the plan' }),
  ).toBeFocused()

  // The review: the results, each with its ID, status and when they were imported.
  await page.getByRole('link', { name: 'Go to the review' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible()
  const section = page.getByRole('region', { name: 'Pre-flight results' })
  await expect(section).toContainText(/Imported \d{4}-\d\d-\d\d \d\d:\d\d UTC from LYNC13FE1/)
  await expect(section).toContainText('3 passed, 3 failed, 1 not checked, 1 to check by hand')
  for (const [id, status] of [
    ['PRE-FLIGHT-01', 'passed'],
    ['PRE-FLIGHT-02', 'failed'],
    ['PRE-FLIGHT-06', 'check by hand'],
    ['PRE-FLIGHT-08', 'not checked'],
  ]) {
    await expect(
      section.getByRole('heading', { level: 3, name: new RegExp(`^${id}: .*\\(${status}\\)$`) }),
    ).toBeVisible()
  }
  await expect(section).toContainText('Passed: the legacy Group Chat SQL Server instance answers.')
  await expect(section).toContainText('Check by hand: the Lookup Server account matches the plan.')
  await expect(
    section.getByRole('listitem').filter({ hasText: 'sip:admin2@contoso.com' }),
  ).toHaveCount(2)
  await expect(
    section.getByRole('link', { name: /^Change this in .*pools \(PRE-FLIGHT-02\)$/ }),
  ).toBeVisible()
  await expectNoAxeViolations(page)
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 })
    await section.screenshot({ path: test.info().outputPath(`review-${width}.png`) })
  }
  await page.setViewportSize({ width: 1280, height: 900 })

  // The checklist: a failed check stands as a blocker, failed and unchecked ones as warnings.
  await page.goto(`${base}/checklist`)
  const blockers = page.getByRole('region', { name: 'This plan cannot proceed as it stands' })
  await expect(blockers).toContainText('PRE-FLIGHT-02')
  await expect(blockers).toContainText('Pre-flight result imported')
  const warnings = page.getByRole('region', { name: /warnings? to keep in mind/ })
  for (const id of ['PRE-FLIGHT-04', 'PRE-FLIGHT-07', 'PRE-FLIGHT-08'])
    await expect(warnings).toContainText(id)
  // A pass is not a problem: it is not among them.
  await expect(blockers.getByText('PRE-FLIGHT-01')).toHaveCount(0)
  await expect(warnings.getByText('PRE-FLIGHT-01')).toHaveCount(0)
  await expect(page.locator('.print-header__meta')).toContainText('1 open blocker, ')
  await expectNoAxeViolations(page)
  await page.emulateMedia({ media: 'print' })
  await expect(blockers).toBeVisible()
  await expect(blockers).toContainText('PRE-FLIGHT-02')
  await expect(warnings).toContainText('PRE-FLIGHT-07')
  await page.emulateMedia({ media: 'screen' })
})

test('importing again shows what changed and keeps the plan unless asked; the results can be removed by keyboard', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const base = await openPlan(page)
  await importPreflight(page, base, preflightJson())
  await page.getByRole('button', { name: 'Keep these results in the plan' }).click()
  await expect(
    page.getByRole('heading', { level: 2, name: 'Pre-flight results kept in the plan' }),
  ).toBeFocused()

  // A later run: the Persistent Chat store answers now, and the file store no longer does.
  const later = JSON.parse(
    preflightJson()
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  ) as {
    checks: { id: string; status: string; detail: string }[]
  }
  for (const c of later.checks) {
    if (c.id === 'PRE-FLIGHT-02') Object.assign(c, { status: 'pass', detail: 'Connected.' })
    // A hostile report: it must stay text.
    if (c.id === 'PRE-FLIGHT-03') Object.assign(c, { status: 'fail', detail: HOSTILE_DETAIL })
  }
  later.checks = later.checks.filter((c) => c.id !== 'PRE-FLIGHT-08')
  await importPreflight(page, base, Buffer.from(JSON.stringify(later)))
  await expect(rowOf(page, 'PRE-FLIGHT-02')).toContainText('Resolved')
  await expect(rowOf(page, 'PRE-FLIGHT-03')).toContainText('Changed')
  await expect(rowOf(page, 'PRE-FLIGHT-08')).toContainText('Not in the file')
  await expect(rowOf(page, 'PRE-FLIGHT-01')).toContainText('No change')
  await page.getByRole('button', { name: 'Leave the plan as it is' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Nothing was changed' })).toBeFocused()
  await page.goto(`${base}/review`)
  const section = page.getByRole('region', { name: 'Pre-flight results' })
  await expect(
    section.getByRole('heading', { level: 3, name: /^PRE-FLIGHT-02: .*\(failed\)$/ }),
  ).toBeVisible()

  // Kept this time: the new results replace the old.
  await importPreflight(page, base, Buffer.from(JSON.stringify(later)))
  await page.getByRole('button', { name: 'Keep these results in the plan' }).click()
  await page.goto(`${base}/review`)
  await expect(
    section.getByRole('heading', { level: 3, name: /^PRE-FLIGHT-02: .*\(passed\)$/ }),
  ).toBeVisible()
  await expect(section.getByRole('heading', { level: 3, name: /PRE-FLIGHT-08/ })).toHaveCount(0)
  await expect(section).toContainText(`The script reported: ${HOSTILE_DETAIL}`)
  await expect(section.locator('img')).toHaveCount(0)
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined()

  // Removed, by keyboard, after a question.
  await page.getByRole('link', { name: 'Import new pre-flight results' }).focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Remove the pre-flight results' })).toBeFocused()
  await page.keyboard.press('Enter')
  const remove = page.getByRole('button', { name: 'Remove them' })
  await tabTo(page, remove)
  await page.keyboard.press('Enter')
  await expect(page.getByText('The pre-flight results were removed from the plan.')).toBeFocused()
  await expect(section).toHaveCount(0)
  await page.goto(`${base}/checklist`)
  await expect(
    page.getByRole('heading', { level: 1, name: `Checklist: ${PLAN.name}` }),
  ).toBeVisible()
  await expect(page.getByText(/PRE-FLIGHT-/)).toHaveCount(0)
})

/** Drops a file on the drop zone that holds the file input labelled `label`, as a mouse would. */
async function dropFile(page: Page, label: string, name: string, text: string) {
  const data = await page.evaluateHandle(
    ([n, t]) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([t], n, { type: 'application/json' }))
      return transfer
    },
    [name, text] as const,
  )
  const zone = page.locator('.drop-zone').filter({ has: page.getByLabel(label) })
  await zone.dispatchEvent('dragover', { dataTransfer: data })
  await expect(zone).toHaveClass(/drop-zone--active/)
  await zone.dispatchEvent('drop', { dataTransfer: data })
  await expect(zone).not.toHaveClass(/drop-zone--active/)
}

test('a file dropped on either drop zone is read as a chosen one', async ({ page }) => {
  test.setTimeout(120_000)
  const base = await openPlan(page)
  await page.goto(`${base}/import`)
  await dropFile(page, FILE_INPUT, 'preflight.json', preflightJson().toString('utf8'))
  await expect(
    page.getByRole('heading', { level: 2, name: 'What preflight.json holds' }),
  ).toBeFocused()
  await expect(rowOf(page, 'PRE-FLIGHT-02')).toContainText('New')

  await page.goto('/')
  await dropFile(
    page,
    'Choose a .plan.json file, or drop it here',
    'dropped.plan.json',
    planToFileText(makeReferencePlan({ id: 'p-dropped', name: 'Dropped plan' })),
  )
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible()
})
