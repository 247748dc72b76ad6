import { readFileSync } from 'node:fs'
import {
  expect,
  expectNoAxeViolations,
  expectStep,
  group,
  startPlan,
  test,
  toGroupChatStep,
} from './fixtures'

test('the Group Chat queries carry the database name, download with a BOM, and their results fill the step once accepted', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await toGroupChatStep(page, 'Queries')
  await page.getByLabel('Group Chat SQL Server instance').fill('gcsql.contoso.com\\GROUPCHAT')
  await page.getByLabel('Group Chat database name (optional)').fill("Chat]DB'1")
  await page.getByRole('link', { name: 'Get the Group Chat database queries' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Group Chat database queries' }),
  ).toBeVisible()
  await expect(
    page.getByText(/OCS 2007 R2 Group Chat uses the same schema is UNCONFIRMED/).first(),
  ).toBeVisible()
  await expect(page.getByLabel('Group Chat database name')).toHaveValue("Chat]DB'1")

  // The query names the database with T-SQL's own quoting.
  const inventory = page.getByRole('region', { name: 'Room inventory: the query alone' })
  await inventory.getByText('Show the text').click()
  await expect(inventory.locator('pre')).toContainText("[Chat]]DB'1].[dbo].[tblNode]")

  const wrapper = page.getByRole('region', { name: 'Room inventory: PowerShell wrapper' })
  const download = page.waitForEvent('download')
  await wrapper.getByRole('button', { name: 'Download groupchat-room-inventory.ps1' }).click()
  const file = await (await download).path()
  const bytes = readFileSync(file)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(bytes.toString('utf8')).toContain("$Database = 'Chat]DB''1'")
  await expect(page.getByRole('status')).toHaveText('groupchat-room-inventory.ps1: downloaded.')

  await page
    .getByLabel('Paste the result of “Who manages the root category” (CSV, with its header row)')
    .fill('"name","uri","principal_type"\n"Ann Lee","sip:ann@contoso.com","User"\n')
  await page
    .getByRole('button', { name: 'Read the pasted result of Who manages the root category' })
    .click()
  await expect(page.getByRole('cell', { name: 'sip:ann@contoso.com' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Accept all changes' }).click()
  await expect(
    page.getByText('1 answer put into the Group Chat step.', { exact: true }),
  ).toBeVisible()

  await page.getByRole('link', { name: 'Back to the Group Chat step' }).click()
  await expectStep(page, 'Group Chat')
  await expect(
    group(page, 'Are there managers on the root category?').getByLabel('Yes'),
  ).toBeChecked()
  // What was typed before the queries stays.
  await expect(page.getByLabel('Group Chat database name (optional)')).toHaveValue("Chat]DB'1")
})

test('screenshots of the import review at 1280 and 375 px', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  await startPlan(page, 'Pictures')
  await page.getByRole('link', { name: 'Import from your deployment' }).click()
  await page
    .getByLabel("Choose a topology document or a script's JSON file, or drop it here")
    .setInputFiles({
      name: 'topology.xml',
      mimeType: 'application/xml',
      buffer: readFileSync(
        new URL('../src/discovery/fixtures/lync2013-midmigration.xml', import.meta.url),
      ),
    })
  await expect(
    page.getByRole('heading', { level: 2, name: 'What topology.xml holds' }),
  ).toBeVisible()
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({
      path: testInfo.outputPath(`import-review-${width}.png`),
      fullPage: true,
    })
    // Nothing wider than the screen: the table folds into rows on a phone.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
  }
})
