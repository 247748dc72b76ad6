import { useId, useState } from 'react'
import type { ChangeRow } from '../../discovery/changes'
import { proposeChanges } from '../../discovery/changes'
import type { CompanionImport } from '../../discovery/companion'
import { readCompanionCsv } from '../../discovery/companion'
import type { CompanionQuery } from '../../discovery/group-chat-sql'
import { useCurrentPlan } from '../../store/plan-context'
import { readDraft } from '../../store/drafts'
import { currentTree } from './apply-import'
import { ChangeReview } from './change-review'
import { saveImport } from './save-import'

/** Most rows of a result shown on the page; the answers count them all. */
const SHOWN_ROWS = 20
/** A pasted or chosen result larger than this is not a summary query's result. */
const MAX_RESULT_BYTES = 16 * 1024 * 1024

/** Paste or choose a companion query's result; its answers go to the Group Chat step once accepted. */
export function CompanionResult({
  query,
  announce,
}: {
  query: CompanionQuery
  announce: (message: string) => void
}) {
  const plan = useCurrentPlan()
  const id = useId()
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [read, setRead] = useState<{ result: CompanionImport; rows: ChangeRow[] } | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const readText = (value: string) => {
    setDone(null)
    const result = readCompanionCsv(query.id, value)
    if (!result.ok) {
      setRead(null)
      setProblem(result.problem.message)
      announce(`${query.title}: not read. ${result.problem.message}`)
      return
    }
    setProblem(null)
    const rows = proposeChanges(
      currentTree(plan, (step) => readDraft(plan.id, step)),
      result.answers,
    )
    setRead({ result, rows })
    announce(
      `${query.title}: ${result.rows.length} row${result.rows.length === 1 ? '' : 's'} read${
        rows.some((r) => r.kind !== 'same') ? '; answers to accept below' : ''
      }.`,
    )
  }

  const apply = (rows: ChangeRow[], accepted: string[]) => {
    const saved = saveImport(plan, rows, accepted, '')
    setRead(null)
    const message = saved.ok
      ? saved.count === 0
        ? 'Nothing was changed in the plan.'
        : `${saved.count} answer${saved.count === 1 ? '' : 's'} put into the Group Chat step.`
      : saved.message
    setDone(message)
    announce(`${query.title}: ${message}`)
  }

  const columns = read?.result.rows[0] ? Object.keys(read.result.rows[0]) : []
  return (
    <div className="companion-result">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-text`}>
          Paste the result of “{query.title}” (CSV, with its header row)
        </label>
        <textarea
          id={`${id}-text`}
          className="textarea"
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => readText(text)}>
          Read the pasted result<span className="visually-hidden"> of {query.title}</span>
        </button>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-file`}>
          Or choose {query.fileName}
        </label>
        <input
          id={`${id}-file`}
          className="file-input"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (!file) return
            if (file.size > MAX_RESULT_BYTES) {
              setProblem(
                `${file.name} is larger than any result of this query. Choose ${query.fileName}.`,
              )
              return
            }
            void file.text().then(readText, () => setProblem(`${file.name} could not be read.`))
          }}
        />
      </div>
      {problem ? (
        <p className="field__error" role="alert">
          <span className="visually-hidden">Error:</span> {problem}
        </p>
      ) : null}
      {read ? (
        <>
          {read.result.rows.length > 0 ? (
            <table className="table">
              <caption className="change-review__caption">
                {read.result.rows.length} row{read.result.rows.length === 1 ? '' : 's'}
                {read.result.rows.length > SHOWN_ROWS ? ` (the first ${SHOWN_ROWS} shown)` : ''}
                {read.result.cut > 0 ? `; ${read.result.cut} more left out` : ''}
              </caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th scope="col" key={c}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {read.result.rows.slice(0, SHOWN_ROWS).map((row, i) => (
                  // Rows have no identity of their own; their order is the query's.
                  <tr key={i}>
                    {columns.map((c) => (
                      <td key={c} data-label={c}>
                        {row[c]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>The query returned no rows.</p>
          )}
          {read.rows.length > 0 ? (
            <ChangeReview
              rows={read.rows}
              caption={`Group Chat answers from “${query.title}”`}
              onApply={(accepted) => apply(read.rows, accepted)}
              onCancel={() => apply(read.rows, [])}
            />
          ) : (
            <p>No answer follows from this result alone: use it to decide.</p>
          )}
        </>
      ) : null}
      {done ? <p className="inset">{done}</p> : null}
    </div>
  )
}
