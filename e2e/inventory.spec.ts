import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  answerUntil,
  openChecklist,
  continueStep,
  continueWithBlockers,
  expect,
  expectNoAxeViolations,
  expectStep,
  fillGroupChat,
  GOLDEN,
  LYNC_2010_GC,
  seedPlan,
  storedRoom,
  test,
} from './fixtures'
import type { StoredPlan } from './fixtures'

const SAMPLE = join(import.meta.dirname, '../public/sample-room-inventory.csv')

async function toGroupChat(page: Page) {
  await answerUntil(page, { ...LYNC_2010_GC, name: 'Inventory' }, 'Group Chat')
  await fillGroupChat(page, LYNC_2010_GC)
}

const summaryRow = (page: Page, id: string) =>
  page.getByRole('row', { name: new RegExp(`^${id}:`) })

test('uploading the sample shows the counts it was built with, fills the answers, and the checklist uses them', async ({
  page,
}) => {
  // The whole wizard, an upload, the review and the checklist: a long walk.
  test.setTimeout(120_000)
  await toGroupChat(page)
  await page.getByLabel('Upload the room inventory (CSV)').setInputFiles(SAMPLE)
  await expect(page.getByRole('status').filter({ hasText: 'Checked 20 rooms' })).toBeVisible()
  await expect(
    page.getByRole('heading', { name: 'sample-room-inventory.csv: 20 rooms, 10 need action' }),
  ).toBeVisible()
  for (const [id, n] of [
    ['GC-03', '2'],
    ['GC-08', '2'],
    ['GC-04', '3'],
    ['GC-06', '2'],
    ['GC-07', '1'],
  ] as const) {
    await expect(summaryRow(page, id).getByRole('cell')).toHaveText(n)
  }
  await expect(page.getByLabel('Category depth')).toHaveValue('2')
  await expect(page.getByLabel('Rooms with federated users')).toHaveValue('2')
  await expect(page.getByLabel('Rooms not to migrate')).toHaveValue('1')
  await expect(page.getByLabel('Categories with invitations turned off')).toHaveValue('1')

  const table = page.getByRole('table', { name: /Rooms that need action/ })
  await expect(table.getByRole('row')).toHaveCount(11)
  await table.getByRole('button', { name: 'Length' }).click()
  await table.getByRole('button', { name: 'Length' }).click()
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText('261')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download the rooms that need action (CSV)' }).click()
  const csv = await readFile(await (await download).path(), 'utf8')
  // A byte-order mark first, so spreadsheets read non-ASCII names (trim() would drop it).
  expect(csv.startsWith('\uFEFFinventory_row,')).toBe(true)
  const lines = csv.trim().split(/\r?\n/)
  expect(lines[0]).toBe('inventory_row,flattened_name,length,rules,clashes_with')
  expect(lines).toHaveLength(11)
  expect(
    lines
      .map((l) => l.split(',')[0])
      .slice(1)
      .map(Number)
      .sort((a, b) => a - b),
  ).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  expect(csv).toContain('Sales/EMEA/Leads')

  await continueStep(page)
  const summary = page
    .getByRole('alert')
    .filter({ hasText: 'This plan cannot proceed as it stands' })
  await expect(summary.getByRole('link', { name: /^GC-03:/ })).toBeVisible()
  await expect(summary.getByRole('link', { name: /^GC-08:/ })).toBeVisible()
  const panel = page.getByRole('region', { name: 'Room inventory (optional)' })
  await expect(panel.locator('.finding').getByText('GC-03', { exact: true })).toBeVisible()
  await expect(panel.locator('.finding').getByText('GC-08', { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
  await summary.getByRole('link', { name: /^GC-08:/ }).click()
  await expect(panel.getByLabel('Separator between category and room names')).toBeFocused()
  await continueWithBlockers(page, ['GC-03', 'GC-08'])
  await expectStep(page, 'Check your answers')
  // The review lists each finding as one short line, with the count it carries.
  await expect(page.getByRole('link', { name: 'GC-03: 2 room names too long' })).toBeVisible()
  await openChecklist(page)
  await expect(
    page.getByRole('checkbox', { name: 'PREP-04 Shorten the 2 room names over 256 characters' }),
  ).toBeVisible()
  await expect(
    page.getByRole('checkbox', { name: 'PREP-10 Rename the 2 rooms whose names clash' }),
  ).toBeVisible()
  await page.reload()
  await expect(
    page.getByRole('checkbox', { name: 'PREP-04 Shorten the 2 room names over 256 characters' }),
  ).toBeVisible()
})

test('a malformed file shows row-numbered errors, keeps the good rows and the rest of the plan', async ({
  page,
}) => {
  await toGroupChat(page)
  const bad = [
    'category_path,room_name,category_invitations,disabled,federated_members',
    'A,Good room,on,no,0',
    'A,,on,no,0',
    'A,Room,sometimes,no,0',
    'A//B,Room,on,no,0',
    'B,Other good room,off,no,0',
  ].join('\n')
  await page
    .getByLabel('Upload the room inventory (CSV)')
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
  await expect(page.getByText('Row 3: The room name is empty.')).toBeVisible()
  await expect(page.getByText(/Row 4: category_invitations is "sometimes"/)).toBeVisible()
  await expect(page.getByText(/Row 5: The category path "A\/\/B"/)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'bad.csv: 2 rooms, 1 need action' })).toBeVisible()
  await expect(page.getByLabel('Group Chat pool FQDN (the trusted application pool)')).toHaveValue(
    'gcpool.contoso.com',
  )

  await page
    .getByLabel('Upload the room inventory (CSV)')
    .setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') })
  await expect(page.getByText(/The file is empty/)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'bad.csv: 2 rooms, 1 need action' })).toBeVisible()
  await expect(page.getByLabel('Lookup Server URI')).toHaveValue('sip:ocschat@contoso.com')
})

/** Long tasks (over 50 ms) on the main thread, from the first script on: see `longTasks`. */
async function observeLongTasks(page: Page) {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = []
    Object.assign(window, { __longTasks: tasks })
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** The main thread's tasks over 50 ms that overlap [from, to] (page clock, ms). */
const longTasks = (page: Page, from: number, to: number) =>
  page.evaluate(
    ([a, b]) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
        .filter((t) => t.start < b && t.start + t.duration > a)
        .map((t) => Math.round(t.duration)),
    [from, to] as const,
  )

test('100,000 rooms are checked off the main thread, with progress, and the table stays usable @timing', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const { generateInventoryCsv } = await import('../scripts/generate-inventory')
  // From a file on disk, as a user picks it: a buffer would be decoded by page script
  // on the main thread, a long task of the test's own making.
  const csv = test.info().outputPath('big.csv')
  await writeFile(csv, generateInventoryCsv(100_000))
  await observeLongTasks(page)
  await toGroupChat(page)
  // Inside the measured time, controls are found by id and name, not by label: resolving a
  // label walks the whole page on its main thread, a long task of the test's own making.
  // (The labels are checked before and after.)
  await expect(page.getByLabel('Upload the room inventory (CSV)')).toHaveAttribute(
    'id',
    'inventory-file',
  )
  const from = await page.evaluate(() => performance.now())
  await page.locator('#inventory-file').setInputFiles(csv)
  // The page answers while the worker runs.
  await page.locator('input[name="poolFqdn"]').fill('gcpool2.contoso.com')
  // Waited for with a plain DOM read: a role query computes the accessibility tree of
  // the whole page on its main thread, a long task of the test's own making.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[role="status"]')].some((e) =>
        e.textContent?.includes('Checked 100,000 rooms'),
      ),
    null,
    { polling: 250, timeout: 60_000 },
  )
  const to = await page.evaluate(() => performance.now())
  const tasks = await longTasks(page, from, to)
  const longest = Math.max(0, ...tasks)
  test.info().annotations.push({
    type: 'main thread',
    description: `${Math.round(to - from)} ms from upload to result; ${tasks.length} long task(s), longest ${longest} ms: [${tasks.join(', ')}]`,
  })
  // A long task is one over 50 ms, so this says: not one while the rooms are checked.
  expect(longest, `long tasks on the main thread: [${tasks.join(', ')}] ms`).toBeLessThan(50)
  await expect(page.getByRole('status').filter({ hasText: 'Checked 100,000 rooms' })).toBeVisible()
  await expect(page.getByLabel('Group Chat pool FQDN (the trusted application pool)')).toHaveValue(
    'gcpool2.contoso.com',
  )
  await expect(
    page.getByRole('heading', { name: /^big\.csv: 100,000 rooms, [\d,]+ need action$/ }),
  ).toBeVisible()

  const table = page.getByRole('table', { name: /Rooms that need action/ })
  await expect(table.getByRole('row')).toHaveCount(51)
  await page.getByRole('button', { name: 'Next page of rooms' }).click()
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible()
  await table.getByRole('button', { name: 'Rules' }).click()
  await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible()
  await expect(page.getByLabel('Group Chat pool FQDN (the trusted application pool)')).toHaveValue(
    'gcpool2.contoso.com',
  )
})

test('when the findings of a room inventory cannot load, the panel says so and keeps the inventory', async ({
  page,
}) => {
  const plan = structuredClone(GOLDEN) as StoredPlan & {
    answers: { groupChat: Record<string, unknown> }
  }
  plan.answers.groupChat.inventory = {
    separator: '/',
    fileName: 'rooms.csv',
    rooms: [storedRoom(['Sales', 'EMEA'], 'Leads'), storedRoom(['Sales'], 'Sales/EMEA/Leads')],
    totalRooms: 2,
    existingNames: [],
  }
  await seedPlan(page, plan)
  // The code of the counts and of the table of rooms is fetched only for a checked inventory.
  await page.route(/\/assets\/inventory-table-[\w-]+\.js$/, (route) => route.abort())
  await page.goto(`/plan/${plan.id}/step/group-chat`)
  await expect(
    page.getByRole('heading', { name: 'rooms.csv: 2 rooms, 2 need action' }),
  ).toBeVisible()
  await expect(
    page.getByText(/The findings of the room inventory could not be shown .* reload the page\./),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Remove the room inventory' })).toBeVisible()
  await expect(page.getByRole('table')).toHaveCount(0)
})

test('when the room check cannot load, the panel says so plainly and nothing is changed', async ({
  page,
}) => {
  await toGroupChat(page)
  const pool = page.getByLabel('Group Chat pool FQDN (the trusted application pool)')
  const before = await pool.inputValue()
  // The code of the room check is fetched only when a file is chosen: offline, it fails.
  await page.route(/\/assets\/inventory-job-[\w-]+\.js$/, (route) => route.abort())
  await page
    .getByLabel('Upload the room inventory (CSV)')
    .setInputFiles({ name: 'rooms.csv', mimeType: 'text/csv', buffer: Buffer.from('x') })
  const status = page.getByRole('status').filter({ hasText: 'could not be checked' })
  await expect(status).toHaveText(
    'The rooms could not be checked: part of the planner did not load. Check the network, then reload the page and choose the file again. Your answers are unchanged.',
  )
  await expect(pool).toHaveValue(before)
  await expect(page.getByRole('heading', { name: /^rooms\.csv:/ })).toHaveCount(0)
})
