import { useEffect, useRef } from 'react'

/** Another tab saved this step while this one was being filled: ask, never overwrite. */
export function StaleSavePrompt({
  focusKey,
  onKeepMine,
  onUseSaved,
}: {
  focusKey: number
  onKeepMine: () => void
  onUseSaved: () => void
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [focusKey])
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="stale-title"
    >
      <h2 className="error-summary__title" id="stale-title">
        This step was changed in another tab
      </h2>
      <p>
        Since you opened this page, other answers to this step were saved in another tab or window.
        Nothing was saved from here yet. Keep the answers on this page, or load the saved ones.
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={onKeepMine}>
          Save the answers on this page
        </button>
        <button type="button" className="button button--secondary" onClick={onUseSaved}>
          Load the saved answers
        </button>
      </div>
    </div>
  )
}
