import { useEffect, useRef } from 'react'
import { fieldId, focusField } from './field-ids'

export interface SummaryEntry {
  path: string
  /** One short line: the full text is under the field the link moves to. */
  message: string
}

/** GOV.UK error summary: takes focus, one link per error that moves focus to its field. */
export function ErrorSummary({
  title,
  entries,
  footer,
  focusKey,
}: {
  title: string
  entries: SummaryEntry[]
  footer?: string
  /** Changes on every submit, so focus moves to the summary each time. */
  focusKey: number
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
      aria-labelledby="error-summary-title"
    >
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {entries.map((e) => (
          <li key={`${e.path}|${e.message}`}>
            <a
              href={`#${fieldId(e.path)}`}
              onClick={(event) => {
                event.preventDefault()
                focusField(e.path)
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
      {footer ? <p className="error-summary__footer">{footer}</p> : null}
    </div>
  )
}
