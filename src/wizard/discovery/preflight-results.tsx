import type { PreflightFinding } from '../../discovery/preflight'

const SEVERITY_TEXT = { blocker: 'Blocker', warning: 'Warning', info: 'Information' } as const
const SEVERITY_ORDER = { blocker: 0, warning: 1, info: 2 } as const
const STATUS_TEXT = {
  pass: 'passed',
  fail: 'failed',
  unknown: 'not checked',
  manual: 'check by hand',
}

/** Pre-flight results as findings, blockers first, each with its stable ID and source. */
export function PreflightResults({
  findings,
  ignored,
}: {
  findings: readonly PreflightFinding[]
  ignored: readonly string[]
}) {
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id.localeCompare(b.id),
  )
  return (
    <>
      <p className="warning-text">
        These results are shown here and are not yet kept in the plan: keep the preflight.json file,
        and import it again to see them.
      </p>
      <ul className="preflight-results">
        {sorted.map((f) => (
          <li key={f.id} className="preflight-results__item">
            <h3 className="preflight-results__title">
              <span className={`tag tag--${f.severity === 'info' ? 'muted' : f.severity}`}>
                {SEVERITY_TEXT[f.severity]}
              </span>{' '}
              {f.id}: {f.title} ({STATUS_TEXT[f.status]})
            </h3>
            <p>{f.message}</p>
            {f.detail ? <p>What the script reported: {f.detail}</p> : null}
            {f.items && f.items.length > 0 ? (
              <>
                <p>
                  {f.count ?? f.items.length} item{(f.count ?? f.items.length) === 1 ? '' : 's'}
                  {f.count !== undefined && f.count > f.items.length
                    ? ` (the first ${f.items.length} shown)`
                    : ''}
                  :
                </p>
                <ul className="bullets">
                  {f.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <p className="field__hint">Source: {f.sources.join(', ')}</p>
          </li>
        ))}
      </ul>
      {ignored.length > 0 ? (
        <p>Results the planner does not know, left out: {ignored.join(', ')}.</p>
      ) : null}
    </>
  )
}
