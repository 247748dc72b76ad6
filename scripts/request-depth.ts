// The request depth `npm run bench` prints beside Lighthouse's figures (scripts/lighthouse.ts).
export interface DevtoolsEvent {
  method: string
  params: {
    requestId?: string
    timestamp?: number
    /** The resource type: Document, Script, Stylesheet, Manifest, Other (a favicon)... */
    type?: string
    request?: { url: string }
    initiator?: {
      type: string
      url?: string
      stack?: { callFrames: { url: string }[]; parent?: unknown }
    }
    documentURL?: string
  }
}

/**
 * The longest chain of requests (the document is 1, what it names is 2, ...)
 * among those finished before the largest contentful paint, as observed.
 * Chromium names no initiator for a modulepreload ("about:client"): such a
 * request is taken as found by the last script (or the document) that finished
 * loading before it was sent. What the browser fetches of its own accord (the
 * favicon, the web app manifest: no initiator, type Other or Manifest) is on no page's
 * path to its paint and is left out: counted, a favicon fetched after the scripts ran
 * made every page, the plain baseline page too, depth 3.
 */
export function requestDepth(log: DevtoolsEvent[], lcpTs: number): number {
  interface Req {
    url: string
    sent: number
    parent?: string
    done?: number
    script: boolean
  }
  const byId = new Map<string, Req>()
  for (const e of Array.isArray(log) ? log : []) {
    const id = e.params.requestId
    if (!id) continue
    if (e.method === 'Network.requestWillBeSent' && e.params.request) {
      const i = e.params.initiator
      const url = e.params.request.url.split('#')[0] as string
      const own =
        i?.type === 'other' && !i.url && (e.params.type === 'Other' || e.params.type === 'Manifest')
      if (own && byId.size > 0) continue
      const parent = i?.url ?? i?.stack?.callFrames.find((f) => f.url)?.url
      byId.set(id, {
        url,
        sent: e.params.timestamp ?? 0,
        parent: parent?.split('#')[0],
        script: byId.size === 0 || /\.m?js(\?|$)/.test(url),
      })
    } else if (e.method === 'Network.loadingFinished') {
      const r = byId.get(id)
      if (r && e.params.timestamp !== undefined) r.done = e.params.timestamp
    }
  }
  const all = [...byId.values()]
  const byUrl = new Map(all.map((r) => [r.url, r]))
  const parentOf = (r: Req): Req | undefined => {
    const named = r.parent ? byUrl.get(r.parent) : undefined
    if (named && named !== r) return named
    if (r === all[0]) return undefined
    let last: Req | undefined
    for (const o of all) {
      const done = o.done ?? Infinity
      if (o.script && done <= r.sent && (!last || done > (last.done ?? 0))) last = o
    }
    return last ?? all[0]
  }
  const depth = (r: Req, seen = new Set<Req>()): number => {
    if (seen.has(r)) return 1
    seen.add(r)
    const p = parentOf(r)
    return p ? 1 + depth(p, seen) : 1
  }
  let max = 0
  for (const r of all) {
    if (r.done !== undefined && r.done * 1e6 <= lcpTs && !r.url.startsWith('data:')) {
      max = Math.max(max, depth(r))
    }
  }
  return max
}
