import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// index.html carries the shell and the start page's text, so the page paints
// before its JavaScript arrives; the app then draws the same thing in its place.
// The inline bootstrap asks for the current page's chunks at once, with no request
// of its own (build/route-preload.ts).

/** What the start page's shell shows, and where: text and box of each part. */
async function shell(page: Page) {
  return page.evaluate(() =>
    [
      'header',
      '.header__nav li:last-child',
      'main h1',
      'main .lead',
      'main .two-columns',
      'main .gather',
      'footer',
    ].map((selector) => {
      const el = document.querySelector<HTMLElement>(selector)
      const box = el?.getBoundingClientRect()
      return {
        selector,
        text: el?.innerText.replace(/\s+/g, ' ').trim(),
        box: box && [box.x, box.y, box.width, box.height].map(Math.round),
      }
    }),
  )
}

const withoutApp = (page: Page) => page.route(/\/assets\/index-[\w-]+\.js$/, (r) => r.abort())

test('the start page paints its text before the app runs, and the app draws it in the same place', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await withoutApp(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Plan your move to Lync Server 2013',
  )
  await expect(page.getByRole('link', { name: 'Rules' })).toHaveAttribute('href', '/rules')
  await expect(page.getByRole('link', { name: 'Your plans' })).toHaveAttribute('href', '/')
  await expect(page.getByRole('link', { name: 'Your plans' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  const before = await shell(page)
  await page.screenshot({ path: test.info().outputPath('prerendered-1280.png') })

  await page.unrouteAll()
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Start a new plan' })).toBeVisible()
  await expect(page.locator('[data-prerender]')).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  const after = await shell(page)
  // The footer moves down once the form and the saved plans are drawn: text only.
  expect(before.slice(0, 6)).toEqual(after.slice(0, 6))
  expect(before[6]?.text).toEqual(after[6]?.text)
})

test('a plan page shows the shell only before the app runs, and asks for its own chunks at once', async ({
  page,
}) => {
  await withoutApp(page)
  await page.goto('/plan/p-any/step/source')
  await expect(page.getByRole('banner')).toContainText('Lync Server 2013 migration planner')
  await expect(page.getByText('Plan your move to Lync Server 2013')).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Rules' })).toHaveAttribute('href', '/rules')
  const preloads = await page
    .locator('link[rel=modulepreload]')
    .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname))
  expect(preloads.some((p) => /\/assets\/plan\._planId\.step\._stepId-[\w-]+\.js$/.test(p))).toBe(
    true,
  )
  expect(preloads.some((p) => /\/assets\/plan\._planId-[\w-]+\.js$/.test(p))).toBe(true)
  expect(preloads.some((p) => /\/assets\/plan\._planId\.checklist-/.test(p))).toBe(false)
  // The source step draws no picture: its lazy chunk is not asked for.
  expect(preloads.some((p) => /\/assets\/migration-diagram-/.test(p))).toBe(false)

  const asked = () =>
    page
      .locator('link[rel=modulepreload], link[rel=stylesheet]')
      .evaluateAll((links) =>
        links.map(
          (l) => `${(l as HTMLLinkElement).rel} ${new URL((l as HTMLLinkElement).href).pathname}`,
        ),
      )
  // The SQL step draws the picture: asked for at once.
  await page.goto('/plan/p-any/step/sql')
  expect(await asked()).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^modulepreload \/assets\/migration-diagram-[\w-]+\.js$/),
    ]),
  )
  // The checklist asks for its own code at once; its sections and its picture come
  // after its first draw (e2e/perf-checklist-lazy.spec.ts), not from the page's head.
  await page.goto('/plan/p-any/checklist')
  const checklist = await asked()
  expect(checklist).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^modulepreload \/assets\/plan\._planId\.checklist-[\w-]+\.js$/),
      expect.stringMatching(/^stylesheet \/assets\/plan\._planId-[\w-]+\.css$/),
    ]),
  )
  expect(checklist.filter((l) => /\/(migration-diagram|checklist-body)-/.test(l))).toEqual([])

  await page.unrouteAll()
  await page.goto('/plan/p-any/step/source')
  await expect(page.getByRole('heading', { level: 1, name: 'Plan not found' })).toBeVisible()
})
