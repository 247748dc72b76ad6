import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SETTLE_MS, whenSettled } from './when-settled'

// A window and document of the smallest kind: events, a ready state, idle callbacks.
let win: EventTarget & {
  requestIdleCallback: (fn: () => void) => number
  cancelIdleCallback: (n: number) => void
}
let idle: Map<number, () => void>
const doc = { readyState: 'loading' as DocumentReadyState }
const runIdle = () => {
  const fns = [...idle.values()]
  idle.clear()
  for (const fn of fns) fn()
}

beforeEach(() => {
  vi.useFakeTimers()
  idle = new Map()
  let next = 0
  win = Object.assign(new EventTarget(), {
    requestIdleCallback: (fn: () => void) => (idle.set(++next, fn), next),
    cancelIdleCallback: (n: number) => void idle.delete(n),
  })
  doc.readyState = 'loading'
  vi.stubGlobal('window', win)
  vi.stubGlobal('document', doc)
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('whenSettled', () => {
  it('waits for the load event, then for the settle time, then for idle time', () => {
    const fn = vi.fn()
    whenSettled(fn)
    vi.advanceTimersByTime(SETTLE_MS * 2)
    runIdle()
    expect(fn).not.toHaveBeenCalled()
    doc.readyState = 'complete'
    win.dispatchEvent(new Event('load'))
    vi.advanceTimersByTime(SETTLE_MS - 1)
    runIdle()
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fn).not.toHaveBeenCalled()
    runIdle()
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('starts at the first key or press, in idle time, once', () => {
    const fn = vi.fn()
    whenSettled(fn)
    win.dispatchEvent(new Event('keydown'))
    expect(fn).not.toHaveBeenCalled()
    runIdle()
    expect(fn).toHaveBeenCalledTimes(1)
    win.dispatchEvent(new Event('pointerdown'))
    doc.readyState = 'complete'
    win.dispatchEvent(new Event('load'))
    vi.advanceTimersByTime(SETTLE_MS * 2)
    runIdle()
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('is not started by focus alone, and cancelling stops it at any point', () => {
    const fn = vi.fn()
    doc.readyState = 'complete'
    const cancel = whenSettled(fn)
    win.dispatchEvent(new Event('focusin'))
    runIdle()
    expect(fn).not.toHaveBeenCalled()
    cancel()
    vi.advanceTimersByTime(SETTLE_MS * 2)
    win.dispatchEvent(new Event('keydown'))
    runIdle()
    expect(fn).not.toHaveBeenCalled()
    // Cancelled while waiting for idle time.
    const cancelLater = whenSettled(fn)
    win.dispatchEvent(new Event('pointerdown'))
    cancelLater()
    runIdle()
    expect(fn).not.toHaveBeenCalled()
  })
})
