import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { deflateSync, strToU8 } from 'fflate'

// Nothing lost, nothing silently changed, nothing crashes: drafts, parked answers,
// two tabs, hostile links and files.

const GOLDEN = JSON.parse(
  readFileSync(new URL('../src/plan/golden/link-v1.plan.json', import.meta.url), 'utf8'),
) as { id: string; name: string; updatedAt: string; answers: Record<string, unknown> }
const PLAN_ID = GOLDEN.id
const PROBLEM_TITLES =
  /There is no plan in this link|This plan is damaged|This link is incomplete|newer version|This plan is too large to open|answers the planner cannot read|could not be saved/

async function seed(page: Page, plan: object = GOLDEN) {
  await page.goto('/')
  await page.evaluate((p) => {
    const plan = p as { id: string; name: string; updatedAt: string }
    localStorage.setItem(`lync-planner:plan:${plan.id}`, JSON.stringify(plan))
    localStorage.setItem(
      'lync-planner:index',
      JSON.stringify([{ id: plan.id, name: plan.name, updatedAt: plan.updatedAt }]),
    )
  }, plan)
}

const stepUrl = (step: string) => `/plan/${PLAN_ID}/step/${step}`

/** Continue, and once more if the step stops to show blockers (they are not under test here). */
async function continueAnyway(page: Page, next: RegExp) {
  await page.getByRole('button', { name: 'Continue', exact: true }).click()
  const heading = page.getByRole('heading', { level: 1, name: next })
  const withBlockers = page.getByRole('button', { name: 'Continue with blockers' })
  await expect(heading.or(withBlockers)).toBeVisible()
  if (await withBlockers.isVisible()) await withBlockers.click()
  await expect(heading).toBeVisible()
}

/** A format-1 share link (`plan=1.<length>.<payload>`) holding any JSON at all. */
function link(value: unknown): string {
  const bytes = deflateSync(strToU8(JSON.stringify(value)), { level: 9 })
  const payload = Buffer.from(bytes).toString('base64url')
  return `plan=1.${payload.length}.${payload}`
}

test('a reload the instant after the last key keeps every character', async ({ page }) => {
  await seed(page)
  await page.goto(stepUrl('group-chat'))
  const field = page.getByLabel('Group Chat database name (optional)')
  await field.fill('')
  await field.pressSequentially('GroupChatDb_Final')
  await page.reload()
  await expect(page.getByLabel('Group Chat database name (optional)')).toHaveValue(
    'GroupChatDb_Final',
  )
})

test('leaving a step by a link keeps what was typed', async ({ page }) => {
  await seed(page)
  await page.goto(stepUrl('sql'))
  await page.getByLabel('Server FQDN').first().fill('typed-then-left.contoso.com')
  await page
    .getByRole('link', { name: /Group Chat/ })
    .first()
    .click()
  await page.goto(stepUrl('sql'))
  await expect(page.getByLabel('Server FQDN').first()).toHaveValue('typed-then-left.contoso.com')
})

test('Group Chat No then Yes brings its answers back, room inventory included', async ({
  page,
}) => {
  const withInventory = structuredClone(GOLDEN) as typeof GOLDEN & {
    answers: { groupChat: Record<string, unknown> }
  }
  withInventory.answers.groupChat.inventory = {
    separator: '/',
    rooms: [
      { path: ['Sales'], name: 'Pipeline', invitations: true, disabled: false, federated: 0 },
      { path: ['Sales'], name: 'Forecast', invitations: true, disabled: false, federated: 0 },
    ],
    totalRooms: 2,
    existingNames: [],
  }
  await seed(page, withInventory)
  await page.goto(stepUrl('source'))
  const gcQuestion = page.getByRole('group', { name: 'Is Group Chat deployed?' })
  await gcQuestion.getByLabel('No').check()
  await continueAnyway(page, /Active Directory/)
  await page.goto(stepUrl('group-chat'))
  await expect(page.getByText('This step is not needed')).toBeVisible()

  await page.goto(stepUrl('source'))
  await gcQuestion.getByLabel('Yes').check()
  await continueAnyway(page, /Active Directory/)
  await page.goto(stepUrl('group-chat'))
  await expect(page.getByLabel('Group Chat pool FQDN (the trusted application pool)')).toHaveValue(
    String(GOLDEN.answers.groupChat && (GOLDEN.answers.groupChat as { poolFqdn: string }).poolFqdn),
  )
  await expect(page.getByRole('heading', { name: /2 rooms, \d+ need action/ })).toBeVisible()
})

test('two tabs editing two steps of one plan keep both', async ({ context }) => {
  const a = await context.newPage()
  await seed(a)
  const b = await context.newPage()
  await a.goto(stepUrl('sql'))
  await b.goto(stepUrl('active-directory'))
  await a.getByLabel('Server FQDN').first().fill('sql-from-tab-a.contoso.com')
  await b.getByLabel('Forest of the Lync Server 2013 deployment').fill('tab-b.contoso.com')
  await continueAnyway(a, /Persistent Chat pools/)
  await continueAnyway(b, /SQL Server instances/)
  // Tab B heard of tab A's save: its SQL step shows it.
  await expect(b.getByLabel('Server FQDN').first()).toHaveValue('sql-from-tab-a.contoso.com')
  await a.goto(stepUrl('active-directory'))
  await expect(a.getByLabel('Forest of the Lync Server 2013 deployment')).toHaveValue(
    'tab-b.contoso.com',
  )
})

test('a save over a step another tab changed asks first', async ({ context }) => {
  const a = await context.newPage()
  await seed(a)
  const b = await context.newPage()
  await a.goto(stepUrl('active-directory'))
  await b.goto(stepUrl('active-directory'))
  await a.getByLabel('Forest of the Lync Server 2013 deployment').fill('first.contoso.com')
  await continueAnyway(a, /SQL Server instances/)
  await b.getByLabel('Forest of the Lync Server 2013 deployment').fill('second.contoso.com')
  await b.getByRole('button', { name: 'Continue', exact: true }).click()
  await expect(
    b.getByRole('heading', { name: 'This step was changed in another tab' }),
  ).toBeVisible()
  await b.getByRole('button', { name: 'Load the saved answers' }).click()
  await expect(b.getByLabel('Forest of the Lync Server 2013 deployment')).toHaveValue(
    'first.contoso.com',
  )
})

test('a damaged draft does not break its step', async ({ page }) => {
  await seed(page)
  await page.evaluate((id) => {
    localStorage.setItem(
      `lync-planner:draft:${id}:group-chat`,
      JSON.stringify({
        inventory: { rooms: 'x' },
        categoryDepth: { nested: true },
        database: 'kept',
      }),
    )
  }, PLAN_ID)
  await page.goto(stepUrl('group-chat'))
  await expect(page.getByRole('heading', { level: 1, name: 'Group Chat' })).toBeVisible()
  await expect(page.getByLabel('Group Chat database name (optional)')).toHaveValue('kept')
})

test.describe('hostile links show a problem page within 2 seconds @timing', () => {
  const plan = { ...GOLDEN, version: 1 }
  const cases = {
    '24,571 empty rooms': {
      ...plan,
      answers: {
        ...plan.answers,
        groupChat: {
          ...(plan.answers.groupChat as object),
          inventory: {
            separator: '/',
            rooms: Array(24_571).fill({}),
            totalRooms: 1,
            existingNames: [],
          },
        },
      },
    },
    '1,300,000 empty SQL instances': {
      ...plan,
      answers: { ...plan.answers, sql: { instances: Array(1_300_000).fill({}) } },
    },
  }
  for (const [name, value] of Object.entries(cases)) {
    test(name, async ({ page }) => {
      const fragment = link(value)
      test.info().annotations.push({ type: 'link length', description: String(fragment.length) })
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto('/')
      await page.goto(`/open#${fragment}`)
      // Within 2 s of the page being there, whatever the decoder does with the link.
      await expect(page.getByRole('heading', { level: 1, name: PROBLEM_TITLES })).toBeVisible({
        timeout: 2000,
      })
      await expect(page.getByText('Something went wrong')).toHaveCount(0)
      expect(errors).toEqual([])
    })
  }
})

test('a 20 MB plan file is refused with a message', async ({ page }) => {
  const file = test.info().outputPath('huge.plan.json')
  writeFileSync(file, Buffer.alloc(20 * 1024 * 1024, 0x20))
  await page.goto('/')
  await page.getByLabel('Choose a .plan.json file, or drop it here').setInputFiles(file)
  await expect(page.getByRole('heading', { name: 'This plan is too large to open' })).toBeVisible()
  await expect(page.getByText(/larger than any plan the planner makes/)).toBeVisible()
})

test('100,000 rooms needing action save, reload, and stay out of localStorage', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const lines = ['category_path,room_name,category_invitations,disabled,federated_members']
  // Invitations off in every category: every room needs action (GC-04).
  for (let i = 0; i < 100_000; i++) lines.push(`Division ${i % 50},Room ${i},off,no,0`)
  await seed(page)
  await page.goto(stepUrl('group-chat'))
  await page.getByLabel('Upload the room inventory (CSV)').setInputFiles({
    name: 'rooms.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\n')}\n`),
  })
  await expect(page.getByText(/Checked 100,000 rooms/)).toBeVisible({ timeout: 120_000 })
  await continueAnyway(page, /Check your answers/)
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).reduce((n, k) => n + (localStorage.getItem(k)?.length ?? 0), 0),
  )
  expect(stored).toBeLessThan(100_000)
  await page.goto(stepUrl('group-chat'))
  await expect(
    page.getByRole('heading', { name: '100,000 rooms, 100,000 need action' }),
  ).toBeVisible({ timeout: 30_000 })
})
