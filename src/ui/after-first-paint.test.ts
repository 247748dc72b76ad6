import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterNextPaint, afterPaintShown, FRAME_AT_LATEST_MS } from './after-first-paint'

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
  vi.restoreAllMocks()
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

describe('afterPaintShown', () => {
  // The browser's observer of largest-contentful-paint entries, driven by hand.
  let observers: {
    callback: (list: { getEntries(): { startTime: number }[] }) => void
    on: boolean
  }[]
  const report = (startTime: number) => {
    for (const o of observers) if (o.on) o.callback({ getEntries: () => [{ startTime }] })
  }
  const stubObserver = (types: string[]) => {
    observers = []
    vi.stubGlobal(
      'PerformanceObserver',
      Object.assign(
        class {
          entry: (typeof observers)[number]
          constructor(callback: (typeof observers)[number]['callback']) {
            this.entry = { callback, on: false }
            observers.push(this.entry)
          }
          observe() {
            this.entry.on = true
          }
          disconnect() {
            this.entry.on = false
          }
        },
        { supportedEntryTypes: types },
      ),
    )
  }

  it('runs after the browser reports a paint shown since it was called, in a task of its own', () => {
    stubObserver(['paint', 'largest-contentful-paint'])
    vi.setSystemTime(1000)
    const fn = vi.fn()
    afterPaintShown(fn)
    // Frames go by: painted, not yet reported as shown.
    frame()
    frame()
    vi.advanceTimersByTime(0)
    expect(fn).not.toHaveBeenCalled()
    // An entry of an earlier paint (the page's shell) is not this draw.
    report(performance.now() - 500)
    vi.advanceTimersByTime(0)
    expect(fn).not.toHaveBeenCalled()
    report(performance.now() + 5)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(fn).toHaveBeenCalledTimes(1)
    // Once: later entries and the time limit do nothing more, and it stops observing.
    vi.advanceTimersByTime(FRAME_AT_LATEST_MS)
    expect(fn).toHaveBeenCalledTimes(1)
    expect(observers.every((o) => !o.on)).toBe(true)
  })

  it('runs at the latest after a while when no entry comes (nothing larger was drawn)', () => {
    stubObserver(['largest-contentful-paint'])
    const fn = vi.fn()
    afterPaintShown(fn)
    vi.advanceTimersByTime(FRAME_AT_LATEST_MS - 1)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('waits two frames where the browser reports no largest paint (Safari)', () => {
    stubObserver(['paint'])
    const fn = vi.fn()
    afterPaintShown(fn)
    frame()
    vi.advanceTimersByTime(0)
    expect(fn).not.toHaveBeenCalled()
    frame()
    vi.advanceTimersByTime(0)
    expect(fn).toHaveBeenCalledTimes(1)
    expect(observers).toEqual([])
  })

  it('waits two frames on a page already used (Chromium reports no largest paint after an input)', () => {
    stubObserver(['largest-contentful-paint'])
    vi.spyOn(performance, 'getEntriesByType').mockImplementation((type: string) =>
      type === 'first-input' ? ([{ name: 'pointerdown' }] as unknown as PerformanceEntryList) : [],
    )
    const fn = vi.fn()
    afterPaintShown(fn)
    frame()
    frame()
    vi.advanceTimersByTime(0)
    expect(fn).toHaveBeenCalledTimes(1)
    expect(observers).toEqual([])
  })

  it('does nothing once cancelled', () => {
    stubObserver(['largest-contentful-paint'])
    const fn = vi.fn()
    const cancel = afterPaintShown(fn)
    cancel()
    report(performance.now() + 5)
    vi.advanceTimersByTime(FRAME_AT_LATEST_MS * 2)
    expect(fn).not.toHaveBeenCalled()
  })
})
