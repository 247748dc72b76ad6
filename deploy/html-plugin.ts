import { execFileSync } from 'node:child_process'
import type { Plugin } from 'vite'
import { BOOTSTRAP_SCRIPT } from '../src/app/app-base'
import { CONTENT_SECURITY_POLICY } from './hosting'

/** Which build this is: PLANNER_BUILD_ID, else the commit, else 'local'. */
function buildId(): string {
  if (process.env.PLANNER_BUILD_ID) return process.env.PLANNER_BUILD_ID
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    return 'local'
  }
}

/**
 * The built page's head starts with its CSP and the bootstrap that sets `<base>` to
 * where the app is served, before any asset URL is resolved (docs/decisions/0018),
 * and names its build (a new one changes the page, so the service worker updates).
 * Build only: the dev server injects inline scripts of its own and serves at '/'.
 */
export function hostingHtml(): Plugin {
  return {
    name: 'hosting-html',
    apply: 'build',
    transformIndexHtml: (html) => ({
      // The charset first: browsers look for it in the first 1,024 bytes only, and the
      // route data and the bootstrap come before the rest of the head.
      html: html.replace(/\s*<meta charset="UTF-8" \/>/, ''),
      tags: [
        { tag: 'meta', attrs: { charset: 'UTF-8' }, injectTo: 'head-prepend' },
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
        { tag: 'script', children: BOOTSTRAP_SCRIPT, injectTo: 'head-prepend' },
        { tag: 'meta', attrs: { name: 'planner-build', content: buildId() }, injectTo: 'head' },
      ],
    }),
  }
}
