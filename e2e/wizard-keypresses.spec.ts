import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, expectStep, test } from './fixtures'
import { CountingKeyboard } from './keyboard'

/** The reference plan: Lync Server 2010 with Group Chat, as the golden plan file holds it. */
const golden = JSON.parse(
  readFileSync(join(import.meta.dirname, '../src/plan/golden/link-v1.plan.json'), 'utf8'),
) as { name: string; answers: Record<string, unknown> }

/** Issue 12: today 961 key presses; the wizard must need at most 60% of that. */
const BUDGET = Math.floor(961 * 0.6)

/** The golden plan less its empty strings: a blank optional answer may be absent instead. */
function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlanks)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => [k, withoutBlanks(v)]),
  )
}

const SQL = [
  {
    server: 'sql10.contoso.com',
    instance: 'RTC',
    version: 'SQL Server 2008',
    edition: 'Enterprise',
    role: 'Legacy back end or User Store (Lync 2010 or OCS 2007 R2)',
  },
  {
    server: 'sql13.contoso.com',
    instance: 'RTC',
    version: 'SQL Server 2012',
    edition: 'Enterprise',
    role: 'Lync Server 2013 back end',
  },
  {
    server: 'pcsql.contoso.com',
    instance: 'PCHAT',
    version: 'SQL Server 2012',
    edition: 'Enterprise',
    role: 'Persistent Chat store (mgc)',
  },
]

/** The server name a list item holds, '' when blank. */
async function serverIn(page: Page, legend: string): Promise<string> {
  return page
    .getByRole('group', { name: legend, exact: true })
    .getByLabel('Server FQDN')
    .inputValue()
}

/**
 * What a typed value tells the wizard: itself, and for an instance reference
 * (server\\instance) the server too, so typing a server again in another form counts.
 */
function facts(typed: string): string[] {
  const server = /^([^\\]+)\\[^\\]+$/.exec(typed)?.[1]
  return server ? [typed, server] : [typed]
}

test('the reference plan takes at most 60% of 961 key presses, and no value is typed twice', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const kb = new CountingKeyboard(page)
  await page.goto('/')
  await kb.text('Name of the plan', golden.name)
  await kb.press('Enter')

  await expectStep(page, 'Source deployment')
  await kb.check('Lync Server 2010')
  const legacy = 'Legacy pool 1'
  await kb.text('Pool FQDN', 'pool10.contoso.com', legacy)
  await kb.select('Product', 'Lync Server 2010', legacy)
  await kb.radio('Edition', 'Enterprise Edition', legacy)
  await kb.text('Back-end SQL Server instance', 'sql10.contoso.com\\RTC', legacy)
  await kb.radio('Lync Server 2013 target topology', 'Enterprise Edition')
  await kb.radio('Migration method', 'Side-by-side')
  await kb.radio('Is Group Chat deployed?', 'Yes')
  await kb.radio('Are all other components and users already on Lync Server 2013?', 'Yes')
  await kb.continueTo('Active Directory')

  await kb.text('Forest of the legacy deployment', 'contoso.com')
  await kb.text('Forest of the Lync Server 2013 deployment', 'contoso.com')
  await kb.text('Forest of the Persistent Chat pool', 'contoso.com')
  await kb.text('Domain', 'contoso.com', 'SIP domain 1')
  await kb.continueTo('SQL Server instances')

  // In page order: instances already listed (named in step 1), blank items, then added ones.
  const items = await page.locator('fieldset.list__item > legend').allTextContents()
  const blanks: string[] = []
  for (const legend of items) if (!(await serverIn(page, legend))) blanks.push(legend)
  const placed: { sql: (typeof SQL)[number]; item?: string }[] = []
  for (const sql of SQL) placed.push({ sql, item: await kb.itemHolding('Server FQDN', sql.server) })
  for (const p of placed) if (!p.item) p.item = blanks.shift()
  const rank = (item?: string) => (item ? items.indexOf(item) : items.length)
  placed.sort((a, b) => rank(a.item) - rank(b.item))
  for (const { sql, item: listed } of placed) {
    let item = listed
    if (!item) {
      await kb.button('Add another SQL Server instance')
      item = await kb.itemHolding('Server FQDN', '')
    }
    expect(item, `a place for ${sql.server}`).toBeTruthy()
    await kb.text('Server FQDN', sql.server, item)
    await kb.text('Instance name', sql.instance, item)
    await kb.select('Version', sql.version, item)
    await kb.select('Edition', sql.edition, item)
    await kb.radio('Architecture', '64-bit', item)
    await kb.check(sql.role, item)
  }
  await kb.continueTo('Lync Server 2013 and Persistent Chat pools')

  const lync = 'Lync Server 2013 pool 1'
  await kb.text('Pool FQDN', 'pool13.contoso.com', lync)
  await kb.radio('Edition', 'Enterprise Edition', lync)
  await kb.text('Back-end SQL Server instance', 'sql13.contoso.com\\RTC', lync)
  const pc = 'Persistent Chat pool 1'
  await kb.text('Persistent Chat pool FQDN', 'pchat.contoso.com', pc)
  await kb.text('Home pool', 'pool13.contoso.com', pc)
  await kb.radio('Pool type', 'Multiple-server pool', pc)
  await kb.radio('Edition', 'Enterprise Edition', pc)
  await kb.text('Number of active servers', '2', pc)
  await kb.text('Persistent Chat store SQL Server instance', 'pcsql.contoso.com\\PCHAT', pc)
  await kb.radio('Is compliance turned on?', 'No', pc)
  await kb.text('File store (UNC path)', '\\\\fs01.contoso.com\\pchatfiles', pc)
  await kb.radio('Will Group Chat be migrated into this pool?', 'Yes', pc)
  await kb.radio('Were categories, rooms or add-ins already created in this pool?', 'No', pc)
  await kb.continueTo('Group Chat')

  await kb.radio('Group Chat product', 'Lync Server 2010 Group Chat')
  await kb.text('Group Chat pool FQDN', 'gcpool.contoso.com')
  await kb.text('Group Chat SQL Server instance', 'gcsql.contoso.com\\GROUPCHAT')
  await kb.text('Group Chat database name', 'GroupChat')
  await kb.text('Lookup Server URI', 'sip:ocschat@contoso.com')
  await kb.radio('Must legacy Group Chat clients keep working with no client change?', 'Yes')
  await kb.radio('Were files uploaded in chat rooms?', 'No')
  await kb.text('Category depth', '1')
  await kb.radio('Are there managers on the root category?', 'No')
  await kb.text('Categories with invitations turned off', '0')
  await kb.text('Rooms with federated users', '0')
  await kb.text('Rooms not to migrate', '0')
  await kb.continueTo('Check your answers')

  await kb.button('Continue to the checklist')
  await expect(
    page.getByRole('heading', { level: 1, name: `Checklist: ${golden.name}` }),
  ).toBeVisible()

  console.log(
    `Reference plan by keyboard: ${kb.presses} key presses (budget ${BUDGET}); ${kb.typed.length} values typed: ${kb.typed.join(' | ')}`,
  )
  // The plan the keyboard made is the reference plan.
  const saved = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('lync-planner:plan:'))
    return key ? (JSON.parse(localStorage.getItem(key) ?? '{}') as { answers: unknown }) : null
  })
  // The same instances, in the order the page lists them.
  const byServer = (plan: unknown) => {
    const p = structuredClone(plan) as { sql: { instances: { server: string }[] } }
    p.sql.instances.sort((a, b) => a.server.localeCompare(b.server))
    return p
  }
  expect(byServer(saved?.answers)).toMatchObject(
    byServer(withoutBlanks(golden.answers)) as Record<string, unknown>,
  )
  // Names, FQDNs and paths are typed once; a count (0, 1, 2) may answer two questions.
  const words = kb.typed.filter((t) => !/^\d+$/.test(t)).flatMap(facts)
  expect(
    words.filter((t, i) => words.indexOf(t) !== i),
    'values typed twice',
  ).toEqual([])
  expect(kb.presses).toBeLessThanOrEqual(BUDGET)
})
