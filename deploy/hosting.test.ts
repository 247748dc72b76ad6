import { DOMParser } from '@xmldom/xmldom'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BOOTSTRAP_SCRIPT } from '../src/app/app-base'
import {
  BOOTSTRAP_HASH,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  hostingFiles,
  MIME_TYPES,
  nginxServer,
  SECURITY_HEADERS,
  webConfig,
} from './hosting'

const repoFile = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')

/** Parses XML, failing on any error or warning (xmldom only reports them otherwise). */
function parseXml(text: string): Document {
  const problems: string[] = []
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`)
    },
  }).parseFromString(text, 'text/xml')
  expect(problems).toEqual([])
  return doc as unknown as Document
}

const directives = (csp: string) => csp.split(';').map((d) => d.trim())

describe('security headers', () => {
  it('allow the bootstrap by its hash, and no other inline script', () => {
    const hash = createHash('sha256').update(BOOTSTRAP_SCRIPT).digest('base64')
    expect(BOOTSTRAP_HASH).toBe(`'sha256-${hash}'`)
    expect(directives(CONTENT_SECURITY_POLICY)).toContain(`script-src 'self' 'sha256-${hash}'`)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|http:|https:/)
    expect(directives(CONTENT_SECURITY_POLICY)).toContain("base-uri 'self'")
    expect(directives(CONTENT_SECURITY_POLICY)).toContain("object-src 'none'")
  })

  it('send the page CSP as a header, with frame-ancestors, which a <meta> cannot carry', () => {
    expect(directives(CONTENT_SECURITY_POLICY_HEADER)).toEqual([
      ...directives(CONTENT_SECURITY_POLICY),
      "frame-ancestors 'none'",
    ])
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
  })
})

describe('web.config', () => {
  const doc = parseXml(webConfig())
  const all = (name: string) => Array.from(doc.getElementsByTagName(name))

  it('is well-formed XML with every security header, once, as in the one source', () => {
    const custom = all('customHeaders')
    expect(custom).toHaveLength(1)
    const added = Array.from(custom[0]!.getElementsByTagName('add')).map(
      (el) => [el.getAttribute('name'), el.getAttribute('value')] as const,
    )
    expect(added).toEqual(SECURITY_HEADERS)
    const removed = Array.from(custom[0]!.getElementsByTagName('remove')).map((el) =>
      el.getAttribute('name'),
    )
    // Removed first, so a header the site already sets is not added twice (IIS fails then).
    expect(removed).toEqual(['X-Powered-By', ...SECURITY_HEADERS.map(([name]) => name)])
    const csp = added.find(([name]) => name === 'Content-Security-Policy')
    expect(csp?.[1]).toContain("frame-ancestors 'none'")
  })

  it('falls back to index.html for app routes, but not for a missing asset', () => {
    const rules = all('rule')
    expect(rules.map((r) => r.getAttribute('name'))).toHaveLength(2)
    const [assets, routes] = rules
    expect(assets!.getElementsByTagName('match')[0]!.getAttribute('url')).toBe('^assets/')
    expect(assets!.getElementsByTagName('action')[0]!.getAttribute('statusCode')).toBe('404')
    const action = routes!.getElementsByTagName('action')[0]!
    expect([action.getAttribute('type'), action.getAttribute('url')]).toEqual([
      'Rewrite',
      'index.html',
    ])
    const conditions = Array.from(routes!.getElementsByTagName('add')).map((el) =>
      el.getAttribute('matchType'),
    )
    expect(conditions).toEqual(['IsFile', 'IsDirectory'])
  })

  it('names the MIME types IIS may lack, .webmanifest and .json included', () => {
    const maps = all('mimeMap').map((el) => [
      el.getAttribute('fileExtension'),
      el.getAttribute('mimeType'),
    ])
    expect(maps).toEqual(MIME_TYPES)
    expect(maps.map(([ext]) => ext)).toEqual(expect.arrayContaining(['.webmanifest', '.json']))
  })

  it('caches hashed assets for a year and revalidates everything else', () => {
    const caches = all('clientCache').map((el) => el.getAttribute('cacheControlMode'))
    expect(caches).toEqual(['DisableCache', 'UseMaxAge'])
    const location = all('location')[0]!
    expect(location.getAttribute('path')).toBe('assets')
  })
})

describe('nginx configuration', () => {
  it('adds the same headers in every location that serves files', () => {
    const text = nginxServer({
      mount: '/planner/',
      root: '/srv',
      headersFile: '/h.conf',
      listen: '80',
    })
    const locations = text.split(/\n\s*location /).slice(1)
    const serving = locations.filter((l) => l.includes('try_files'))
    expect(serving).toHaveLength(2)
    for (const l of serving) expect(l).toContain('include /h.conf;')
    expect(text).toContain('try_files $uri $uri/ /planner/index.html;')
    expect(text).toContain('location /planner/assets/ {')
  })

  it('refuses a mount path without its slashes', () => {
    expect(() =>
      nginxServer({ mount: '/planner', root: '/', headersFile: '/h', listen: '80' }),
    ).toThrow()
  })
})

describe('committed hosting files', () => {
  for (const [path, text] of Object.entries(hostingFiles())) {
    it(`${path} is as deploy/generate.ts writes it`, () => {
      expect(repoFile(path), 'run: npx tsx deploy/generate.ts').toBe(text)
    })
  }
})
