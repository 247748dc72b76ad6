import { completeWizard, expect, LYNC_2010_GC, NO_GC, OCS_GC, test } from './fixtures'

test.describe('wizard happy paths', () => {
  test('Lync Server 2010 with Group Chat goes from start to review', async ({ page }) => {
    await completeWizard(page, LYNC_2010_GC)
    await expect(
      page.getByRole('region', { name: 'Group Chat', exact: true }).getByText('gcpool.contoso.com'),
    ).toBeVisible()
    await expect(page.getByText('GC-01', { exact: true })).toBeVisible()
  })
  test('OCS 2007 R2 with Group Chat goes from start to review', async ({ page }) => {
    await completeWizard(page, OCS_GC)
    await expect(
      page
        .getByRole('region', { name: 'Group Chat', exact: true })
        .getByText('Office Communications Server 2007 R2 Group Chat'),
    ).toBeVisible()
    await expect(page.getByText('PC-04', { exact: true })).toBeVisible()
  })
  test('a source without Group Chat skips the Group Chat step, with a note', async ({ page }) => {
    await completeWizard(page, NO_GC)
    await expect(page.getByText(/Not needed: Group Chat is not deployed/)).toBeVisible()
    await expect(
      page.getByRole('navigation', { name: 'Steps of this plan' }).getByText('Not needed'),
    ).toBeVisible()
  })
})
