import type { ChangeEvent, RefObject } from 'react'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'

export interface FileDrop {
  /** Put on the element files are dropped on (it holds the label and the file input). */
  zoneRef: RefObject<HTMLDivElement | null>
  /** True while a file is dragged over the zone, for its style. */
  dragging: boolean
  /** The file input's onChange: hands over the chosen file, then clears the input so the same file can be chosen again. */
  onInputChange: (event: ChangeEvent<HTMLInputElement>) => void
}

/**
 * One way to take a file: chosen with the file input (the way for everyone,
 * keyboard included) or dropped on the zone (a shortcut for the mouse). The
 * handler always receives the latest `onFile`, so it may read current state.
 */
export function useFileDrop(onFile: (file: File | undefined) => void): FileDrop {
  const zoneRef = useRef<HTMLDivElement>(null)
  const [dragging, setDragging] = useState(false)
  const latest = useRef(onFile)
  useEffect(() => {
    latest.current = onFile
  })
  // In the commit itself, not after it: a file dropped the moment the zone is drawn
  // (the first render is a transition, whose effects come a frame later) is not missed.
  useLayoutEffect(() => {
    const zone = zoneRef.current
    if (!zone) return
    const over = (e: DragEvent) => {
      e.preventDefault()
      setDragging(true)
    }
    const leave = () => setDragging(false)
    const drop = (e: DragEvent) => {
      e.preventDefault()
      setDragging(false)
      latest.current(e.dataTransfer?.files[0])
    }
    zone.addEventListener('dragover', over)
    zone.addEventListener('dragleave', leave)
    zone.addEventListener('drop', drop)
    return () => {
      zone.removeEventListener('dragover', over)
      zone.removeEventListener('dragleave', leave)
      zone.removeEventListener('drop', drop)
    }
  }, [])
  const onInputChange = (event: ChangeEvent<HTMLInputElement>) => {
    latest.current(event.target.files?.[0])
    event.target.value = ''
  }
  return { zoneRef, dragging, onInputChange }
}
