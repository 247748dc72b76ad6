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

/**
 * False on a component's first draw, true once that draw is on screen: for code and
 * parts a page shows a moment later, so they do not hold up what it shows first.
 */
export function useAfterFirstPaint(skip = false): boolean {
  const [painted, setPainted] = useState(skip)
  useEffect(() => {
    if (painted) return
    // Two frames: the first draw is on screen, not only painted, when this runs.
    return afterNextPaint(() => setPainted(true), { frames: 2 })
  }, [painted])
  return painted
}
