import { describe, expect, it } from 'vitest'
import type { DevtoolsEvent } from './request-depth'
import { requestDepth } from './request-depth'

const BASE = 'http://127.0.0.1:4231'
let id = 0
/** A request sent at `sent` and finished at `done` (seconds), as the DevTools log has it. */
function request(
  path: string,
  sent: number,
  done: number,
  type: string,
  initiator: DevtoolsEvent['params']['initiator'] = { type: 'other' },
): DevtoolsEvent[] {
  const requestId = String(++id)
  return [
    {
      method: 'Network.requestWillBeSent',
      params: { requestId, timestamp: sent, request: { url: `${BASE}${path}` }, initiator, type },
    },
    { method: 'Network.loadingFinished', params: { requestId, timestamp: done } },
  ]
}

// A page: the document, its entry and a chunk it preloads (no initiator named, as
// Chromium reports a modulepreload), then the browser's favicon and manifest.
const page = [
  ...request('/plan/p-1/step/sql', 0.0, 0.1, 'Document'),
  ...request('/assets/index.js', 0.11, 0.3, 'Script', {
    type: 'parser',
    url: `${BASE}/plan/p-1/step/sql`,
  }),
  ...request('/assets/step.js', 0.12, 0.25, 'Script'),
  ...request('/manifest.webmanifest', 0.31, 0.32, 'Manifest'),
  ...request('/favicon.svg', 0.5, 0.51, 'Other'),
]
const LCP = 2e6 // 2 s, in microseconds

describe('requestDepth', () => {
  it('counts the document as 1 and what it names as 2; the favicon and manifest are left out', () => {
    expect(requestDepth(page, LCP)).toBe(2)
  })

  it('counts a chunk a script asked for after it ran as 3', () => {
    const late = [
      ...page,
      ...request('/assets/late.js', 0.6, 0.7, 'Script', {
        type: 'script',
        stack: { callFrames: [{ url: `${BASE}/assets/index.js` }] },
      }),
    ]
    expect(requestDepth(late, LCP)).toBe(3)
    // Finished after the largest paint: not on its path.
    expect(requestDepth(late, 0.65e6)).toBe(2)
  })
})
