import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterNextPaint, FRAME_AT_LATEST_MS } from './after-first-paint'

// Frames are run by hand: each call of frame() is one frame of the browser.
let frames: Map<number, () => void>
const frame = () => {
  const fns = [...frames.values()]
  frames.clear()
  for (const fn of fns) fn()
}

beforeEach(() => {
  vi.useFakeTimers()
  frames = new Map()
  let next = 0
  vi.stubGlobal('requestAnimationFrame', (fn: () => void) => (frames.set(++next, fn), next))
  vi.stubGlobal('cancelAnimationFrame', (n: number) => void frames.delete(n))
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('afterNextPaint', () => {
  it('runs in a task of its own after the frame that draws what was committed', () => {
    const fn = vi.fn()
    afterNextPaint(fn)
    vi.advanceTimersByTime(0)
    expect(fn).not.toHaveBeenCalled()
    frame()
    // In the frame itself, before its paint: not yet.
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('waits for as many frames as asked', () => {
    const fn = vi.fn()
    afterNextPaint(fn, { frames: 2 })
    frame()
    vi.advanceTimersByTime(0)
    expect(fn).not.toHaveBeenCalled()
    frame()
    vi.advanceTimersByTime(0)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('runs at the latest after a while where no frame comes (a tab in the background), once', () => {
    const fn = vi.fn()
    afterNextPaint(fn)
    vi.advanceTimersByTime(FRAME_AT_LATEST_MS - 1)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fn).toHaveBeenCalledTimes(1)
    frame()
    vi.advanceTimersByTime(FRAME_AT_LATEST_MS)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('does nothing once cancelled', () => {
    const fn = vi.fn()
    const cancel = afterNextPaint(fn, { frames: 2 })
    frame()
    cancel()
    frame()
    vi.advanceTimersByTime(FRAME_AT_LATEST_MS * 2)
    expect(fn).not.toHaveBeenCalled()
  })
})
