import { fileURLToPath } from 'node:url'
import { expect, LYNC_2010_GC, test } from './fixtures'
import {
  completeWizardAt,
  pageProblems as problems,
  startStaticServer,
  type StaticServer,
} from './host-helpers'

// The same dist/ as the other tests, under /planner/ on a plain static server.
const DIST = fileURLToPath(new URL('../dist', import.meta.url))
const PORT = 4216
let server: StaticServer
// One server for the file's tests, in one worker, on its own port.
test.describe.configure({ mode: 'default' })

test.beforeAll(async () => {
  server = await startStaticServer(DIST, '/planner/', PORT)
})
test.afterAll(async () => {
  await server.close()
})
// This file is about paths; host-offline.spec.ts tests the service worker.
test.use({ serviceWorkers: 'block' })

const s = LYNC_2010_GC

test('under /planner/: the start page, a new plan, the checklist and a share link', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  const errors = problems(page)
  const base = `${server.url}/planner/`
  await page.goto(base)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Plan your move to Lync Server 2013' }),
  ).toBeVisible()
  await completeWizardAt(page, base, s)
  const review = page.url()
  expect(review).toMatch(/\/planner\/plan\/p-[\w-]+\/review$/)
  // Deep addresses opened straight: the server answers them with index.html.
  await page.goto(review.replace(/review$/, 'step/source'))
  await expect(page.getByRole('heading', { level: 1, name: 'Source deployment' })).toBeVisible()
  await page.goto(review)
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible()

  await page.getByRole('link', { name: 'Continue to the checklist' }).click()
  const checklist = page.getByRole('heading', { level: 1, name: `Checklist: ${s.name}` })
  await expect(checklist).toBeVisible()
  expect(page.url()).toMatch(/\/planner\/plan\/p-[\w-]+\/checklist$/)
  await page.reload()
  await expect(checklist).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('checkbox').first()).toBeVisible()

  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = await page.getByLabel('Share link').inputValue()
  expect(link.startsWith(`${base}open#plan=`), link).toBe(true)

  const fresh = await browser.newContext({ serviceWorkers: 'block' })
  const other = await fresh.newPage()
  const otherErrors = problems(other)
  await other.goto(link)
  // A cold page that reads the link in a worker: slow on a busy machine.
  await expect(other.getByRole('heading', { level: 1, name: `Checklist: ${s.name}` })).toBeVisible({
    timeout: 30_000,
  })
  expect(other.url()).toMatch(/\/planner\/plan\/p-[\w-]+\/checklist$/)
  await fresh.close()
  expect(otherErrors).toEqual([])

  // The header's links stay under the mount path.
  await page.getByRole('link', { name: 'Rules', exact: true }).click()
  await expect(page).toHaveURL(`${base}rules`)
  await page.getByRole('link', { name: 'Your plans' }).click()
  await expect(page).toHaveURL(base)
  await expect(page.getByText(s.name).first()).toBeVisible()

  expect(errors).toEqual([])
  // Every file came from under /planner/, and no asset was asked for at a deep path.
  const outside = server.requests.filter((p) => !p.startsWith('/planner/'))
  expect(outside).toEqual([])
  const misplaced = server.requests.filter(
    (p) =>
      /\/(assets\/|favicon|manifest)/.test(p) && !/^\/planner\/(assets\/|favicon|manifest)/.test(p),
  )
  expect(misplaced).toEqual([])
})

test('an address the app does not know under /planner/ shows its Not found page', async ({
  page,
}) => {
  const errors = problems(page)
  await page.goto(`${server.url}/planner/no-such-page`)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to your plans' }).click()
  await expect(page).toHaveURL(`${server.url}/planner/`)
  expect(errors).toEqual([])
})

test('the CSP runs the bootstrap and blocks any other inline script or <base>', async ({
  page,
}) => {
  await page.goto(`${server.url}/planner/plan/p-00000000-0000/checklist`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const result = await page.evaluate(async () => {
    const violations: string[] = []
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.effectiveDirective),
    )
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    const base = document.createElement('base')
    base.href = 'https://elsewhere.example/'
    document.head.prepend(base)
    await new Promise((r) => setTimeout(r, 100))
    return {
      injected: (window as unknown as { __injected?: boolean }).__injected ?? false,
      baseURI: document.baseURI,
      violations,
    }
  })
  expect(result.injected).toBe(false)
  // A blocked <base> leaves the page's own address as its base: never elsewhere.
  expect(new URL(result.baseURI).origin).toBe(server.url)
  expect(result.violations).toEqual(expect.arrayContaining(['script-src-elem', 'base-uri']))
})
