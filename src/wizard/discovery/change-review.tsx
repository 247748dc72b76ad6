import { useId, useState } from 'react'
import type { ChangeRow } from '../../discovery/changes'
import { INFERRED_NOTE } from '../../discovery/proposal'
import { showValue } from './show-value'

const KIND_TEXT = { new: 'New', different: 'Different', same: 'No change' } as const

/**
 * What an import would change, answer by answer, with a tick per answer. New
 * answers start ticked; an answer that differs from what is typed starts
 * unticked, so a typed value changes only when the administrator says so.
 */
export function ChangeReview({
  rows,
  caption,
  onApply,
  onCancel,
}: {
  rows: readonly ChangeRow[]
  caption: string
  onApply: (accepted: string[]) => void
  onCancel: () => void
}) {
  const id = useId()
  const changes = rows.filter((r) => r.kind !== 'same')
  const [ticked, setTicked] = useState<Set<string>>(
    () => new Set(changes.filter((r) => r.kind === 'new').map((r) => r.path)),
  )
  const differing = changes.filter((r) => r.kind === 'different').length
  const toggle = (path: string, on: boolean) =>
    setTicked((prev) => {
      const next = new Set(prev)
      if (on) next.add(path)
      else next.delete(path)
      return next
    })

  if (changes.length === 0) {
    return (
      <div className="inset">
        <p>The plan already holds every answer this file gives: nothing would change.</p>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Close
        </button>
      </div>
    )
  }
  return (
    <div className="change-review">
      <p>
        {changes.length} answer{changes.length === 1 ? '' : 's'} would change the plan
        {differing > 0
          ? `; ${differing} differ${differing === 1 ? 's' : ''} from what is in the plan now and ${differing === 1 ? 'is' : 'are'} not ticked: tick ${differing === 1 ? 'it' : 'them'} to replace what is there`
          : ''}
        . Nothing changes until you accept.
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={() => onApply(changes.map((r) => r.path))}
        >
          Accept all changes
        </button>
      </div>
      <table className="table change-review__table">
        <caption className="change-review__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Accept</th>
            <th scope="col">Answer</th>
            <th scope="col">In the plan now</th>
            <th scope="col">From the file</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const inputId = `${id}-row-${i}`
            return (
              <tr key={row.path} className={`change-review__row--${row.kind}`}>
                <td>
                  {row.kind === 'same' ? (
                    <span className="tag tag--muted">{KIND_TEXT.same}</span>
                  ) : (
                    <div className="choice">
                      <input
                        id={inputId}
                        className="choice__input"
                        type="checkbox"
                        checked={ticked.has(row.path)}
                        onChange={(e) => toggle(row.path, e.target.checked)}
                      />
                      <label className="choice__label" htmlFor={inputId}>
                        <span className="visually-hidden">Accept {row.label}: </span>
                        {KIND_TEXT[row.kind]}
                      </label>
                    </div>
                  )}
                </td>
                <th scope="row" data-label="Answer">
                  {row.label}
                  {row.inferred ? <span className="tag tag--warning">{INFERRED_NOTE}</span> : null}
                </th>
                <td data-label="In the plan now">{showValue(row.path, row.current)}</td>
                <td data-label="From the file">{showValue(row.path, row.proposed)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onApply(changes.filter((r) => ticked.has(r.path)).map((r) => r.path))}
        >
          Accept the ticked changes ({changes.filter((r) => ticked.has(r.path)).length})
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Accept none
        </button>
      </div>
    </div>
  )
}
