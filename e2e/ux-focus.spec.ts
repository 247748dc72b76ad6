import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, GOLDEN, group, seedPlan, test } from './fixtures'

// Focus after each move the app makes, and focus that forced colours still show.

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

test('after "Start a new plan" focus is on the first step\'s heading', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Name of the plan').fill('Focus')
  await page.getByRole('button', { name: 'Start a new plan' }).click()
  await expect(h1(page, 'Source deployment')).toBeFocused()
})

test('Delete moves focus to its confirm button, then to the list of plans', async ({ page }) => {
  await seedPlan(page)
  await page.getByRole('button', { name: `Delete ${GOLDEN.name}` }).click()
  await expect(page.getByRole('button', { name: `Yes, delete ${GOLDEN.name}` })).toBeFocused()
  await page.getByRole('button', { name: 'Keep it' }).click()
  await expect(page.getByRole('button', { name: `Delete ${GOLDEN.name}` })).toBeFocused()
  await page.getByRole('button', { name: `Delete ${GOLDEN.name}` }).click()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Plans saved in this browser' })).toBeFocused()
  await expect(page.getByText('No plans yet.')).toBeVisible()
})

test('"Continue with blockers" to the review and the first visit to the checklist focus their headings', async ({
  page,
}) => {
  // Four pages in a row: slow when the machine is shared.
  test.setTimeout(120_000)
  await seedPlan(page)
  await page.goto(`/plan/${GOLDEN.id}/review`)
  await page.getByRole('link', { name: 'Change forest of the lync server 2013 deployment' }).click()
  const field = page.getByLabel('Forest of the Lync Server 2013 deployment')
  await expect(field).toBeFocused()
  await field.fill('fabrikam.com')
  await page.getByRole('button', { name: 'Continue', exact: true }).click()
  await page.getByRole('button', { name: 'Continue with blockers' }).click()
  await expect(h1(page, 'Check your answers')).toBeFocused()
  await page.getByRole('link', { name: 'Continue to the checklist' }).click()
  await expect(h1(page, /^Checklist: /)).toBeFocused()
})

test('a Change link on the review lands on its field, an item on its first field', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await seedPlan(page)
  await page.goto(`/plan/${GOLDEN.id}/review`)
  await page.getByRole('link', { name: 'Change legacy pool 1' }).click()
  await expect(group(page, 'Legacy pool 1').getByLabel('Pool FQDN')).toBeFocused()
  await page.getByRole('link', { name: 'Back to check your answers' }).click()
  await expect(h1(page, 'Check your answers')).toBeFocused()
  await page.getByRole('link', { name: 'Change is group chat deployed?' }).click()
  // A radio group lands on the chosen answer.
  await expect(group(page, 'Is Group Chat deployed?').getByLabel('Yes')).toBeFocused()
})

test('a heading the page focuses has no box around it', async ({ page }) => {
  await seedPlan(page)
  await page.goto(`/plan/${GOLDEN.id}/review`)
  await page.getByRole('link', { name: 'Continue to the checklist' }).press('Enter')
  const heading = h1(page, /^Checklist: /)
  await expect(heading).toBeFocused()
  const style = await heading.evaluate((el) => {
    const s = getComputedStyle(el)
    return { outline: s.outlineStyle, shadow: s.boxShadow }
  })
  expect(style).toEqual({ outline: 'none', shadow: 'none' })
})

/** The focused element's outline, as forced colours draw it. */
const outlineOf = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const s = getComputedStyle(el)
    return {
      text: el.textContent?.trim(),
      style: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      color: s.outlineColor,
    }
  })

test('focused links and buttons keep a visible outline in forced colours', async ({ page }) => {
  await seedPlan(page)
  await page.emulateMedia({ forcedColors: 'active' })
  await page.goto('/')
  await expect(page.getByLabel('Name of the plan')).toBeVisible()
  // Keyboard focus (Tab), as :focus-visible needs: the skip link, then the header's links.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  const link = await outlineOf(page)
  expect(link.text).toBe('Lync Server 2013 migration planner')
  await page.getByLabel('Name of the plan').focus()
  await page.keyboard.press('Tab')
  const button = await outlineOf(page)
  expect(button.text).toBe('Start a new plan')
  for (const focused of [link, button]) {
    expect(focused.style, `${focused.text}: outline style`).toBe('solid')
    expect(focused.width, `${focused.text}: outline width`).toBeGreaterThanOrEqual(2)
    expect(focused.color, `${focused.text}: outline colour`).not.toMatch(/rgba\(.*, 0\)$/)
  }
  // Without forced colours the same button shows focus by colour, its outline transparent.
  await page.emulateMedia({ forcedColors: 'none' })
  expect((await outlineOf(page)).color).toBe('rgba(0, 0, 0, 0)')
})

test('axe finds nothing in forced colours, with focus on a button', async ({ page }) => {
  test.setTimeout(90_000)
  await seedPlan(page)
  await page.emulateMedia({ forcedColors: 'active' })
  await page.goto('/')
  await page.getByLabel('Name of the plan').focus()
  await page.keyboard.press('Tab')
  await expectNoAxeViolations(page)
  await page.goto(`/plan/${GOLDEN.id}/review`)
  await expect(h1(page, 'Check your answers')).toBeVisible()
  await expectNoAxeViolations(page)
})
