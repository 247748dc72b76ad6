import type { PreflightChangeKind, ReadPreflight } from '../../discovery/preflight'
import { comparePreflight } from '../../discovery/preflight'
import type { StoredPreflight, StoredPreflightResult } from '../../rules/preflight'
import { importedWhen, PREFLIGHT_TEXT, preflightStatusOf } from '../../rules/preflight'
import { STATUS_TEXT } from './preflight-section'

const KIND_TEXT: Record<PreflightChangeKind, string> = {
  new: 'New',
  changed: 'Changed',
  resolved: 'Resolved',
  same: 'No change',
  gone: 'Not in the file',
}

function Result({ result }: { result: StoredPreflightResult | undefined }) {
  if (!result) return <>None</>
  return (
    <>
      <strong>{STATUS_TEXT[result.status]}</strong>
      {result.detail ? `: ${result.detail}` : ''}
      {result.count !== undefined ? ` (${result.count} found)` : ''}
    </>
  )
}

/**
 * What keeping these pre-flight results would change in the plan, result by
 * result: new, changed, resolved (now passed), the same, or no longer in the
 * file. The new results replace the plan's as a whole, or nothing changes.
 */
export function PreflightResults({
  read,
  stored,
  ignored,
  onKeep,
  onLeave,
}: {
  read: ReadPreflight
  stored: StoredPreflight | undefined
  ignored: readonly string[]
  onKeep: () => void
  onLeave: () => void
}) {
  const changes = comparePreflight(stored, read)
  const before = preflightStatusOf(stored)
  const after = preflightStatusOf({ importedAt: '', results: read.results })
  const changing = changes.filter((c) => c.kind !== 'same').length
  return (
    <div className="change-review">
      <p>
        {stored
          ? `The plan holds pre-flight results imported ${importedWhen(stored.importedAt)}. Keeping these replaces them as a whole: ${changing} result${changing === 1 ? '' : 's'} would change.`
          : `The plan holds no pre-flight results yet. Keeping these adds ${read.results.length} result${read.results.length === 1 ? '' : 's'}; each becomes a finding on the review and the checklist.`}{' '}
        Nothing changes until you choose.
      </p>
      <table className="table change-review__table">
        <caption className="change-review__caption">Pre-flight results</caption>
        <thead>
          <tr>
            <th scope="col">Change</th>
            <th scope="col">Check</th>
            <th scope="col">In the plan now</th>
            <th scope="col">From the file</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr
              key={c.id}
              className={c.kind === 'changed' ? 'change-review__row--different' : undefined}
            >
              <td>
                <span className={`tag${c.kind === 'same' ? ' tag--muted' : ''}`}>
                  {KIND_TEXT[c.kind]}
                </span>
              </td>
              <th scope="row" data-label="Check">
                {c.id}: {PREFLIGHT_TEXT[c.id].title}
              </th>
              <td data-label="In the plan now">
                <Result result={before.get(c.id)} />
              </td>
              <td data-label="From the file">
                <Result result={after.get(c.id)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ignored.length > 0 ? (
        <p>Results the planner does not know, left out: {ignored.join(', ')}.</p>
      ) : null}
      <div className="button-group">
        <button type="button" className="button" onClick={onKeep}>
          Keep these results in the plan
        </button>
        <button type="button" className="button button--secondary" onClick={onLeave}>
          Leave the plan as it is
        </button>
      </div>
    </div>
  )
}
