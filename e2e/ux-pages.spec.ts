import type { Page } from '@playwright/test'
import type { StoredPlan } from './fixtures'
import { expect, GOLDEN, group, horizontalOverflow, seedPlan, test } from './fixtures'

// The task list, the review, the start page and problem pages, as a user meets them.

const steps = (page: Page) => page.getByRole('navigation', { name: 'Steps of this plan' })
const statusOf = (page: Page, step: RegExp) =>
  steps(page).getByRole('listitem').filter({ hasText: step }).locator('.tag')

test('the task list follows typing, and Group Chat cannot start until it is decided', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByLabel('Name of the plan').fill('Statuses')
  await page.getByRole('button', { name: 'Start a new plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Source deployment' })).toBeVisible()
  await expect(statusOf(page, /^1\. Source deployment/)).toHaveText('Not started')
  await expect(statusOf(page, /^5\. Group Chat/)).toHaveText('Cannot start yet')
  await expect(steps(page).getByText(/Answer "Is Group Chat deployed\?"/)).toBeVisible()
  await expect(steps(page).getByRole('link', { name: /Group Chat/ })).toHaveCount(0)
  // Typed, not saved: in progress, here and once the step is left.
  await group(page, 'Which legacy products are deployed?').getByLabel('Lync Server 2010').check()
  await expect(statusOf(page, /^1\. Source deployment/)).toHaveText('In progress')
  await steps(page).getByRole('link', { name: '2. Active Directory' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Active Directory' })).toBeVisible()
  await expect(statusOf(page, /^1\. Source deployment/)).toHaveText('In progress')
  await expect(statusOf(page, /^5\. Group Chat/)).toHaveText('Cannot start yet')
})

test('the overview does not repeat the task list', async ({ page }) => {
  await seedPlan(page)
  await page.goto(`/plan/${GOLDEN.id}`)
  await expect(page.getByRole('heading', { level: 1, name: GOLDEN.name })).toBeVisible()
  // The main area holds one list of steps: the task list beside the page's text.
  await expect(page.getByRole('main').getByRole('list')).toHaveCount(1)
  await expect(steps(page).getByRole('list')).toHaveCount(1)
  await expect(page.getByText(/5 of 5 steps completed/)).toBeVisible()
})

test('the review shows each repeated item as one card with one Change link', async ({ page }) => {
  await seedPlan(page)
  await page.goto(`/plan/${GOLDEN.id}/review`)
  const card = page.getByRole('region', { name: /^SQL Server instance 2: / })
  await expect(card.getByText('sql13.contoso.com', { exact: true })).toBeVisible()
  await expect(card.getByRole('link')).toHaveCount(1)
  await expect(card.getByRole('link')).toHaveAccessibleName('Change sql server instance 2')
  // Every link on the review: one per plain answer, one per item, one per finding, and the
  // few page links; the items' own fields have none.
  const links = await page
    .getByRole('main')
    .getByRole('link', { name: /^Change/ })
    .count()
  expect(links).toBeLessThan(40)
})

test('the review shows the room inventory with its counts', async ({ page }) => {
  const plan = structuredClone(GOLDEN) as StoredPlan & {
    answers: { groupChat: Record<string, unknown> }
  }
  plan.answers.groupChat.inventory = {
    separator: '/',
    fileName: 'rooms.csv',
    rooms: [
      { path: ['Sales', 'EMEA'], name: 'Leads', invitations: true, disabled: false, federated: 0 },
      {
        path: ['Sales'],
        name: 'Sales/EMEA/Leads',
        invitations: true,
        disabled: false,
        federated: 0,
      },
    ],
    totalRooms: 12,
    existingNames: [],
  }
  await seedPlan(page, plan)
  await page.goto(`/plan/${GOLDEN.id}/review`)
  const row = page.getByRole('term').filter({ hasText: 'Room inventory' }).locator('..')
  await expect(row).toContainText('rooms.csv: 12 rooms checked')
  await expect(row).toContainText('GC-08: 2 rooms clash after flattening')
  await row.getByRole('link', { name: 'Change the room inventory' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Group Chat' })).toBeVisible()
  // The clash names both rooms: rows, category paths and names.
  const table = page.getByRole('table', { name: /Rooms that need action/ })
  await expect(table).toContainText('From category Sales/EMEA, room Leads.')
  await expect(table).toContainText('Clashes with row 3: category Sales, room Sales/EMEA/Leads.')
  await expect(table).toContainText('Clashes with row 2: category Sales/EMEA, room Leads.')
})

test('the start page says what to gather and fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await page.goto('/')
  const gather = page.getByRole('region', { name: 'What to gather before you start' })
  for (const what of [/FQDN of each legacy pool/, /version/, /database that hold Group Chat/])
    await expect(gather.getByText(what)).toBeVisible()
  await expect(gather).toContainText('Lookup Server URI')
  await expect(gather).toContainText('room export')
  expect(await horizontalOverflow(page)).toBe(0)
})

test('a problem page is titled by its heading', async ({ page }) => {
  await page.goto('/open#plan=2.12.not-a-real-plan')
  const heading = page.getByRole('heading', { level: 1, name: 'This plan is damaged' })
  await expect(heading).toBeVisible()
  await expect(page).toHaveTitle('Error: This plan is damaged – Lync Server 2013 migration planner')
})
