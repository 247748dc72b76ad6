import type { Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import {
  continueStep,
  expect,
  expectNoAxeViolations,
  expectStep,
  fillSource,
  group,
  LYNC_2010_GC,
  startPlan,
  test,
} from './fixtures'

const fixture = (name: string) =>
  readFileSync(new URL(`../src/discovery/fixtures/${name}`, import.meta.url))
const FILE_INPUT = "Choose a topology document or a script's JSON file, or drop it here"

async function openImport(page: Page) {
  await page.getByRole('link', { name: 'Import from your deployment' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import from your deployment' }),
  ).toBeVisible()
}

async function importFile(page: Page, name: string, buffer: Buffer, mimeType = 'application/xml') {
  await page.getByLabel(FILE_INPUT).setInputFiles({ name, mimeType, buffer })
}

const stepLink = (page: Page, title: string) =>
  page.getByRole('navigation', { name: 'Steps of this plan' }).getByRole('link', { name: title })

const rowOf = (page: Page, label: string | RegExp) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) })

test('from a new plan, the Lync Server 2010 topology fills the legacy pools, back ends and SIP domains', async ({
  page,
}) => {
  // An axe run over a long page: slow on a busy two-core machine.
  test.setTimeout(120_000)
  await startPlan(page, 'Imported')
  await openImport(page)
  await importFile(page, 'topology.xml', fixture('lync2010-published.utf16.xml'))
  await expect(
    page.getByRole('heading', { level: 2, name: 'What topology.xml holds' }),
  ).toBeFocused()
  await expect(page.getByRole('status')).toContainText('would change the plan')
  await expect(rowOf(page, /Legacy pool se01\.contoso\.com: Standard Edition/)).toContainText(
    'inferred, please confirm',
  )
  // Trusted application pools are offered; none is chosen for the administrator.
  const candidates = group(page, 'Which of these pools is the Group Chat pool?')
  await expect(candidates.getByRole('radio', { checked: true })).toHaveAccessibleName(
    /None of these/,
  )
  await candidates.getByLabel('gc01.contoso.com').check()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Accept all changes' }).click()
  await expect(page.getByRole('heading', { level: 2, name: /answers imported/ })).toBeFocused()
  await page.getByRole('link', { name: 'Continue with Source deployment' }).click()
  await expectStep(page, 'Source deployment')

  const products = group(page, 'Which legacy products are deployed?')
  await expect(products.getByLabel('Lync Server 2010', { exact: true })).toBeChecked()
  const pool1 = group(page, 'Legacy pool 1')
  await expect(pool1.getByLabel('Pool FQDN')).toHaveValue('pool01.contoso.com')
  await expect(pool1.getByLabel('Back-end SQL Server instance')).toHaveValue(
    'sql01.contoso.com\\rtc',
  )
  await expect(group(pool1, 'Edition').getByLabel('Enterprise Edition')).toBeChecked()
  const pool2 = group(page, 'Legacy pool 2')
  await expect(pool2.getByLabel('Pool FQDN')).toHaveValue('se01.contoso.com')
  await expect(pool2.getByLabel('Back-end SQL Server instance')).toHaveValue(
    'se01.contoso.com\\rtc',
  )

  await stepLink(page, 'Active Directory').click()
  await expectStep(page, 'Active Directory')
  await expect(group(page, 'SIP domain 1').getByLabel('Domain')).toHaveValue('contoso.com')
  await expect(group(page, 'SIP domain 2').getByLabel('Domain')).toHaveValue('fabrikam.com')
})

test('importing onto typed answers shows the differences and keeps the typed values unless accepted', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await startPlan(page, 'Typed first')
  await fillSource(page, { ...LYNC_2010_GC, legacyPoolFqdn: 'POOL01.contoso.com' })
  await continueStep(page)
  await expectStep(page, 'Active Directory')
  await page.getByRole('link', { name: 'Back: Source deployment' }).click()
  await openImport(page)
  await importFile(page, 'topology.xml', fixture('lync2010-published.utf8.xml'))

  // Same pool (matched by FQDN, whatever the case), another back end: shown, not ticked.
  const backEnd = rowOf(page, 'Legacy pool pool01.contoso.com: back-end SQL Server instance')
  await expect(backEnd).toContainText('sql10.contoso.com\\RTC')
  await expect(backEnd).toContainText('sql01.contoso.com\\rtc')
  await expect(backEnd.getByRole('checkbox')).not.toBeChecked()
  await expect(rowOf(page, 'Legacy pool 1: FQDN')).toContainText('No change')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: /^Accept the ticked changes/ }).click()
  const done = page.getByRole('region', { name: /answers imported/ })
  // The source step stays whole (saved); the others wait for the rest of their answers.
  await expect(done).toContainText('Source deployment: saved')
  await expect(done).toContainText('Active Directory: kept as a draft')
  await stepLink(page, 'Source deployment').click()
  await expectStep(page, 'Source deployment')
  await expect(group(page, 'Legacy pool 1').getByLabel('Back-end SQL Server instance')).toHaveValue(
    'sql10.contoso.com\\RTC',
  )
  await expect(group(page, 'Legacy pool 2').getByLabel('Pool FQDN')).toHaveValue('se01.contoso.com')

  // Importing again mid-way shows the same difference; accepted now, it replaces the typed value.
  await openImport(page)
  await importFile(page, 'topology.xml', fixture('lync2010-published.utf8.xml'))
  const again = rowOf(page, 'Legacy pool pool01.contoso.com: back-end SQL Server instance')
  await again.getByRole('checkbox').check()
  await page.getByRole('button', { name: /^Accept the ticked changes/ }).click()
  await expect(done).toContainText('Source deployment: saved')
  await stepLink(page, 'Source deployment').click()
  await expect(group(page, 'Legacy pool 1').getByLabel('Back-end SQL Server instance')).toHaveValue(
    'sql01.contoso.com\\rtc',
  )
})

test('"Accept none" changes nothing, and a pre-flight result shows as findings', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await startPlan(page, 'None')
  await openImport(page)
  await importFile(page, 'topology.xml', fixture('lync2010-published.utf8.xml'))
  await page.getByRole('button', { name: 'Accept none' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Nothing was changed' })).toBeFocused()
  await page.getByRole('link', { name: 'Go to the plan overview' }).click()
  await expect(
    page.getByRole('navigation', { name: 'Steps of this plan' }).getByText('In progress'),
  ).toHaveCount(0)

  await openImport(page)
  await importFile(page, 'preflight.json', fixture('preflight.json'), 'application/json')
  await expect(rowOf(page, /PRE-FLIGHT-01/)).toContainText('New')
  await expect(page.getByRole('button', { name: 'Keep these results in the plan' })).toBeVisible()
  await expectNoAxeViolations(page)
})

const HOSTILE: [string, string, RegExp][] = [
  [
    'entities.xml',
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><Topology>&lol2;</Topology>',
    /declares a document type/,
  ],
  ['notes.xml', 'this is not xml at all <', /not a well-formed XML document|neither/],
  ['other.xml', '<Other xmlns="urn:x"/>', /./],
  [
    'pools.xml',
    `<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"><Sites><CentralSite SiteId="1"><Name>A</Name></CentralSite></Sites><Clusters>${Array.from(
      { length: 500 },
      (_, i) =>
        `<Cluster Fqdn="pool${i}.contoso.com"><ClusterId SiteId="1" Number="${i + 1}"/><Machine Fqdn="pool${i}.contoso.com"/></Cluster>`,
    ).join(
      '',
    )}</Clusters><Services>${Array.from({ length: 500 }, (_, i) => `<Service ServiceVersion="5"><ServiceId SiteId="1" RoleName="UserServices" Instance="${i + 1}"/><InstalledOn><ClusterId SiteId="1" Number="${i + 1}"/></InstalledOn></Service>`).join('')}</Services></Topology>`,
    /at most|pools/,
  ],
  ['huge.xml', 'written to a file below: 50 MB', /MB/],
]

test('hostile files end in a clear message within 2 s and change nothing @timing', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  await startPlan(page, 'Hostile')
  await openImport(page)
  for (const [name, content, message] of HOSTILE) {
    if (name === 'huge.xml') {
      // Larger than Playwright hands over from memory: from a file on disk.
      const path = testInfo.outputPath(name)
      writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 0x20))
      await page.getByLabel(FILE_INPUT).setInputFiles(path)
    } else await importFile(page, name, Buffer.from(content))
    const alert = page.getByRole('alert').filter({ hasText: `${name} was not imported` })
    await expect(alert).toBeVisible({ timeout: 2_000 })
    await expect(alert).toContainText(message)
    await expect(alert).toContainText('Nothing in the plan was changed.')
  }
  await page.getByRole('link', { name: 'Back to the plan overview' }).click()
  await expect(
    page.getByRole('navigation', { name: 'Steps of this plan' }).getByText('In progress'),
  ).toHaveCount(0)
})
