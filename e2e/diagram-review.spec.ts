// Enabled by renaming to diagram-review.spec.ts once LazyMigrationDiagram is mounted on
// the review page (src/wizard/review-page.tsx); it passed with the picture mounted there.
import type { Page } from '@playwright/test'
import type { Scenario } from './fixtures'
import { completeWizard, expect, LYNC_2010_GC, test } from './fixtures'

// The picture of the migration as it heads the review page ("Check your answers").

const picture = (page: Page) => page.getByRole('img', { name: 'Picture of the migration' })

// Every pool the reference scenario names (fixtures.ts defaults).
const POOLS = [
  'pool10.contoso.com',
  'pool13.contoso.com',
  'pchat.contoso.com',
  'gcpool.contoso.com',
]

test('the picture has an accessible name, names every pool and says the same in words', async ({
  page,
}) => {
  await completeWizard(page, LYNC_2010_GC)
  await expect(picture(page)).toBeVisible()
  const drawn = (await picture(page).locator('text').allTextContents()).join('\n')
  for (const fqdn of POOLS) expect(drawn, fqdn).toContain(fqdn)
  // No blocker on this plan: nothing drawn as one.
  expect(drawn).not.toContain('Blocker')
  // The text alternative is the list the picture is described by.
  await page.getByText('The picture in words').click()
  const words = page.getByRole('list').filter({ hasText: 'Legacy side: Legacy pool' })
  await expect(picture(page)).toHaveAttribute(
    'aria-describedby',
    (await words.getAttribute('id')) ?? '',
  )
  for (const fqdn of POOLS) await expect(words).toContainText(fqdn)
  await expect(words).toContainText(
    'Port the URI: the Lookup Server URI sip:ocschat@contoso.com becomes a Persistent Chat endpoint',
  )
})

test('a SQL Server instance shared by both sides is drawn once, between them, as a SQL-01 blocker', async ({
  page,
}) => {
  const shared: Scenario = {
    ...LYNC_2010_GC,
    name: 'Contoso shared back end',
    lyncPoolSql: 'sql10.contoso.com\\RTC',
  }
  await completeWizard(page, shared, { expectBlockers: ['SQL-01'] })
  const box = picture(page).locator('g', {
    has: page.locator('title', { hasText: /^SQL Server instance: sql10\.contoso\.com\\RTC/ }),
  })
  await expect(box).toHaveCount(1)
  await expect(box.locator('text').last()).toHaveText(/^Blocker SQL-01/)
  // Drawn in red with a dashed border, so it survives black-and-white print too.
  await expect(box.locator('rect').nth(1)).toHaveAttribute('stroke-dasharray', '7 4')
  await expect(box.locator('rect').nth(1)).toHaveAttribute('stroke', '#d4351c')
  await page.getByText('The picture in words').click()
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: /^Shared by both sides: SQL Server instance sql10/ }),
  ).toContainText('Blocker SQL-01')
})

for (const width of [1280, 375]) {
  test(`at ${width} px the picture fits its page or scrolls in a labelled region`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 900 })
    await completeWizard(page, LYNC_2010_GC)
    await expect(picture(page)).toBeVisible()
    const region = page.getByRole('region', { name: /^Picture of the migration/ })
    // The page itself never scrolls sideways; only the picture's own region may.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    const { width: drawnWidth } = (await picture(page).boundingBox())!
    // Text never shrinks below a readable size: on a phone the picture keeps its drawn
    // size and scrolls; on a wide screen it is at least 640 wide.
    const natural = Number(await picture(page).getAttribute('width'))
    if (width < 640) expect(drawnWidth).toBeCloseTo(natural, 0)
    else expect(drawnWidth).toBeGreaterThanOrEqual(640)
    if (width < 640) {
      await region.focus()
      await page.keyboard.press('ArrowRight')
    }
    await picture(page).scrollIntoViewIfNeeded()
    await testInfo.attach(`review-picture-${width}`, {
      body: await region.screenshot(),
      contentType: 'image/png',
    })
  })
}

test('on paper the picture fits the page, even from a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await completeWizard(page, LYNC_2010_GC)
  await expect(picture(page)).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect
    .poll(async () => (await picture(page).boundingBox())?.width ?? Infinity)
    .toBeLessThanOrEqual(375)
})
