import type { Page } from '@playwright/test'
import type { StoredPlan } from './fixtures'
import {
  expect,
  GOLDEN,
  horizontalOverflow,
  seedPlan,
  startPlan,
  storedRoom,
  test,
} from './fixtures'

// Every page at a phone's width, the task list as a disclosure there, and screenshots of
// every step to read as an administrator would (test-results/screens/).

const STEP_IDS = ['source', 'active-directory', 'sql', 'pools', 'group-chat'] as const
const plan = (tail = '') => `/plan/${GOLDEN.id}${tail}`
const PAGES = [
  '/',
  '/rules',
  '/import',
  plan(),
  ...STEP_IDS.map((id) => plan(`/step/${id}`)),
  plan('/review'),
  plan('/checklist'),
]

async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: /^Loading/ })).toHaveCount(0)
}

test('no page scrolls sideways at 320 px', async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 320, height: 800 })
  await seedPlan(page)
  for (const path of PAGES) {
    await page.goto(path)
    await settled(page)
    expect(await horizontalOverflow(page), `${path} at 320 px`).toBe(0)
  }
  await startPlan(page, 'A new plan on a small screen')
  expect(await horizontalOverflow(page), 'a new plan at 320 px').toBe(0)
})

test('a plan named with a long word scrolls no page sideways at 320 px', async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 320, height: 800 })
  // The longest name a plan may have, most of it one word: quoted on the checklist's share
  // panel and in the picture's caption, among others.
  const name = `Contoso ${'x'.repeat(102)} Lync 2010`
  expect(name.length).toBe(120)
  await seedPlan(page, { ...GOLDEN, name })
  for (const path of PAGES.filter((p) => p.startsWith('/plan/'))) {
    await page.goto(path)
    await settled(page)
    expect(await horizontalOverflow(page), `${path} at 320 px`).toBe(0)
  }
})

test('on a phone the steps are a disclosure that says where you are; open on a wide screen', async ({
  page,
}) => {
  await seedPlan(page)
  await page.setViewportSize({ width: 375, height: 800 })
  await page.goto(plan('/step/sql'))
  const nav = page.getByRole('navigation', { name: 'Steps of this plan' })
  const toggle = nav.getByRole('button', { name: 'Step 3 of 7: SQL Server instances' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(nav.getByRole('link', { name: /Source deployment/ })).toBeHidden()
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await nav.getByRole('link', { name: /Group Chat/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Group Chat' })).toBeVisible()
  // Moving on closes it again, and it says where you are now.
  await expect(nav.getByRole('button', { name: 'Step 5 of 7: Group Chat' })).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  await page.setViewportSize({ width: 1280, height: 800 })
  await expect(nav.getByRole('button')).toBeHidden()
  await expect(nav.getByRole('link', { name: /Source deployment/ })).toBeVisible()
})

for (const width of [1280, 375]) {
  test(`screenshots of every step at ${width} px, a new plan and the reference plan`, async ({
    page,
  }) => {
    test.setTimeout(180_000)
    await page.setViewportSize({ width, height: 900 })
    const shot = (name: string) =>
      page.screenshot({ path: `test-results/screens/${width}-${name}.png`, fullPage: true })
    await seedPlan(page)
    for (const id of STEP_IDS) {
      await page.goto(plan(`/step/${id}`))
      await settled(page)
      await shot(`reference-${id}`)
    }
    for (const tail of ['', '/review']) {
      await page.goto(plan(tail))
      await settled(page)
      await shot(`reference-${tail.slice(1) || 'overview'}`)
    }
    await startPlan(page, 'New plan')
    const newPlan = page.url().replace(/\/step\/.*$/, '')
    for (const id of STEP_IDS) {
      await page.goto(`${newPlan}/step/${id}`)
      await settled(page)
      await shot(`new-${id}`)
    }
    await page.goto(`${newPlan}/step/source`)
    await page.getByRole('button', { name: /^Continue/ }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible()
    await shot('new-source-errors')
  })
}

/** The reference plan with blockers and warnings on several steps, a clash and a long name. */
function withFindings(): StoredPlan {
  const plan = structuredClone(GOLDEN) as StoredPlan & {
    answers: {
      forest: Record<string, unknown>
      sql: { instances: Record<string, unknown>[] }
      groupChat: Record<string, unknown>
    }
  }
  plan.answers.forest.lyncForest = 'fabrikam.com'
  const second = plan.answers.sql.instances[1]
  if (second) second.version = '2008'
  Object.assign(plan.answers.groupChat, { rootManagers: 'yes', categoryDepth: 3 })
  plan.answers.groupChat.inventory = {
    separator: '/',
    fileName: 'rooms.csv',
    rooms: [
      storedRoom(['Sales', 'EMEA'], 'Leads'),
      storedRoom(['Sales'], 'Sales/EMEA/Leads'),
      storedRoom(['Engineering', 'Platform'], 'x'.repeat(260)),
    ],
    totalRooms: 3,
    existingNames: [],
  }
  return plan
}

for (const width of [1280, 375]) {
  test(`screenshots of a plan with findings at ${width} px: review, blocker summaries, inventory`, async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.setViewportSize({ width, height: 900 })
    const shot = (name: string) =>
      page.screenshot({
        path: `test-results/screens/${width}-findings-${name}.png`,
        fullPage: true,
      })
    await seedPlan(page, withFindings())
    await page.goto(plan('/review'))
    await settled(page)
    const found = page.getByRole('region', { name: 'What the rules found' })
    await expect(found.getByRole('link', { name: 'GC-08: 2 room names clash' })).toBeVisible()
    await expect(found.getByRole('link', { name: 'GC-03: 1 room name too long' })).toBeVisible()
    await expect(
      found.getByRole('link', {
        name: 'SQL-02: Unsupported SQL Server version (SQL Server instance 2)',
      }),
    ).toBeVisible()
    // The separator assumption once on the page.
    await expect(found.getByText(/Microsoft does not document how parent category/)).toHaveCount(1)
    await shot('review')
    for (const id of ['active-directory', 'sql', 'group-chat']) {
      await page.goto(plan(`/step/${id}`))
      await settled(page)
      await page.getByRole('button', { name: /^Continue/ }).click()
      await expect(
        page.getByRole('alert').filter({ hasText: 'This plan cannot proceed as it stands' }),
      ).toBeVisible()
      await shot(`${id}-blockers`)
    }
    // On the Group Chat step the notes point to the one statement of the assumption.
    await expect(page.getByText(/Microsoft does not document how parent category/)).toHaveCount(1)
  })
}
