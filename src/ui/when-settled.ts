/** A key, a press or a touch: someone is using the page (focus alone is not: pages move it). */
const USE = ['pointerdown', 'keydown', 'touchstart'] as const

/** How long after the load event work waits for when nobody uses the page. */
export const SETTLE_MS = 3000

/**
 * Runs `fn` once, when the browser is idle after the page has been used or, if nobody
 * uses it, `SETTLE_MS` after it has loaded. For work that can wait (fetching the code of
 * the pages that usually come next): it never competes with the page's first paint for
 * the network or the main thread, and it still runs between keystrokes, not inside one.
 * Returns a function that cancels it.
 */
export function whenSettled(fn: () => void, settleMs = SETTLE_MS): () => void {
  let done = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let idle: number | undefined
  const stopListening = () => {
    for (const type of USE) window.removeEventListener(type, start, true)
    window.removeEventListener('load', onLoad)
    clearTimeout(timer)
  }
  function start() {
    if (done) return
    done = true
    stopListening()
    if (typeof window.requestIdleCallback === 'function') {
      idle = window.requestIdleCallback(fn, { timeout: 1000 })
    } else {
      timer = setTimeout(fn, 1)
    }
  }
  function onLoad() {
    timer = setTimeout(start, settleMs)
  }
  for (const type of USE) window.addEventListener(type, start, { capture: true, passive: true })
  if (document.readyState === 'complete') onLoad()
  else window.addEventListener('load', onLoad, { once: true })
  return () => {
    done = true
    stopListening()
    if (idle !== undefined) window.cancelIdleCallback(idle)
  }
}
