import { execFile } from 'node:child_process'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import { EXAMPLE_PLANS } from '../src/checklist/example-plans.test-helper'
import { encodePlanToFragment } from '../src/plan/link-codec'
import type { Plan } from '../src/plan/plan'
import { makeReferencePlan } from '../src/plan/test-plans'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { pdfPages } from './pdf-text'

// The checklist as the document of the maintenance window (issue 13): opened straight
// from a share link of a known plan, as a colleague would.
const REFERENCE = makeReferencePlan()

async function openPlan(page: Page, plan: Plan = REFERENCE) {
  await page.goto(`/open#${encodePlanToFragment(plan)}`)
  await expect(
    page.getByRole('heading', { level: 1, name: `Checklist: ${plan.name}` }),
  ).toBeVisible({ timeout: 30_000 })
}

const squash = (t: string) => t.replace(/\s+/g, ' ').trim()

for (const [width, height] of [
  [1280, 800],
  [375, 667],
] as const) {
  test(`the actions are within the first screen at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await openPlan(page)
    const toolbar = page.getByRole('region', { name: 'Checklist actions' })
    for (const name of ['Print the checklist', 'Download script (.ps1)', 'Download CSV']) {
      const box = await toolbar.getByRole('button', { name }).boundingBox()
      expect(box, name).not.toBeNull()
      expect(box!.y + box!.height, name).toBeLessThanOrEqual(height)
    }
    await page.screenshot({ path: test.info().outputPath(`checklist-top-${width}.png`) })
    if (width === 1280) {
      for (const name of ['Copy link', 'Download plan file']) {
        const box = await page.getByRole('button', { name, exact: true }).boundingBox()
        expect(box!.y + box!.height, name).toBeLessThanOrEqual(height)
      }
      // Sticky on a wide screen: still in view far down the page.
      await page.getByRole('heading', { level: 2, name: /^Decommission/ }).scrollIntoViewIfNeeded()
      const box = await toolbar.getByRole('button', { name: 'Print the checklist' }).boundingBox()
      expect(box!.y).toBeGreaterThanOrEqual(0)
      expect(box!.y + box!.height).toBeLessThanOrEqual(height)
    }
  })
}

test('the contents list every section with its done count and links to it', async ({ page }) => {
  await openPlan(page)
  const contents = page.getByRole('navigation', { name: 'Contents' })
  const headings = (await page.locator('section.checklist-section h2').allTextContents()).map((h) =>
    squash(h).replace(/ \(\d+ of \d+ done\)$/, ''),
  )
  expect(await contents.getByRole('link').allTextContents()).toEqual(headings)
  await expect(contents.getByRole('listitem').first()).toContainText('2 of 9 done')
  await contents.getByRole('link', { name: 'Decommission' }).click()
  await expect(page.getByRole('heading', { level: 2, name: /^Decommission/ })).toBeInViewport()
})

test('each Copy button puts exactly the command shown on the clipboard, and says so', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openPlan(page)
  const commands = page.locator('.command')
  const count = await commands.count()
  expect(count).toBeGreaterThan(40)
  for (let i = 0; i < count; i++) {
    const command = commands.nth(i)
    const shown = await command.locator('pre').innerText()
    await command.getByRole('button', { name: /^Copy: Command/ }).click()
    await expect(command.locator('[aria-live="polite"]')).toHaveText('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown)
  }
  // A long command is cut between tokens, with the backtick continuation, and no line wraps.
  const exportCommand = page.getByRole('group', { name: 'PowerShell for EXP-02' }).locator('pre')
  expect(await exportCommand.innerText()).toMatch(
    /^Export-CsPersistentChatData `\n {4}-DBInstance 'gcsql\.contoso\.com\\groupchat' `\n/,
  )
  await expect(exportCommand).toHaveCSS('white-space', 'pre')
})

test('sections that do not apply are absent, and one note says why', async ({ page }) => {
  await openPlan(page, {
    ...REFERENCE,
    name: 'No Group Chat',
    answers: EXAMPLE_PLANS['no-group-chat-phases-pending'].answers,
  })
  const headings = await page.locator('section.checklist-section h2').allTextContents()
  expect(headings.map((h) => squash(h).replace(/ \(\d+ of \d+ done\)$/, ''))).toEqual([
    'Prerequisites',
    'Decommission',
  ])
  for (const absent of ['Prepare the source data', 'Copy chat room files'])
    await expect(page.getByRole('heading', { name: new RegExp(`^${absent}`) })).toHaveCount(0)
  await expect(page.locator('.checklist').getByText('Not needed')).toHaveCount(0)
  await expect(
    page.getByRole('listitem').filter({
      hasText:
        /^Prepare the source data, Export and import, Copy chat room files, Port the Lookup Server URI: Group Chat is not deployed/,
    }),
  ).toHaveCount(1)
})

test('"In the window" shows only the downtime, in order, with a place for the times', async ({
  page,
}) => {
  await openPlan(page)
  await page.getByRole('button', { name: 'In the window' }).click()
  await expect(page.getByRole('button', { name: 'In the window' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  const ids = (await page.locator('.item__id').allTextContents()).map((t) => t.trim())
  expect(ids[0]).toBe('EXP-01')
  expect(ids.at(-1)).toBe('DEC-06')
  expect(ids).not.toContain('EXP-09')
  expect(ids).not.toContain('PRE-01')
  await expect(page.locator('.item__times')).toHaveCount(ids.length)
  await expect(page.locator('.item__times').first()).toContainText(/Start:.*End:/)
})

test('the CSV opens as a sheet with the tracker columns and no live formula', async ({ page }) => {
  await openPlan(page)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download CSV' }).click()
  const csv = await readFile(await (await download).path(), 'utf8')
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const { data, errors } = Papa.parse<string[]>(csv.slice(1))
  expect(errors).toEqual([])
  expect(data[0]).toEqual(['Item ID', 'Section', 'Title', 'Command', 'Done', 'Owner', 'Date'])
  const ids = (await page.locator('.item__id').allTextContents()).map((t) => t.trim())
  expect(data.slice(1).map((r) => r[0])).toEqual(ids)
  expect(data.find((r) => r[0] === 'PRE-01')?.[4]).toBe('yes')
  for (const cell of data.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/)

  const md = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download Markdown' }).click()
  const markdown = await readFile(await (await md).path(), 'utf8')
  expect(markdown).toMatch(/^# Checklist: Contoso: Lync 2010 to Lync 2013\n/)
  expect(markdown).toContain('### PRE-01 Confirm the source is a supported version (done)')
})

test('the printed PDF: every item, page numbers and the name on every page, whole commands', async ({
  page,
}) => {
  await openPlan(page)
  // "Printed" is on paper only.
  expect(await page.locator('.print-header__meta').innerText()).not.toContain('Printed')
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  await test.info().attach('checklist.pdf', { body: pdf, contentType: 'application/pdf' })
  const pages = await pdfPages(pdf)
  // The pages as pictures, to look at (kept in the test's output folder).
  const dir = test.info().outputPath('pages')
  await mkdir(dir, { recursive: true })
  const file = join(dir, 'checklist.pdf')
  await writeFile(file, pdf)
  await promisify(execFile)('pdftoppm', ['-png', '-r', '60', file, join(dir, 'page')])
  const pngs = (await readdir(dir)).filter((f) => f.endsWith('.png'))
  expect(pngs).toHaveLength(pages.length)
  for (const png of pngs.slice(0, 3))
    await test.info().attach(png, { path: join(dir, png), contentType: 'image/png' })
  const text = pages.join('\n')
  const ids = (await page.locator('.item__id').allTextContents()).map((t) => t.trim())
  for (const id of ids) expect(text, id).toContain(id)
  expect(text).not.toContain('Not needed')
  expect(text).toMatch(/Printed \d{4}-\d{2}-\d{2}/)
  expect(pages.length).toBeGreaterThan(5)
  pages.forEach((p, i) => {
    expect(p, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`)
    expect(p, `page ${i + 1}`).toContain(`Checklist: ${REFERENCE.name}`)
  })
  // No item split across pages: each item's heading and its last line (Owner) share a page.
  const titles = (await page.locator('.item__title').allTextContents()).map(squash)
  for (const title of titles) {
    const onPage = pages.map(squash).find((p) => p.includes(title))
    expect(onPage, `${title} is on a page`).toBeDefined()
    expect(onPage!.slice(onPage!.indexOf(title)), `${title} ends on its page`).toContain('Owner:')
  }
  // Sources with their addresses.
  expect(squash(text)).toContain(
    '[S2] Migration process - details (Group Chat to Persistent Chat) (https://technet.microsoft.com/en-us/library/JJ205264(v=OCS.15))',
  )
  // Every command line is whole in the PDF's text: a break inside a token would show as
  // a space in it (Remove-CsTrustedApp lication).
  const flat = squash(text)
  const lines = (await page.locator('.command pre').allInnerTexts()).flatMap((c) => c.split('\n'))
  expect(lines.length).toBeGreaterThan(60)
  for (const line of lines) expect(flat, line).toContain(squash(line))
})

test('no WCAG 2.2 A or AA violation: the checklist, a copy, the window view, a narrow screen', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openPlan(page)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Copy: Command of EXP-02' }).click()
  await expect(page.getByText('Copied', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'In the window' }).click()
  await expectNoAxeViolations(page)
  await page.setViewportSize({ width: 375, height: 667 })
  await expectNoAxeViolations(page)
})
