import {
  continueStep,
  expect,
  expectStep,
  fillSource,
  group,
  LYNC_2010_GC,
  startPlan,
  test,
} from './fixtures'

test('a full browser storage is said plainly, and what is on screen is not lost', async ({
  page,
}) => {
  await startPlan(page, 'Quota')
  await page.evaluate(() => {
    const original = Storage.prototype.setItem
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.includes(':draft:') || key.includes(':plan:'))
        throw new DOMException('full', 'QuotaExceededError')
      return original.call(this, key, value)
    }
  })
  await group(page, 'Legacy pool 1').getByLabel('Pool FQDN').fill('pool10.contoso.com')
  await expect(
    page.getByRole('alert').filter({ hasText: 'What you type is not being kept' }),
  ).toContainText(/storage for the planner is full/)
  await fillSource(page, LYNC_2010_GC)
  await continueStep(page)
  await expect(
    page.getByRole('alert').filter({ hasText: 'Your answers were not saved' }),
  ).toContainText('Download the plan file')
  await expectStep(page, 'Source deployment')
  await expect(group(page, 'Legacy pool 1').getByLabel('Pool FQDN')).toHaveValue(
    'pool10.contoso.com',
  )
})

test('very long and quoted names get clear messages; saved plans can be renamed and deleted, never overwritten', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByLabel('Name of the plan').fill('x'.repeat(300))
  await page.getByRole('button', { name: 'Start a new plan' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'The plan name must be 120 characters or fewer (it has 300)',
  )
  await expect(page.getByLabel('Name of the plan')).toHaveValue('x'.repeat(300))
  await expect(page).toHaveTitle(/^Error: /)

  await startPlan(page, `O'Brien's "plan" <b>one</b>`)
  await group(page, 'Legacy pool 1')
    .getByLabel('Pool FQDN')
    .fill(`${'a'.repeat(64)}.contoso.com`)
  await continueStep(page)
  await expect(
    group(page, 'Legacy pool 1').getByText(/as a fully qualified domain name/),
  ).toBeVisible()
  await startPlan(page, `O'Brien's "plan" <b>one</b>`)

  await page.goto('/')
  const plans = page.getByRole('table', { name: /saved plans/ })
  await expect(plans.getByRole('link', { name: `O'Brien's "plan" <b>one</b>` })).toHaveCount(2)
  await plans.getByRole('button', { name: `Rename O'Brien's "plan" <b>one</b>` }).first().click()
  await page.getByLabel(/^New name for/).fill('Renamed plan')
  await page.getByRole('button', { name: 'Save name' }).click()
  await expect(plans.getByRole('link', { name: 'Renamed plan' })).toBeVisible()
  await plans.getByRole('button', { name: 'Delete Renamed plan' }).click()
  await plans.getByRole('button', { name: 'Yes, delete Renamed plan' }).click()
  await expect(plans.getByRole('link', { name: 'Renamed plan' })).toHaveCount(0)
  await expect(plans.getByRole('link', { name: `O'Brien's "plan" <b>one</b>` })).toHaveCount(1)
  await page.reload()
  await expect(plans.getByRole('link', { name: `O'Brien's "plan" <b>one</b>` })).toHaveCount(1)
})

test('an unknown plan or step address says so, with a way on', async ({ page }) => {
  await page.goto('/plan/p-does-not-exist/step/source')
  await expect(page.getByRole('heading', { level: 1, name: 'Plan not found' })).toBeVisible()
  await page.goto('/nowhere')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
})
