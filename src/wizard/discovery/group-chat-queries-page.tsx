import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { COMPANION_QUERIES, SCHEMA_NOTE } from '../../discovery/group-chat-sql'
import { readDraft } from '../../store/drafts'
import { useCurrentPlan } from '../../store/plan-context'
import { useDocumentTitle } from '../../ui/document-title'
import { CompanionResult } from './companion-result'
import { ScriptPanel } from './script-panel'
import { companionScript, inventoryScripts } from './scripts'
import './discovery.css'

const text = (v: unknown) => (typeof v === 'string' ? v : '')

/** The Group Chat database's read-only queries, with the plan's names filled in. */
export function GroupChatQueriesPage() {
  const plan = useCurrentPlan()
  useDocumentTitle('Group Chat database queries')
  // What the Group Chat step shows: its draft, else its saved answers.
  const [initial] = useState(() => {
    const draft = readDraft(plan.id, 'group-chat')
    const from = (typeof draft === 'object' && draft !== null ? draft : plan.answers.groupChat) as
      Record<string, unknown> | undefined
    return { sqlInstance: text(from?.sqlInstance), database: text(from?.database) }
  })
  const [sqlInstance, setSqlInstance] = useState(initial.sqlInstance)
  const [database, setDatabase] = useState(initial.database)
  const [status, setStatus] = useState('')
  const inventory = inventoryScripts(sqlInstance, database)

  return (
    <>
      <h1 className="page-title" tabIndex={-1}>
        Group Chat database queries
      </h1>
      <p className="lead">
        Read-only queries that answer the Group Chat questions from the Group Chat database, and
        write the room inventory in the planner&apos;s format.
      </p>
      <p className="warning-text">{SCHEMA_NOTE}</p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
      <section aria-labelledby="gcq-names-title">
        <h2 id="gcq-names-title">The database to read</h2>
        <p>
          Filled in from the Group Chat step. Changing them here changes only the scripts on this
          page; the plan keeps what the Group Chat step says.
        </p>
        <div className="field">
          <label className="field__label" htmlFor="gcq-instance">
            Group Chat SQL Server instance
          </label>
          <input
            id="gcq-instance"
            className="input input--long"
            type="text"
            autoComplete="off"
            value={sqlInstance}
            onChange={(e) => setSqlInstance(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="gcq-database">
            Group Chat database name
          </label>
          <input
            id="gcq-database"
            className="input input--medium"
            type="text"
            autoComplete="off"
            value={database}
            onChange={(e) => setDatabase(e.target.value)}
          />
        </div>
      </section>
      {typeof inventory === 'string' ? (
        <p className="inset">{inventory}</p>
      ) : (
        <>
          <section aria-labelledby="gcq-inventory-title">
            <h2 id="gcq-inventory-title">Room inventory</h2>
            <p>
              Import the CSV it writes in the Group Chat step, under the room inventory: the planner
              then checks every room name.
            </p>
            {inventory.map((s) => (
              <ScriptPanel key={s.fileName} script={s} announce={setStatus} />
            ))}
          </section>
          <section aria-labelledby="gcq-companion-title">
            <h2 id="gcq-companion-title">Queries for the other Group Chat questions</h2>
            {COMPANION_QUERIES.map((q) => {
              const script = companionScript(q, sqlInstance, database)
              return typeof script === 'string' ? null : (
                <div key={q.id} className="companion">
                  <ScriptPanel script={script} announce={setStatus} />
                  <CompanionResult query={q} announce={setStatus} />
                </div>
              )
            })}
          </section>
        </>
      )}
      <p>
        <Link to="/plan/$planId/step/$stepId" params={{ planId: plan.id, stepId: 'group-chat' }}>
          Back to the Group Chat step
        </Link>
      </p>
    </>
  )
}
