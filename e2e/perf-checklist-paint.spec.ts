import type { Page } from '@playwright/test'
import { encodePlanToFragment } from '../src/plan/link-codec'
import { makeReferencePlan } from '../src/plan/test-plans'
import { expect, test } from './fixtures'

// The reference plan's checklist holds 34 items. When it opens, the browser lays out and paints
// only the items near the screen (`content-visibility: auto`): laying out all of them at
// once was a task of about 290 ms at 4x CPU slowdown (trace, 2026-12-02). Printed, every
// item is drawn.

const REFERENCE = makeReferencePlan()

/** For each checklist item, whether the browser skips drawing it for now. */
const skipped = (page: Page) =>
  page
    .locator('article.item')
    .evaluateAll((items) =>
      items.map(
        (el) => !el.firstElementChild?.checkVisibility({ contentVisibilityAuto: true } as never),
      ),
    )

test('the checklist draws the items near the screen first, and prints them all', async ({
  page,
}) => {
  await page.goto(`/open#${encodePlanToFragment(REFERENCE)}`)
  await page.waitForURL(/\/plan\/[^/]+/)
  const url = new URL(page.url())
  await page.goto(`${url.origin}/plan/${url.pathname.split('/')[2]}/checklist`)
  await expect(
    page.getByRole('heading', { level: 1, name: `Checklist: ${REFERENCE.name}` }),
  ).toBeVisible()
  const onScreen = await skipped(page)
  expect(onScreen.length).toBeGreaterThan(20)
  // Far below the first screen: not drawn until it is near.
  expect(onScreen.filter(Boolean).length).toBeGreaterThan(onScreen.length / 2)
  // Still in the page for find-in-page, links and assistive technology.
  await expect(page.locator('article.item').last()).toBeAttached()
  const last = page.locator('article.item').last()
  await last.scrollIntoViewIfNeeded()
  await expect(last.getByRole('checkbox')).toBeVisible()

  await page.emulateMedia({ media: 'print' })
  expect((await skipped(page)).filter(Boolean)).toEqual([])
})
