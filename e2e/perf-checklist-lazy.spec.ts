import { readFile } from 'node:fs/promises'
import type { Page, Request } from '@playwright/test'
import { buildChecklist } from '../src/checklist/build-checklist'
import { encodePlanToFragment } from '../src/plan/link-codec'
import { makeReferencePlan } from '../src/plan/test-plans'
import { expect, hold, test } from './fixtures'
import { pdfPages } from './pdf-text'

// The checklist draws its header, actions, share panel and blockers first; its sections
// (the builders and the items) and its downloads are chunks of their own. These tests
// hold those chunks back and check that nothing is missing once the page says it is
// ready (the heading names the checklist), and that every button works on its first
// press by keyboard.

// page.route does not see what a service worker answers.
test.use({ serviceWorkers: 'block' })

const REFERENCE = makeReferencePlan()
const READY = { level: 1, name: `Checklist: ${REFERENCE.name}` } as const
const LOADING = { level: 1, name: 'Loading the checklist…' } as const
// What the builders make of this plan, in Node: the page must show all of it.
const EXPECTED = buildChecklist(REFERENCE.answers, REFERENCE.preflight)
const SECTIONS = EXPECTED.sections.map((s) => s.heading)
const ITEMS = EXPECTED.sections.flatMap((s) => s.items.map((i) => i.id))

const BODY = /\/assets\/checklist-body-[\w-]+\.js$/
const DOWNLOADS = /\/assets\/checklist-downloads-[\w-]+\.js$/

const openReference = (page: Page) => page.goto(`/open#${encodePlanToFragment(REFERENCE)}`)

/** What the page shows once it says it is ready, read at once (no waiting). */
async function shownNow(page: Page) {
  return page.evaluate(() => ({
    sections: [...document.querySelectorAll('section.checklist-section h2')].map((h) =>
      (h.firstChild?.textContent ?? '').trim(),
    ),
    items: [...document.querySelectorAll('.item__id')].map((i) => i.textContent?.trim() ?? ''),
    contents: [...document.querySelectorAll('nav[aria-labelledby="contents-title"] a')].map(
      (a) => a.getAttribute('href') ?? '',
    ),
    busy: document.querySelector('.checklist')?.getAttribute('aria-busy') ?? null,
  }))
}

test('before its sections arrive the page draws its actions and says it is loading; once it names the checklist, every section is there', async ({
  page,
}) => {
  const release = await hold(page, BODY)
  await openReference(page)
  await expect(page.getByRole('heading', LOADING)).toBeVisible({ timeout: 30_000 })
  const toolbar = page.getByRole('region', { name: 'Checklist actions' })
  await expect(toolbar.getByRole('button', { name: 'Print the checklist' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Copy link', exact: true })).toBeVisible()
  await expect(page.locator('.checklist')).toHaveAttribute('aria-busy', 'true')
  expect((await shownNow(page)).sections).toEqual([])

  release()
  await expect(page.getByRole('heading', READY)).toBeVisible()
  const now = await shownNow(page)
  expect(now.busy).toBeNull()
  expect(now.sections).toEqual(SECTIONS)
  expect(now.items).toEqual(ITEMS)
  // Every contents link lands on a section that is on the page.
  expect(now.contents).toHaveLength(SECTIONS.length)
  for (const href of now.contents) {
    await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1)
  }
  // Screen readers: every item is an article named by its title.
  await expect(page.getByRole('article')).toHaveCount(ITEMS.length)
})

test('the checklist asks for its sections and its picture only once its first draw is on screen', async ({
  page,
}) => {
  await openReference(page)
  await expect(page.getByRole('heading', READY)).toBeVisible({ timeout: 30_000 })
  // Opened cold: when did the screen first show a part of the page (the browser's
  // largest-contentful-paint entries, timed when the frame was shown), and when was each
  // chunk asked for (resource timing)? Both on the page's own clock.
  await page.addInitScript(() => {
    const shown: number[] = []
    ;(window as unknown as { shown: number[] }).shown = shown
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element })[]) {
        if (entry.element?.closest('.checklist')) shown.push(entry.startTime)
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true })
  })
  await page.goto(`/plan/${REFERENCE.id}/checklist`)
  await expect(page.getByRole('heading', READY)).toBeVisible()
  await expect(page.locator('.migration-diagram-placeholder')).toHaveCount(0)
  const times = await page.evaluate(() => ({
    shown: Math.min(...(window as unknown as { shown: number[] }).shown),
    asked: Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .map((r) => [
          /\/assets\/(checklist-body|migration-diagram)-/.exec(r.name)?.[1],
          r.startTime,
        ])
        .filter(([chunk]) => chunk),
    ) as Record<string, number>,
  }))
  expect(Number.isFinite(times.shown)).toBe(true)
  expect(Object.keys(times.asked).sort()).toEqual(['checklist-body', 'migration-diagram'])
  expect(times.asked['checklist-body']).toBeGreaterThan(times.shown)
  expect(times.asked['migration-diagram']).toBeGreaterThan(times.shown)
})

test('Print pressed by keyboard before the sections arrive prints once they are all on the page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const record = window as unknown as { printed?: { sections: number; heading: string }[] }
    record.printed = []
    window.print = () => {
      record.printed!.push({
        sections: document.querySelectorAll('section.checklist-section').length,
        heading: document.querySelector('h1')?.textContent ?? '',
      })
    }
  })
  const release = await hold(page, BODY)
  await openReference(page)
  await expect(page.getByRole('heading', LOADING)).toBeVisible({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Print the checklist' }).focus()
  await page.keyboard.press('Enter')
  const printed = () =>
    page.evaluate(
      () => (window as unknown as { printed: { sections: number; heading: string }[] }).printed,
    )
  expect(await printed()).toEqual([])
  release()
  await expect.poll(printed).toEqual([{ sections: SECTIONS.length, heading: READY.name }])
})

test('the printed PDF of a page whose sections came late holds every section and every item', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const release = await hold(page, BODY)
  await openReference(page)
  await expect(page.getByRole('heading', LOADING)).toBeVisible({ timeout: 30_000 })
  setTimeout(release, 500)
  await expect(page.getByRole('heading', READY)).toBeVisible()
  const text = (await pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).join('\n')
  expect(text).toContain(READY.name)
  expect(text).not.toContain('Loading the checklist')
  for (const heading of SECTIONS) expect(text, heading).toContain(heading)
  for (const id of ITEMS) expect(text, id).toContain(id)
})

test('each download works on its first press by keyboard while its code is still on the way, and its code is not fetched before', async ({
  page,
}) => {
  const asked: string[] = []
  page.on('request', (r: Request) => {
    if (DOWNLOADS.test(r.url())) asked.push(r.url())
  })
  await page.route(DOWNLOADS, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await route.continue()
  })
  await openReference(page)
  await expect(page.getByRole('heading', READY)).toBeVisible({ timeout: 30_000 })
  expect(asked, 'the writers are not part of the page').toEqual([])

  const expected = [
    ['Download script (.ps1)', /\.ps1$/, '# Lync Server 2013 migration plan: '],
    ['Download CSV', /-checklist\.csv$/, 'Item ID,Section,Title'],
    ['Download Markdown', /-checklist\.md$/, `# Checklist: ${REFERENCE.name}`],
  ] as const
  for (const [name, file, start] of expected) {
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name }).focus()
    await page.keyboard.press('Enter')
    const saved = await download
    expect(saved.suggestedFilename()).toMatch(file)
    const text = (await readFile(await saved.path(), 'utf8')).replace(/^\uFEFF/, '')
    expect(text.startsWith(start), `${name}: ${text.slice(0, 60)}`).toBe(true)
  }
  expect(asked).toHaveLength(1)
})

test('when the sections or a download cannot load, the page says so, and trying again works', async ({
  page,
}) => {
  let fail = true
  for (const chunk of [BODY, DOWNLOADS]) {
    await page.route(chunk, (route) => (fail ? route.abort() : route.continue()))
  }
  await openReference(page)
  await expect(
    page.getByRole('heading', { level: 1, name: 'The checklist could not load' }),
  ).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('alert')).toContainText('part of the planner did not load')
  await page.getByRole('button', { name: 'Download CSV' }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'The file could not be made' }),
  ).toBeVisible()

  fail = false
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', READY)).toBeVisible()
  expect((await shownNow(page)).items).toEqual(ITEMS)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download CSV' }).click()
  expect((await download).suggestedFilename()).toMatch(/-checklist\.csv$/)
  await expect(page.getByText('The file could not be made')).toHaveCount(0)
})
