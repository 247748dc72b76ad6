import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { Page } from '@playwright/test'
import { expect, LYNC_2010_GC, test } from './fixtures'
import { completeWizardAt, pageProblems, startStaticServer } from './host-helpers'

// The service worker: the build under /planner/ on a plain static server, one test at a time.
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DIST = `${ROOT}dist`
const PORT = 4217
const BASE = `http://127.0.0.1:${PORT}/planner/`
test.describe.configure({ mode: 'serial' })

/** Waits until the service worker has precached the build and is active. */
async function swReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
}

const buildOf = (page: Page) => page.locator('meta[name="planner-build"]').getAttribute('content')

const tick = (page: Page, name: string) => page.getByRole('checkbox', { name })
const PRE_01 = 'PRE-01 Confirm the source is a supported version'
const EXP_02 = 'EXP-02 Export the Group Chat data'

test('after one online visit, the start page and a saved plan’s checklist work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000)
  const server = await startStaticServer(DIST, '/planner/', PORT)
  try {
    const errors = pageProblems(page)
    await completeWizardAt(page, BASE, LYNC_2010_GC)
    await page.getByRole('link', { name: 'Continue to the checklist' }).click()
    const checklist = page.getByRole('heading', {
      level: 1,
      name: `Checklist: ${LYNC_2010_GC.name}`,
    })
    await expect(checklist).toBeVisible()
    await tick(page, PRE_01).check()
    await swReady(page)
    expect(errors).toEqual([])
  } finally {
    await server.close()
  }

  // No network at all: the browser is offline and the server is gone.
  await context.setOffline(true)
  await page.reload()
  await expect(
    page.getByRole('heading', { level: 1, name: `Checklist: ${LYNC_2010_GC.name}` }),
  ).toBeVisible()
  await expect(tick(page, PRE_01)).toBeChecked()
  await tick(page, EXP_02).check()
  await expect(tick(page, EXP_02)).toBeChecked()

  await page.goto(BASE)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Plan your move to Lync Server 2013' }),
  ).toBeVisible()
  await expect(page.getByText(LYNC_2010_GC.name).first()).toBeVisible()
  // A page whose code was not loaded yet in this visit comes from the cache too.
  await page.getByRole('link', { name: 'Rules', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page).toHaveURL(`${BASE}rules`)
  await expect(page.getByText(/This page isn.t working|ERR_INTERNET_DISCONNECTED/)).toHaveCount(0)
})

test('a new build is taken only after the update prompt, never mixed with the old one', async ({
  page,
}) => {
  test.setTimeout(300_000)
  // A second build of the same code, told apart by its build name.
  const second = `${ROOT}test-results/host-build-b`
  await promisify(execFile)(
    'npx',
    ['vite', 'build', '--outDir', second, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: ROOT, env: { ...process.env, PLANNER_BUILD_ID: 'host-update-second-build' } },
  )
  const first = /name="planner-build" content="([^"]+)"/.exec(
    await readFile(`${DIST}/index.html`, 'utf8'),
  )?.[1]
  expect(first).toBeTruthy()
  expect(first).not.toBe('host-update-second-build')

  const server = await startStaticServer(DIST, '/planner/', PORT)
  try {
    const errors = pageProblems(page)
    await page.goto(BASE)
    await swReady(page)
    await page.reload()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    expect(await buildOf(page)).toBe(first)
    const prompt = page.getByRole('button', { name: 'Reload to update' })
    await expect(prompt).toHaveCount(0)

    // The new build is deployed. The page still opens on the old one, whole, and says so.
    server.serve(second)
    await page.reload()
    await expect(prompt).toBeVisible({ timeout: 30_000 })
    await expect(page.getByText('A new version of the planner is ready.')).toBeVisible()
    expect(await buildOf(page)).toBe(first)
    await expect(
      page.getByRole('heading', { level: 1, name: 'Plan your move to Lync Server 2013' }),
    ).toBeVisible()

    await prompt.click()
    await expect.poll(() => buildOf(page), { timeout: 20_000 }).toBe('host-update-second-build')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Plan your move to Lync Server 2013' }),
    ).toBeVisible()
    await expect(prompt).toHaveCount(0)
    expect(errors).toEqual([])
  } finally {
    await server.close()
  }
})

test('the build is precached only once the first page has settled, not while it draws', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const server = await startStaticServer(DIST, '/planner/', PORT)
  const registered = () =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined)
  try {
    await page.goto(BASE)
    await page.waitForFunction(() => document.readyState === 'complete')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Plan your move to Lync Server 2013' }),
    ).toBeVisible()
    // Loaded and drawn, nobody has used it yet, and less than 3 s have passed.
    await page.waitForTimeout(1000)
    expect(await registered()).toBe(false)
    // Someone uses the page (a key): the worker is registered when the browser is idle.
    await page.keyboard.press('Tab')
    await expect.poll(registered, { timeout: 10_000 }).toBe(true)
    await swReady(page)
  } finally {
    await server.close()
  }
})
