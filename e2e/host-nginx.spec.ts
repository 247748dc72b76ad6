import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { APIResponse } from '@playwright/test'
import {
  IMMUTABLE,
  nginxHeaders,
  nginxServer,
  REVALIDATE,
  SECURITY_HEADERS,
} from '../deploy/hosting'
import { expect, test } from './fixtures'
import { pageProblems } from './host-helpers'

// Debian's nginx (.ci/run installs it) serving dist/ with the shipped configuration,
// generated into a temporary folder: the build at / on one port, under /planner/ on another.
const DIST = fileURLToPath(new URL('../dist', import.meta.url))
const SITES = [
  { mount: '/', port: 4218 },
  { mount: '/planner/', port: 4219 },
]
let nginx: ChildProcess | undefined
let dir = ''
// One nginx for the file's tests, in one worker, on its own ports.
test.describe.configure({ mode: 'default' })

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.end()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'planner-nginx-'))
  // nginx's workers run as an unprivileged user when it is started as root.
  await chmod(dir, 0o755)
  await copyFile('/etc/nginx/mime.types', join(dir, 'mime.types'))
  await writeFile(join(dir, 'planner-headers.conf'), nginxHeaders())
  // The sub-path site's root holds the build as its planner/ folder.
  await mkdir(join(dir, 'www'))
  await symlink(DIST, join(dir, 'www', 'planner'))
  const servers = SITES.map(({ mount, port }) =>
    nginxServer({
      mount,
      root: mount === '/' ? DIST : join(dir, 'www'),
      headersFile: join(dir, 'planner-headers.conf'),
      listen: `127.0.0.1:${port}`,
    }),
  )
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `  ${t}_temp_path ${join(dir, t)};`)
    .join('\n')
  await writeFile(
    join(dir, 'nginx.conf'),
    `worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  access_log off;
${temp}
${servers.join('\n')}
}
`,
  )
  // Debian's path, where root's PATH may lack /usr/sbin; else whatever PATH finds.
  const binary = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx'
  const check = spawn(binary, [
    '-t',
    '-p',
    dir,
    '-c',
    join(dir, 'nginx.conf'),
    '-e',
    join(dir, 'error.log'),
  ])
  const checked = await new Promise<number>((resolve) => check.once('exit', (c) => resolve(c ?? 1)))
  expect(checked, 'nginx -t accepts the generated configuration').toBe(0)
  nginx = spawn(binary, [
    '-p',
    dir,
    '-c',
    join(dir, 'nginx.conf'),
    '-e',
    join(dir, 'error.log'),
    '-g',
    'daemon off;',
  ])
  await expect.poll(() => Promise.all(SITES.map((s) => portOpen(s.port)))).toEqual([true, true])
})

test.afterAll(async () => {
  if (nginx?.pid) {
    nginx.kill('SIGQUIT')
    await new Promise((resolve) => nginx?.once('exit', resolve))
  }
  if (dir) await rm(dir, { recursive: true, force: true })
})

test.use({ serviceWorkers: 'block' })

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers()
  for (const [name, value] of SECURITY_HEADERS)
    expect(headers[name.toLowerCase()], `${name} on ${what}`).toBe(value)
  expect(headers['server'], what).toBe('nginx')
}

for (const { mount, port } of SITES) {
  const origin = `http://127.0.0.1:${port}`
  const at = (path: string) => `${origin}${mount}${path}`

  test(`nginx under ${mount}: security headers, caching, MIME types and the fallback`, async ({
    request,
  }) => {
    const page = await request.get(at(''))
    expect(page.status()).toBe(200)
    expect(page.headers()['content-type']).toMatch(/^text\/html/)
    expectSecurityHeaders(page, mount)
    expect(page.headers()['cache-control']).toBe(REVALIDATE)
    const html = await page.text()

    for (const route of [
      'plan/p-3f2a9c1e-7b4d/step/sql',
      'plan/p-3f2a9c1e-7b4d/checklist',
      'rules',
      'open',
    ]) {
      const deep = await request.get(at(route))
      expect(deep.status(), route).toBe(200)
      expect(await deep.text(), route).toBe(html)
      expectSecurityHeaders(deep, route)
    }

    // The entry, as the page's bootstrap starts it (named in the page's route data).
    const entry = /"main":"(assets\/index-[\w-]+\.js)"/.exec(html)?.[1]
    expect(entry).toBeTruthy()
    const script = await request.get(at(entry!))
    expect(script.status()).toBe(200)
    expect(script.headers()['content-type']).toMatch(/javascript/)
    expect(script.headers()['cache-control']).toBe(IMMUTABLE)
    expectSecurityHeaders(script, entry!)

    const missing = await request.get(at('assets/index-missing.js'))
    expect(missing.status()).toBe(404)
    expect(missing.headers()['cache-control']).toBeUndefined()

    const manifest = await request.get(at('manifest.webmanifest'))
    expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/)
    const sw = await request.get(at('sw.js'))
    expect(sw.headers()['content-type']).toMatch(/javascript/)
    expect(sw.headers()['cache-control']).toBe(REVALIDATE)
    expect((await request.get(at('plan.schema.json'))).headers()['content-type']).toMatch(
      /^application\/json/,
    )
    expect((await request.get(at('web.config'))).status()).toBe(404)
    if (mount !== '/') {
      const bare = await request.get(`${origin}${mount.slice(0, -1)}`, { maxRedirects: 0 })
      expect(bare.status()).toBe(301)
      expect(bare.headers()['location']).toMatch(new RegExp(`${mount}$`))
    }
  })

  test(`nginx under ${mount}: a plan opened straight at a deep address, with the CSP as a header`, async ({
    page,
  }) => {
    const errors = pageProblems(page)
    await page.goto(at(''))
    await page.getByLabel('Name of the plan').fill('Served by nginx')
    await page.getByRole('button', { name: 'Start a new plan' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Source deployment' })).toBeVisible()
    expect(page.url()).toMatch(new RegExp(`^${origin}${mount}plan/p-[\\w-]+/step/source$`))
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Source deployment' })).toBeVisible()
    expect(errors).toEqual([])
  })
}
