import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import type { Page } from '@playwright/test'
import {
  continueTo,
  expect,
  fillForest,
  fillGroupChat,
  fillPools,
  fillSource,
  fillSql,
  type Scenario,
} from './fixtures'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
  '.png': 'image/png',
}

export interface StaticServer {
  url: string
  /** Serve another build from now on (a new deployment). */
  serve: (dir: string) => void
  /** Requests seen, as paths. */
  requests: string[]
  close: () => Promise<void>
}

/**
 * A plain static file server, as many administrators have: files from `dir` under
 * `mount`, anything else under it answered with the build's index.html. No headers of
 * its own beyond Content-Type and `Cache-Control: no-cache`; nothing app-specific.
 */
export async function startStaticServer(
  dir: string,
  mount: string,
  port: number,
): Promise<StaticServer> {
  let root = dir
  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      requests.push(path)
      if (!path.startsWith(mount)) {
        res.writeHead(404).end('Not found')
        return
      }
      const file = normalize(join(root, path.slice(mount.length)))
      let target = join(root, 'index.html')
      if (file.startsWith(root + sep)) {
        const info = await stat(file).catch(() => null)
        if (info?.isFile()) target = file
      }
      const body = await readFile(target)
      res.writeHead(200, {
        'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      })
      res.end(body)
    })().catch(() => res.writeHead(500).end())
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => {
      root = next
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * Starts a plan at `startUrl` (the app's start page wherever it is served) and answers
 * every step up to the review, as fixtures' completeWizard does from '/'.
 */
export async function completeWizardAt(page: Page, startUrl: string, s: Scenario) {
  await page.goto(startUrl)
  await page.getByLabel('Name of the plan').fill(s.name)
  await page.getByRole('button', { name: 'Start a new plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Source deployment' })).toBeVisible()
  await fillSource(page, s)
  await continueTo(page, 'Active Directory')
  await fillForest(page, s)
  await continueTo(page, 'SQL Server instances')
  await fillSql(page, s)
  await continueTo(page, 'Lync Server 2013 and Persistent Chat pools')
  await fillPools(page, s)
  if (s.groupChat) {
    await continueTo(page, 'Group Chat')
    await fillGroupChat(page, s)
  }
  await continueTo(page, 'Check your answers')
}

/** Console errors (a CSP violation is one) and uncaught exceptions, as they happen. */
export function pageProblems(page: Page): string[] {
  const seen: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(m.text())
  })
  page.on('pageerror', (e) => seen.push(e.message))
  return seen
}
