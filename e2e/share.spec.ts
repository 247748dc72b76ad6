import { readFile } from 'node:fs/promises'
import type { Page, Request } from '@playwright/test'
import { completeWizard, expect, openChecklist, LYNC_2010_GC, OCS_GC, test } from './fixtures'

const tick = (page: Page, name: string) => page.getByRole('checkbox', { name })

async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status')).toContainText(/Link copied|did not allow copying/)
  return page.getByLabel('Share link').inputValue()
}

test('a share link opens the same plan, checklist and ticks in a fresh browser', async ({
  page,
  browser,
}) => {
  await completeWizard(page, LYNC_2010_GC)
  await openChecklist(page)
  await tick(page, 'PRE-01 Confirm the source is a supported version').check()
  await tick(page, 'EXP-02 Export the Group Chat data').check()
  const link = await shareLink(page)
  // plan=<format>.<payload length>.<payload>: new links are format 2, with an integrity check.
  expect(link).toMatch(/\/open#plan=2\.\d+\./)
  expect(link.length).toBeLessThan(2000)
  const ids = await page.locator('.item__id').allTextContents()
  expect(ids).not.toHaveLength(0)

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(link)
  await expect(
    other.getByRole('heading', { level: 1, name: 'Checklist: Contoso Lync 2010' }),
  ).toBeVisible()
  expect(await other.locator('.item__id').allTextContents()).toEqual(ids)
  await expect(tick(other, 'PRE-01 Confirm the source is a supported version')).toBeChecked()
  await expect(tick(other, 'EXP-02 Export the Group Chat data')).toBeChecked()
  await expect(tick(other, 'PRE-02 Migrate side by side, with new pool names')).not.toBeChecked()
  // The colleague is told that this is their own copy, and that ticks do not flow back.
  await expect(other.getByRole('note', { name: 'Your own copy' })).toContainText(
    'This is your own copy of “Contoso Lync 2010”',
  )
  await expect(other.getByRole('note', { name: 'Your own copy' })).toContainText(
    'they do not flow back to whoever sent the link',
  )
  // The sender's own checklist says nothing of the kind.
  await expect(page.getByRole('note', { name: 'Your own copy' })).toHaveCount(0)
  await other.getByRole('link', { name: 'Check your answers' }).first().click()
  // The review's answers (the picture above them names the same things).
  const groupChat = other.getByRole('region', { name: 'Group Chat', exact: true })
  await expect(groupChat.getByText('gcpool.contoso.com')).toBeVisible()
  await expect(groupChat.getByText('D:\\GroupChat\\Files')).toBeVisible()
  await fresh.close()
})

test('a corrupt or truncated link shows what is wrong, and the saved plan is untouched', async ({
  page,
}) => {
  await completeWizard(page, OCS_GC)
  await openChecklist(page)
  const link = await shareLink(page)
  const planUrl = page.url()

  await page.goto(link.slice(0, link.length - 30))
  await expect(
    page.getByRole('heading', { level: 1, name: 'This link is incomplete' }),
  ).toBeVisible()
  await expect(page.getByText(/cut short/)).toBeVisible()
  await expect(page).toHaveTitle(/^Error: /)

  // A character 20 into the payload, after plan=<format>.<payload length>.
  const at = link.indexOf('.', link.indexOf('.', link.indexOf('plan=')) + 1) + 20
  await page.goto(link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1))
  await expect(page.getByRole('heading', { level: 1, name: /damaged|cannot read/ })).toBeVisible()

  await page.goto('/open#plan=9.10.AAAAAAAAAA')
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'This plan was made by a newer version of the planner',
    }),
  ).toBeVisible()
  await expect(page.getByText('Nothing saved in this browser was changed.')).toBeVisible()

  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Fabrikam OCS 2007 R2' })).toBeVisible()
  await page.goto(planUrl)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Checklist: Fabrikam OCS 2007 R2' }),
  ).toBeVisible()
})

test('opening a link of a plan saved here with other answers asks, and can keep both', async ({
  page,
}) => {
  await completeWizard(page, LYNC_2010_GC)
  await openChecklist(page)
  const link = await shareLink(page)
  await tick(page, 'PRE-03 Keep everything in one Active Directory forest').check()
  await page.goto(link)
  await expect(
    page.getByRole('heading', { name: 'This plan is already saved here, with other answers' }),
  ).toBeVisible()
  // The prompt says how the two differ: last changed, ticks, steps.
  const differences = page.getByRole('list', { name: 'How the two differ' })
  await expect(differences.getByRole('listitem').first()).toContainText(
    /^Last changed: the saved one .+ \(newer\); the opened one .+\.$/,
  )
  await expect(differences).toContainText(
    'Ticks done: 1 in the saved one, 0 in the opened one (1 tick only in the saved one).',
  )
  await expect(differences).toContainText('The answers are the same in every step.')
  await expect(differences).toContainText('Replacing loses the 1 tick made only here')
  await page.getByRole('button', { name: 'Keep both' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Checklist: Contoso Lync 2010 (opened copy)' }),
  ).toBeVisible()
  await expect(
    tick(page, 'PRE-03 Keep everything in one Active Directory forest'),
  ).not.toBeChecked()
  await expect(page.getByRole('note', { name: 'Your own copy' })).toBeVisible()
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Contoso Lync 2010', exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Contoso Lync 2010 (opened copy)' })).toBeVisible()
})

test('a plan file round trip gives the same plan; a bad file lists what is wrong', async ({
  page,
  browser,
}) => {
  await completeWizard(page, OCS_GC)
  await openChecklist(page)
  await tick(page, 'PRE-01 Confirm the source is a supported version').check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download plan file' }).click()
  const file = await (await download).path()
  const text = await readFile(file, 'utf8')
  expect(JSON.parse(text)).toMatchObject({
    $schema: './plan.schema.json',
    version: 1,
    name: 'Fabrikam OCS 2007 R2',
  })

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto('/')
  await other.getByLabel('Choose a .plan.json file, or drop it here').setInputFiles({
    name: 'broken.plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version":1,"name":""}'),
  })
  await expect(
    other.getByRole('heading', { name: 'This plan has answers the planner cannot read' }),
  ).toBeVisible()
  await expect(other.getByText('id', { exact: true })).toBeVisible()
  await other.getByLabel('Choose a .plan.json file, or drop it here').setInputFiles(file)
  await expect(other.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible()
  await other.getByRole('link', { name: 'Continue to the checklist' }).click()
  await expect(tick(other, 'PRE-01 Confirm the source is a supported version')).toBeChecked()
  const again = other.waitForEvent('download')
  await other.getByRole('button', { name: 'Download plan file' }).click()
  const second = JSON.parse(await readFile(await (await again).path(), 'utf8'))
  const first = JSON.parse(text)
  delete first.updatedAt
  delete second.updatedAt
  expect(second).toEqual(first)
  await fresh.close()
})

test('a whole session asks only the app its own files, and no request carries plan data', async ({
  page,
  baseURL,
}) => {
  const requests: Request[] = []
  page.on('request', (r) => requests.push(r))
  await completeWizard(page, LYNC_2010_GC)
  await openChecklist(page)
  const link = await shareLink(page)
  await page.goto(link)
  await page.getByRole('link', { name: 'Rules', exact: true }).click()
  await page.goto('/')
  const origin = new URL(baseURL!).origin
  expect(requests.length).toBeGreaterThan(3)
  for (const r of requests) {
    const url = new URL(r.url())
    expect(`${url.origin}`, r.url()).toBe(origin)
    for (const secret of ['gcpool', 'contoso', 'GROUPCHAT', 'plan=']) {
      expect(r.url(), secret).not.toContain(secret)
      expect(r.postData() ?? '', secret).not.toContain(secret)
    }
  }
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("default-src 'self'")
})
