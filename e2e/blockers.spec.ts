import type { Locator, Page } from '@playwright/test'
import type { Scenario } from './fixtures'
import {
  answerUntil,
  completeWizard,
  continueStep,
  continueWithBlockers,
  expect,
  expectStep,
  fillForest,
  fillGroupChat,
  fillPools,
  fillSource,
  fillSql,
  group,
  LYNC_2010_GC,
  radio,
  startPlan,
  test,
} from './fixtures'

const summaryLink = (page: Page, id: string) =>
  page
    .getByRole('alert')
    .filter({ hasText: 'This plan cannot proceed as it stands' })
    .getByRole('link', { name: new RegExp(`^${id}:`) })
    .first()

/** The blocker is in the summary and shown inside its group or region. */
async function expectBlocker(page: Page, id: string, where: Locator) {
  await expect(summaryLink(page, id)).toBeVisible()
  await expect(where.getByText(id, { exact: true }).first()).toBeVisible()
}

/**
 * The blocker is in the summary and describes the text input or select labelled `label`,
 * so a screen reader reads it with the field.
 */
async function expectBlockerOn(page: Page, id: string, scope: Page | Locator, label: string) {
  await expect(summaryLink(page, id)).toBeVisible()
  await expect(scope.getByLabel(label, { exact: true })).toHaveAccessibleDescription(
    new RegExp(`\\b${id}\\b`),
  )
}

test('SRC-01 and SRC-03 on their fields; Continue again goes on, with the answers kept', async ({
  page,
}) => {
  await startPlan(page, 'Old source')
  await fillSource(page, {
    ...LYNC_2010_GC,
    products: ['Live Communications Server 2005'],
    method: 'In-place upgrade',
  })
  await continueStep(page)
  await expectBlocker(page, 'SRC-01', group(page, 'Which legacy products are deployed?'))
  await expectBlocker(page, 'SRC-03', group(page, 'Migration method'))
  await expect(page).toHaveTitle(/^Source deployment/)
  await expect(group(page, 'Migration method').getByLabel('In-place upgrade')).toBeChecked()
  await continueWithBlockers(page, ['SRC-01', 'SRC-03'])
  await expectStep(page, 'Active Directory')
})

test('SRC-02: both Lync 2010 and OCS 2007 R2', async ({ page }) => {
  await startPlan(page, 'Mixed')
  await fillSource(page, {
    ...LYNC_2010_GC,
    products: ['Lync Server 2010', 'Office Communications Server 2007 R2'],
  })
  await continueStep(page)
  await expectBlocker(page, 'SRC-02', group(page, 'Which legacy products are deployed?'))
})

test('FOR-01 and FOR-02 on the forest fields', async ({ page }) => {
  const s = { ...LYNC_2010_GC, lyncForest: 'fabrikam.com', pchatForest: 'tailspin.com' }
  await answerUntil(page, s, 'Active Directory')
  await fillForest(page, s)
  await continueStep(page)
  await expectBlockerOn(page, 'FOR-01', page, 'Forest of the Lync Server 2013 deployment')
  await expectBlockerOn(page, 'FOR-02', page, 'Forest of the Persistent Chat pool')
})

test("SQL-01 (in Topology Builder's words), SQL-02 and SQL-03 on the instance's fields", async ({
  page,
}) => {
  const s: Scenario = {
    ...LYNC_2010_GC,
    sqlVersion: 'SQL Server 2008',
    sqlEdition: 'Web',
    sqlRoles: [
      'Legacy back end or User Store (Lync 2010 or OCS 2007 R2)',
      'Lync Server 2013 back end',
    ],
  }
  await answerUntil(page, s, 'SQL Server instances')
  await fillSql(page, s)
  await continueStep(page)
  const first = group(page, 'SQL Server instance 1')
  await expectBlocker(page, 'SQL-01', group(first, 'Databases it hosts or will host'))
  await expect(
    first.getByText(
      "The SQL server sql13.contoso.com already contains a SQL instance hosting role 'User Store'.",
    ),
  ).toBeVisible()
  await expectBlockerOn(page, 'SQL-02', first, 'Version')
  await expectBlockerOn(page, 'SQL-03', first, 'Edition')
})

test('SRC-04, SQL-01, SQL-04 and PC-01, PC-02, PC-03, PC-05 on the pool fields', async ({
  page,
}) => {
  const s: Scenario = {
    ...LYNC_2010_GC,
    lyncPoolFqdn: 'POOL10.contoso.com',
    lyncPoolSql: 'sql10.contoso.com\\RTC',
    homePool: 'elsewhere.contoso.com',
    pchatEdition: 'Standard Edition',
    activeServers: '5',
    secondTargetPool: true,
  }
  await answerUntil(page, s, 'Lync Server 2013 and Persistent Chat pools')
  await fillPools(page, s)
  // A second Lync 2013 pool on the same instance as the first.
  await page.getByRole('button', { name: 'Add another Lync Server 2013 pool' }).click()
  const second = group(page, 'Lync Server 2013 pool 2')
  await second.getByLabel('Pool FQDN').fill('pool14.contoso.com')
  await radio(second, 'Edition', 'Enterprise Edition')
  await second.getByLabel('Back-end SQL Server instance').fill('sql10.contoso.com\\rtc')
  await continueStep(page)
  const lync = group(page, 'Lync Server 2013 pool 1')
  await expectBlockerOn(page, 'SRC-04', lync, 'Pool FQDN')
  await expectBlockerOn(page, 'SQL-01', lync, 'Back-end SQL Server instance')
  await expect(
    lync.getByText(
      "The SQL server sql10.contoso.com already contains a SQL instance hosting role 'User Store'.",
    ),
  ).toBeVisible()
  await expectBlockerOn(page, 'SQL-04', second, 'Back-end SQL Server instance')
  const pchat = group(page, 'Persistent Chat pool 1')
  await expectBlockerOn(page, 'PC-01', pchat, 'Home pool (a Lync Server 2013 pool)')
  await expectBlocker(page, 'PC-02', group(pchat, 'Edition'))
  await expectBlockerOn(page, 'PC-05', pchat, 'Number of active servers')
  await expectBlocker(page, 'PC-03', page.getByRole('region', { name: 'Persistent Chat pools' }))
})

test('GC-09 on the Lookup Server URI', async ({ page }) => {
  const s = { ...LYNC_2010_GC, lookupUri: 'ocschat@fabrikam.com' }
  await answerUntil(page, s, 'Group Chat')
  await expectStep(page, 'Group Chat')
  await fillGroupChat(page, s)
  await continueStep(page)
  await expectBlockerOn(page, 'GC-09', page, 'Lookup Server URI')
})

test('a summary link moves focus to its field', async ({ page }) => {
  await startPlan(page, 'Focus')
  await continueStep(page)
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toBeFocused()
  await expect(page).toHaveTitle(/^Error: Source deployment/)
  await summary.getByRole('link', { name: 'Enter the legacy pool FQDN' }).click()
  await expect(group(page, 'Legacy pool 1').getByLabel('Pool FQDN')).toBeFocused()
  await expect(group(page, 'Legacy pool 1').getByText('Enter the legacy pool FQDN')).toBeVisible()
})

test('a value that is not an FQDN or instance gets a clear message, and nothing typed is cleared', async ({
  page,
}) => {
  await startPlan(page, 'Typos')
  const pool = group(page, 'Legacy pool 1')
  await pool.getByLabel('Pool FQDN').fill('pool 10')
  await pool.getByLabel('Back-end SQL Server instance').fill("sql10\\R'T C")
  await continueStep(page)
  await expect(
    pool.getByText(
      'Enter the legacy pool FQDN as a fully qualified domain name, like pool01.contoso.com',
    ),
  ).toBeVisible()
  await expect(pool.getByText(/as server FQDN and instance name/)).toBeVisible()
  await expect(pool.getByLabel('Pool FQDN')).toHaveValue('pool 10')
  await expect(pool.getByLabel('Back-end SQL Server instance')).toHaveValue("sql10\\R'T C")
})

test('blockers acknowledged once stay acknowledged after a Change round trip; a new one is asked about', async ({
  page,
}) => {
  const s: Scenario = { ...LYNC_2010_GC, lyncForest: 'fabrikam.com' }
  await completeWizard(page, s, { expectBlockers: ['FOR-01'] })
  // The review lists the finding as one short line that opens its field.
  const findings = page.getByRole('region', { name: 'What the rules found' })
  await findings.getByRole('link', { name: /^FOR-01: / }).click()
  await expectStep(page, 'Active Directory')
  await expect(page.getByLabel('Forest of the Lync Server 2013 deployment')).toBeFocused()
  // Nothing changed: Continue goes straight back, without asking about FOR-01 again.
  await continueStep(page)
  await expectStep(page, 'Check your answers')
  // A change that keeps FOR-01: still not asked again.
  await findings.getByRole('link', { name: /^FOR-01: / }).click()
  await expectStep(page, 'Active Directory')
  await group(page, 'SIP domain 1').getByLabel('Domain').fill('contoso.net')
  await continueStep(page)
  await expectStep(page, 'Check your answers')
  // A new blocker on the same step is asked about, once.
  await findings.getByRole('link', { name: /^FOR-01: / }).click()
  await expectStep(page, 'Active Directory')
  await page.getByLabel('Forest of the Persistent Chat pool').fill('tailspin.com')
  await continueStep(page)
  await expect(summaryLink(page, 'FOR-02')).toBeVisible()
  // The summary lists what stands on the step, the acknowledged blocker too.
  await expect(summaryLink(page, 'FOR-01')).toBeVisible()
  await expectStep(page, 'Active Directory')
  await page.getByRole('button', { name: 'Continue with blockers' }).click()
  await expectStep(page, 'Check your answers')
  await expect(findings.getByRole('link', { name: /^FOR-02: / })).toBeVisible()
})
