import { useEffect, useState } from 'react'

/** How long work waits for a frame that may never come (a tab opened in the background). */
export const FRAME_AT_LATEST_MS = 250

/**
 * Runs `fn` once what has been committed is drawn: after `frames` frames (the paint
 * that follows a frame's callbacks reaches the screen a frame later), in a task of its
 * own, or after `FRAME_AT_LATEST_MS` where no frame comes. Returns a function that
 * cancels it.
 */
export function afterNextPaint(
  fn: () => void,
  { frames = 1, latestMs = FRAME_AT_LATEST_MS }: { frames?: number; latestMs?: number } = {},
): () => void {
  let done = false
  let frame = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const run = () => {
    if (done) return
    done = true
    fn()
  }
  const onFrame = (left: number) => {
    if (left > 1) frame = requestAnimationFrame(() => onFrame(left - 1))
    else timer = setTimeout(run, 0)
  }
  frame = requestAnimationFrame(() => onFrame(frames))
  const latest = setTimeout(run, latestMs)
  return () => {
    done = true
    cancelAnimationFrame(frame)
    clearTimeout(timer)
    clearTimeout(latest)
  }
}

/** What the page needs of the browser's Largest Contentful Paint API. */
interface PaintObserver {
  observe(options: { type: string }): void
  disconnect(): void
}
type PaintObserverClass = (new (
  callback: (list: { getEntries(): { startTime: number }[] }) => void,
) => PaintObserver) & { supportedEntryTypes?: readonly string[] }

/**
 * Runs `fn` once the browser says what was committed is on screen: its next
 * largest-contentful-paint entry (the time the frame was shown, which can come frames
 * after it was painted), in a task of its own. Where the browser reports no such entry
 * (Safari; any page once it has been used, as Chromium stops reporting them at the first
 * input), two frames later. A draw with nothing larger than before waits
 * `FRAME_AT_LATEST_MS`. Returns a function that cancels it.
 */
export function afterPaintShown(fn: () => void, latestMs = FRAME_AT_LATEST_MS): () => void {
  const Observer = (globalThis as { PerformanceObserver?: PaintObserverClass }).PerformanceObserver
  const used = () => {
    try {
      return performance.getEntriesByType('first-input').length > 0
    } catch {
      return false
    }
  }
  if (!Observer?.supportedEntryTypes?.includes('largest-contentful-paint') || used()) {
    return afterNextPaint(fn, { frames: 2, latestMs })
  }
  let done = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const since = performance.now()
  const run = () => {
    if (done) return
    done = true
    observer.disconnect()
    clearTimeout(latest)
    fn()
  }
  const observer = new Observer((list) => {
    if (list.getEntries().some((e) => e.startTime >= since)) timer ??= setTimeout(run, 0)
  })
  observer.observe({ type: 'largest-contentful-paint' })
  const latest = setTimeout(run, latestMs)
  return () => {
    done = true
    observer.disconnect()
    clearTimeout(timer)
    clearTimeout(latest)
  }
}

/**
 * False on a component's first draw, true once that draw is on screen: for code and
 * parts a page shows a moment later, so they do not hold up what it shows first.
 */
export function useAfterFirstPaint(skip = false): boolean {
  const [painted, setPainted] = useState(skip)
  useEffect(() => {
    if (painted) return
    return afterPaintShown(() => setPainted(true))
  }, [painted])
  return painted
}
