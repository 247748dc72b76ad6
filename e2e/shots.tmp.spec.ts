import { completeWizard, LYNC_2010_GC, test, continueStep, startPlan, fillSource } from './fixtures'

for (const width of [1280, 375]) {
  test(`screens at ${width}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    const shot = async (name: string) => {
      const height = await page.evaluate(() => document.documentElement.scrollHeight)
      const part = width > 500 ? 1400 : 1100
      for (let y = 0, i = 0; y < height && i < 8; y += part, i++) {
        await page.screenshot({
          path: `/tmp/shots/${name}-${width}-${i}.png`,
          fullPage: true,
          clip: { x: 0, y, width, height: Math.min(part, height - y) },
        })
      }
    }
    await startPlan(page, 'Contoso')
    await continueStep(page)
    await page.waitForTimeout(200)
    await shot('source-errors')
    await fillSource(page, {
      ...LYNC_2010_GC,
      method: 'In-place upgrade',
      products: ['Lync Server 2010', 'Live Communications Server 2005'],
    })
    await continueStep(page)
    await page.waitForTimeout(200)
    await shot('source-blockers')
    await completeWizard(page, LYNC_2010_GC)
    await shot('review')
    await page.goto(page.url().replace('/review', '/step/group-chat'))
    await page.waitForTimeout(300)
    await shot('group-chat')
    await page.goto(page.url().replace('/step/group-chat', '/step/pools'))
    await page.waitForTimeout(300)
    await shot('pools')
    await page.goto(page.url().replace('/step/pools', '/checklist'))
    await page.waitForTimeout(300)
    await shot('checklist')
    await page.goto('/rules')
    await shot('rules')
    await page.goto('/')
    await shot('start-with-plans')
    await page.goto('/open#plan=1.99.abc')
    await shot('open-bad')
  })
}
