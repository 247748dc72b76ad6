import { useEffect, useRef, useState } from 'react'

/** How long "Copied" stays beside the button. */
const CONFIRM_MS = 4000

/**
 * A command as shown, with a Copy button that puts exactly that text on the
 * clipboard. The confirmation is visible beside the button and announced (aria-live).
 */
export function CopyableCommand({ text, name }: { text: string; name: string }) {
  const [status, setStatus] = useState('')
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])
  const copy = async () => {
    window.clearTimeout(timer.current)
    try {
      await navigator.clipboard.writeText(text)
      setStatus('Copied')
    } catch {
      setStatus('This browser did not allow copying: select the command and copy it.')
    }
    timer.current = window.setTimeout(() => setStatus(''), CONFIRM_MS)
  }
  return (
    <div className="command">
      {/* A named, focusable region, so the keyboard can scroll a line wider than the screen. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre className="item__code command__code" tabIndex={0} role="region" aria-label={name}>
        <code>{text}</code>
      </pre>
      <div className="command__actions no-print">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void copy()}
          aria-label={`Copy: ${name}`}
        >
          Copy
        </button>
        <span className="command__status" aria-live="polite">
          {status}
        </span>
      </div>
    </div>
  )
}
