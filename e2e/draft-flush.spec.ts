import { expect, test, toGroupChatStep } from './fixtures'

test('a value typed and left at once by a link is on the next page, with no pause for the autosave', async ({
  page,
}) => {
  await page.clock.install()
  await toGroupChatStep(page, 'Flush')
  // Timers stand still from here: the quarter-second autosave never fires, so only a
  // write as the step is left can carry the value to the queries page.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000)
  await page.getByLabel('Group Chat database name (optional)').fill('ChatDB')
  await page.getByRole('link', { name: 'Get the Group Chat database queries' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Group Chat database queries' }),
  ).toBeVisible()
  await expect(page.getByLabel('Group Chat database name')).toHaveValue('ChatDB')
})
