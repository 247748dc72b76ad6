import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { expect, test as base } from '@playwright/test'

export interface Scenario {
  name: string
  products: (
    | 'Lync Server 2010'
    | 'Office Communications Server 2007 R2'
    | 'Office Communications Server 2007'
    | 'Live Communications Server 2005'
    | 'Another product'
  )[]
  method?: 'Side-by-side' | 'In-place upgrade'
  groupChat: boolean
  othersDone?: boolean
  lyncForest?: string
  pchatForest?: string
  legacyPoolFqdn?: string
  lyncPoolFqdn?: string
  lyncPoolSql?: string
  sqlVersion?: string
  sqlEdition?: string
  sqlRoles?: string[]
  activeServers?: string
  pchatEdition?: 'Standard Edition' | 'Enterprise Edition'
  secondTargetPool?: boolean
  homePool?: string
  gcProduct?: 'Lync Server 2010 Group Chat' | 'Office Communications Server 2007 R2 Group Chat'
  lookupUri?: string
  filesUsed?: boolean
  legacyClients?: boolean
  cutoffDate?: string
  existingContent?: boolean
}

export const LYNC_2010_GC: Scenario = {
  name: 'Contoso Lync 2010',
  products: ['Lync Server 2010'],
  groupChat: true,
  filesUsed: true,
  legacyClients: true,
  cutoffDate: '2010-01-01',
}
export const OCS_GC: Scenario = {
  name: 'Fabrikam OCS 2007 R2',
  products: ['Office Communications Server 2007 R2'],
  groupChat: true,
  gcProduct: 'Office Communications Server 2007 R2 Group Chat',
  filesUsed: false,
  legacyClients: false,
  existingContent: true,
}
export const NO_GC: Scenario = {
  name: 'Litware without Group Chat',
  products: ['Lync Server 2010'],
  groupChat: false,
}

export const group = (page: Page | Locator, name: string | RegExp) =>
  page.getByRole('group', { name, exact: typeof name === 'string' })

export async function radio(scope: Page | Locator, question: string | RegExp, answer: string) {
  const input = group(scope, question).getByLabel(answer, { exact: true })
  // A warning under the field above appears 200 ms after its typing stops and moves the
  // questions below it; a click on its way then misses. Check again until it holds.
  await expect(async () => {
    await input.check({ timeout: 5_000 })
  }).toPass({ timeout: 20_000 })
}

export async function continueStep(page: Page) {
  await page.getByRole('button', { name: /^Continue/ }).click()
}

export async function startPlan(page: Page, name: string) {
  await page.goto('/')
  await page.getByLabel('Name of the plan').fill(name)
  await page.getByRole('button', { name: 'Start a new plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Source deployment' })).toBeVisible()
}

/** A new plan with step 1 answered, then the Group Chat step opened from the step list. */
export async function toGroupChatStep(page: Page, name: string, s: Scenario = LYNC_2010_GC) {
  await startPlan(page, name)
  await fillSource(page, s)
  await continueStep(page)
  await expectStep(page, 'Active Directory')
  await page
    .getByRole('navigation', { name: 'Steps of this plan' })
    .getByRole('link', { name: 'Group Chat' })
    .click()
  await expectStep(page, 'Group Chat')
}

export async function fillSource(page: Page, s: Scenario) {
  for (const p of s.products)
    await group(page, 'Which legacy products are deployed?').getByLabel(p, { exact: true }).check()
  const pool = group(page, 'Legacy pool 1')
  await pool.getByLabel('Pool FQDN').fill(s.legacyPoolFqdn ?? 'pool10.contoso.com')
  await pool.getByLabel('Product').selectOption({ label: s.products[0] ?? 'Lync Server 2010' })
  await radio(pool, 'Edition', 'Enterprise Edition')
  await pool.getByLabel('Back-end SQL Server instance').fill('sql10.contoso.com\\RTC')
  await radio(page, 'Lync Server 2013 target topology', 'Enterprise Edition')
  await group(page, 'Migration method')
    .getByLabel(s.method ?? 'Side-by-side', { exact: true })
    .check()
  await radio(page, 'Is Group Chat deployed?', s.groupChat ? 'Yes' : 'No')
  await radio(
    page,
    'Are all other components and users already on Lync Server 2013?',
    s.othersDone === false ? 'No' : 'Yes',
  )
}

export async function fillForest(page: Page, s: Scenario) {
  await page.getByLabel('Forest of the legacy deployment').fill('contoso.com')
  await page
    .getByLabel('Forest of the Lync Server 2013 deployment')
    .fill(s.lyncForest ?? 'contoso.com')
  if (s.groupChat)
    await page.getByLabel('Forest of the Persistent Chat pool').fill(s.pchatForest ?? 'contoso.com')
  await group(page, 'SIP domain 1').getByLabel('Domain').fill('contoso.com')
}

export async function fillSql(page: Page, s: Scenario) {
  const first = group(page, 'SQL Server instance 1')
  await first.getByLabel('Server FQDN').fill('sql13.contoso.com')
  await first.getByLabel('Instance name (optional)').fill('RTC')
  await first.getByLabel('Version').selectOption({ label: s.sqlVersion ?? 'SQL Server 2012' })
  await first.getByLabel('Edition').selectOption({ label: s.sqlEdition ?? 'Enterprise' })
  await radio(first, 'Architecture', '64-bit')
  for (const role of s.sqlRoles ?? ['Lync Server 2013 back end']) {
    await group(first, 'Databases it hosts or will host').getByLabel(role).check()
  }
  // The legacy pool's back end, listed from step 1 with its role: confirm it.
  const legacy = group(page, 'SQL Server instance 2')
  await expect(legacy.getByLabel('Server FQDN')).toHaveValue('sql10.contoso.com')
  await legacy.getByLabel('Version').selectOption({ label: 'SQL Server 2008' })
  await legacy.getByLabel('Edition').selectOption({ label: 'Enterprise' })
  await radio(legacy, 'Architecture', '64-bit')
  if (s.groupChat) {
    await page.getByRole('button', { name: 'Add another SQL Server instance' }).click()
    const second = group(page, 'SQL Server instance 3')
    await second.getByLabel('Server FQDN').fill('pcsql.contoso.com')
    await second.getByLabel('Instance name (optional)').fill('PCHAT')
    await second.getByLabel('Version').selectOption({ label: 'SQL Server 2012' })
    await second.getByLabel('Edition').selectOption({ label: 'Standard' })
    await radio(second, 'Architecture', '64-bit')
    await group(second, 'Databases it hosts or will host')
      .getByLabel('Persistent Chat store (mgc)')
      .check()
  }
}

async function fillPchatPool(pool: Locator, s: Scenario, fqdn: string, target: boolean) {
  await pool.getByLabel('Persistent Chat pool FQDN').fill(fqdn)
  await pool
    .getByLabel('Home pool (a Lync Server 2013 pool)')
    .fill(s.homePool ?? 'pool13.contoso.com')
  await radio(pool, 'Pool type', 'Multiple-server pool')
  await radio(pool, 'Edition', s.pchatEdition ?? 'Enterprise Edition')
  await pool.getByLabel('Number of active servers').fill(s.activeServers ?? '2')
  await pool
    .getByLabel('Persistent Chat store SQL Server instance')
    .fill(target ? 'pcsql.contoso.com\\PCHAT' : 'pcsql2.contoso.com\\PCHAT')
  await radio(pool, 'Is compliance turned on?', 'No')
  await pool.getByLabel('File store (UNC path)').fill('\\\\fs01.contoso.com\\pchatfiles')
  await radio(pool, 'Will Group Chat be migrated into this pool?', target ? 'Yes' : 'No')
  await radio(
    pool,
    'Were categories, rooms or add-ins already created in this pool?',
    s.existingContent ? 'Yes' : 'No',
  )
}

export async function fillPools(page: Page, s: Scenario) {
  const lync = group(page, 'Lync Server 2013 pool 1')
  await lync.getByLabel('Pool FQDN').fill(s.lyncPoolFqdn ?? 'pool13.contoso.com')
  await radio(lync, 'Edition', 'Enterprise Edition')
  await lync
    .getByLabel('Back-end SQL Server instance')
    .fill(s.lyncPoolSql ?? 'sql13.contoso.com\\RTC')
  if (!s.groupChat) return
  await fillPchatPool(group(page, 'Persistent Chat pool 1'), s, 'pchat.contoso.com', true)
  if (s.secondTargetPool) {
    await page.getByRole('button', { name: 'Add another Persistent Chat pool' }).click()
    await fillPchatPool(
      group(page, 'Persistent Chat pool 2'),
      { ...s, existingContent: false },
      'pchat2.contoso.com',
      false,
    )
    await radio(
      group(page, 'Persistent Chat pool 2'),
      'Will Group Chat be migrated into this pool?',
      'Yes',
    )
  }
}

export async function fillGroupChat(page: Page, s: Scenario) {
  await radio(page, 'Group Chat product', s.gcProduct ?? 'Lync Server 2010 Group Chat')
  await page
    .getByLabel('Group Chat pool FQDN (the trusted application pool)')
    .fill('gcpool.contoso.com')
  await page.getByLabel('Group Chat SQL Server instance').fill('gcsql.contoso.com\\GROUPCHAT')
  await page.getByLabel('Group Chat database name (optional)').fill('GroupChat')
  if (s.lookupUri !== undefined) await page.getByLabel('Lookup Server URI').fill(s.lookupUri)
  await radio(
    page,
    'Must legacy Group Chat clients keep working with no client change?',
    s.legacyClients ? 'Yes' : 'No',
  )
  await radio(page, 'Were files uploaded in chat rooms?', s.filesUsed ? 'Yes' : 'No')
  if (s.filesUsed) await page.getByLabel('Legacy file store path').fill('D:\\GroupChat\\Files')
  await page.getByLabel('Category depth').fill('2')
  await radio(page, 'Are there managers on the root category?', 'No')
  await page.getByLabel('Categories with invitations turned off').fill('0')
  await page.getByLabel('Rooms with federated users').fill('0')
  await page.getByLabel('Rooms not to migrate').fill('3')
  if (s.cutoffDate) {
    // Day, month and year boxes (GOV.UK), from the scenario's YYYY-MM-DD.
    const [year = '', month = '', day = ''] = s.cutoffDate.split('-')
    const date = group(page, 'Migrate chat content from this date on (optional)')
    await date.getByLabel('Day').fill(day)
    await date.getByLabel('Month').fill(month)
    await date.getByLabel('Year').fill(year)
  }
}

export async function expectStep(page: Page, title: string) {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

export interface WizardOptions {
  /**
   * The blocker IDs this test expects the steps to show. Without it a blocker fails the
   * test; with it, exactly these must be shown (each at least once) before the helper
   * continues past them.
   */
  expectBlockers?: readonly string[]
}

const blockerSummary = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'This plan cannot proceed as it stands' })

/** The rule IDs listed by the step's blocker summary, in order, once each. */
export async function shownBlockers(page: Page): Promise<string[]> {
  const links = await blockerSummary(page).getByRole('link').allTextContents()
  return [...new Set(links.map((t) => /^([A-Z]+-\d+):/.exec(t.trim())?.[1] ?? t.trim()))]
}

/** Asserts the step shows exactly these blockers, then continues past them. */
export async function continueWithBlockers(page: Page, ids: readonly string[]) {
  await expect(blockerSummary(page)).toBeVisible()
  expect((await shownBlockers(page)).sort(), 'blockers shown on this step').toEqual([...ids].sort())
  await page.getByRole('button', { name: 'Continue with blockers' }).click()
}

/**
 * Continue (by `press`, a click by default), then expect the step titled `next`. Blockers
 * not in `allowed` fail the test; allowed ones are continued past. Returns the blocker IDs
 * the step showed.
 */
export async function continueTo(
  page: Page,
  next: string,
  allowed: readonly string[] = [],
  press: () => Promise<void> = () => continueStep(page),
) {
  const title = await page.getByRole('heading', { level: 1 }).textContent()
  const blockers = blockerSummary(page)
  const problem = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await press()
  // Saving a step and drawing the next page can take a while on a loaded machine.
  await expect(
    page.getByRole('heading', { level: 1, name: next }).or(blockers).or(problem).first(),
  ).toBeVisible({ timeout: 30_000 })
  if (await problem.isVisible())
    throw new Error(`"${title}" did not accept its answers: ${await problem.innerText()}`)
  if (!(await blockers.isVisible())) return []
  const shown = await shownBlockers(page)
  expect(
    shown.filter((id) => !allowed.includes(id)),
    `blockers on "${title}" that the test did not name in expectBlockers`,
  ).toEqual([])
  await page.getByRole('button', { name: 'Continue with blockers' }).click()
  await expectStep(page, next)
  return shown
}

/** The wizard's steps in order, each with the helper that answers it. */
const STEP_FILLS: { title: string; fill: (page: Page, s: Scenario) => Promise<void> }[] = [
  { title: 'Source deployment', fill: fillSource },
  { title: 'Active Directory', fill: fillForest },
  { title: 'SQL Server instances', fill: fillSql },
  { title: 'Lync Server 2013 and Persistent Chat pools', fill: fillPools },
  { title: 'Group Chat', fill: fillGroupChat },
]
const REVIEW = 'Check your answers'

/**
 * Starts a plan and answers every step before the one titled `until` (all of them when
 * absent). Fails on any blocker not named in `options.expectBlockers`, and unless every
 * named one was shown.
 */
export async function answerUntil(
  page: Page,
  s: Scenario,
  until?: string,
  options: WizardOptions = {},
) {
  const expected = options.expectBlockers ?? []
  const steps = STEP_FILLS.filter((st) => st.title !== 'Group Chat' || s.groupChat)
  const stop = until === undefined ? steps.length : steps.findIndex((st) => st.title === until)
  if (stop < 0) throw new Error(`No step titled "${until}" in this scenario`)
  const shown = new Set<string>()
  await startPlan(page, s.name)
  for (const [i, { title, fill }] of steps.slice(0, stop).entries()) {
    await expectStep(page, title)
    await fill(page, s)
    for (const id of await continueTo(page, steps[i + 1]?.title ?? REVIEW, expected)) shown.add(id)
  }
  expect([...shown].sort(), 'blockers shown on the way').toEqual([...expected].sort())
}

/** Start to review, a step at a time, as a user would. */
export async function completeWizard(page: Page, s: Scenario, options: WizardOptions = {}) {
  await answerUntil(page, s, undefined, options)
  await expectStep(page, REVIEW)
}

export async function openChecklist(page: Page) {
  await page.getByRole('link', { name: 'Continue to the checklist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Checklist: / })).toBeVisible()
}

/** The reference plan (Lync Server 2010 with Group Chat), as the golden plan file holds it. */
export type StoredPlan = {
  id: string
  name: string
  updatedAt: string
  answers: Record<string, unknown>
}
export const GOLDEN = JSON.parse(
  readFileSync(new URL('../src/plan/golden/link-v1.plan.json', import.meta.url), 'utf8'),
) as StoredPlan

/** A room of a stored inventory: invitations on, enabled, no federated members. */
export const storedRoom = (path: string[], name: string) => ({
  path,
  name,
  invitations: true,
  disabled: false,
  federated: 0,
})

/** Puts a plan in this browser's storage, as a saved plan, and reloads the start page. */
/** Holds every request for a chunk until the returned function is called. */
export async function hold(page: Page, chunk: RegExp): Promise<() => void> {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(chunk, async (route) => {
    await released
    await route.continue()
  })
  return release
}

export async function seedPlan(page: Page, plan: StoredPlan = GOLDEN) {
  await page.goto('/')
  await page.evaluate((p) => {
    localStorage.setItem(`lync-planner:plan:${p.id}`, JSON.stringify(p))
    localStorage.setItem(
      'lync-planner:index',
      JSON.stringify([{ id: p.id, name: p.name, updatedAt: p.updatedAt }]),
    )
  }, plan)
  await page.reload()
}

/** How far the page is wider than the window: 0 when nothing scrolls sideways. */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

export { expectNoAxeViolations } from './axe'

export const test = base
export { expect }
