import { Link } from '@tanstack/react-router'
import { useEffect, useRef, useState } from 'react'
import type { ChangeRow } from '../../discovery/changes'
import { proposeChanges } from '../../discovery/changes'
import type { DiscoveryFile } from '../../discovery/discovery-file'
import type { DiscoveryProblem } from '../../discovery/problems'
import type { ProposedAnswer } from '../../discovery/proposal'
import { useCurrentPlan } from '../../store/plan-context'
import { readDraft } from '../../store/drafts'
import { useDocumentTitle } from '../../ui/document-title'
import { useFileDrop } from '../../ui/use-file-drop'
import type { ImportOutcome } from './apply-import'
import { currentTree } from './apply-import'
import { ChangeReview } from './change-review'
import { GroupChatCandidates } from './group-chat-candidates'
import { PreflightResults } from './preflight-results'
import { readDiscovery } from './read-discovery'
import { ScriptPanel } from './script-panel'
import { ocsScript, preflightScript } from './scripts'
import { saveImport } from './save-import'
import { savePreflight } from './save-preflight'
import './discovery.css'

type Read = Extract<DiscoveryFile, { ok: true }>
type State =
  | { step: 'choose' }
  | { step: 'reading'; name: string }
  | { step: 'problem'; name: string; problem: DiscoveryProblem }
  | { step: 'review'; name: string; read: Read; rows: ChangeRow[] }
  | { step: 'done'; outcome: ImportOutcome; count: number }
  | { step: 'preflight-done'; kept: boolean }
  | { step: 'not-saved'; message: string }

const FORMAT_NAMES = {
  published: 'a published topology (Get-CsTopology -AsXml)',
  tbxml: 'a Topology Builder document (.tbxml)',
}

/** Import a deployment's own data: read, show what would change, apply what is accepted. */
export function ImportPage() {
  const plan = useCurrentPlan()
  const [state, setState] = useState<State>({ step: 'choose' })
  const [status, setStatus] = useState('')
  const [candidate, setCandidate] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)
  useDocumentTitle('Import from your deployment', state.step === 'problem')

  useEffect(() => {
    if (state.step !== 'choose' && state.step !== 'reading') heading.current?.focus()
  }, [state.step])

  const read = async (file: File | undefined) => {
    if (!file) return
    setState({ step: 'reading', name: file.name })
    setStatus(`Reading ${file.name}…`)
    setCandidate('')
    const result = await readDiscovery(file)
    if (!result.ok) {
      setState({ step: 'problem', name: file.name, problem: result.problem })
      setStatus(`${file.name} was not imported: ${result.problem.message}`)
      return
    }
    const proposed: ProposedAnswer[] =
      result.kind === 'topology'
        ? result.topology.answers
        : result.kind === 'ocs-discovery'
          ? result.ocs.answers
          : []
    const rows = proposeChanges(
      currentTree(plan, (id) => readDraft(plan.id, id)),
      proposed,
    )
    setState({ step: 'review', name: file.name, read: result, rows })
    const changing = rows.filter((r) => r.kind !== 'same').length
    setStatus(
      result.kind === 'preflight'
        ? `${file.name} read: ${result.preflight.results.length} pre-flight results. Nothing has changed yet.`
        : `${file.name} read: ${changing} answer${changing === 1 ? '' : 's'} would change the plan. Nothing has changed yet.`,
    )
  }

  // Dropping a file is a shortcut for the mouse; the file input is the way for everyone.
  const { zoneRef, dragging, onInputChange } = useFileDrop((file) => void read(file))

  const apply = (rows: ChangeRow[], accepted: string[]) => {
    const result = saveImport(plan, rows, accepted, candidate)
    if (!result.ok) {
      setState({ step: 'not-saved', message: result.message })
      setStatus(result.message)
      return
    }
    setState({ step: 'done', outcome: result.outcome, count: result.count })
    setStatus(
      result.count === 0
        ? 'Nothing was changed in the plan.'
        : `${result.count} answer${result.count === 1 ? '' : 's'} imported into the plan.`,
    )
  }

  const keepPreflight = (read: Read) => {
    if (read.kind !== 'preflight') return
    const saved = savePreflight(plan, read.preflight)
    if (!saved.ok) {
      setState({ step: 'not-saved', message: saved.message })
      setStatus(saved.message)
      return
    }
    setState({ step: 'preflight-done', kept: true })
    setStatus('The pre-flight results are kept in the plan.')
  }

  const review = state.step === 'review' ? state : undefined
  return (
    <>
      <h1 className="page-title" tabIndex={-1}>
        Import from your deployment
      </h1>
      <p className="lead">
        Fill the plan from the deployment&apos;s own files. The file is read in this browser and is
        not kept: only the answers you accept go into the plan.
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {status}
      </div>

      <section aria-labelledby="import-choose-title">
        <h2 id="import-choose-title">Choose a file</h2>
        <ul className="bullets">
          <li>
            Lync Server 2010: the published topology, from{' '}
            <code>Get-CsTopology -AsXml | Out-File topology.xml</code> in the Lync Server Management
            Shell, or a Topology Builder document (.tbxml).
          </li>
          <li>
            Office Communications Server 2007 R2 has no topology document: run the OCS discovery
            script below and import the ocs-discovery.json it writes.
          </li>
          <li>The preflight.json that the pre-flight script below writes.</li>
        </ul>
        <div ref={zoneRef} className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}>
          <label className="field__label" htmlFor="discovery-file">
            Choose a topology document or a script&apos;s JSON file, or drop it here
          </label>
          <input
            id="discovery-file"
            className="file-input"
            type="file"
            accept=".xml,.tbxml,.json,application/xml,text/xml,application/json"
            onChange={onInputChange}
          />
        </div>
        {state.step === 'reading' ? <p>Reading {state.name}…</p> : null}
      </section>

      {state.step === 'problem' ? (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title" tabIndex={-1} ref={heading}>
            {state.name} was not imported
          </h2>
          <p>{state.problem.message}</p>
          <p>Nothing in the plan was changed.</p>
        </div>
      ) : null}

      {state.step === 'not-saved' ? (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title" tabIndex={-1} ref={heading}>
            The imported answers were not saved
          </h2>
          <p>{state.message}</p>
        </div>
      ) : null}

      {review ? (
        <section aria-labelledby="import-found-title">
          <h2 id="import-found-title" tabIndex={-1} ref={heading}>
            What {review.name} holds
          </h2>
          {review.read.kind === 'preflight' ? (
            <PreflightResults
              read={review.read.preflight}
              stored={plan.preflight}
              ignored={review.read.ignored}
              onKeep={() => keepPreflight(review.read)}
              onLeave={() => setState({ step: 'preflight-done', kept: false })}
            />
          ) : (
            <>
              <ul className="bullets">
                {review.read.kind === 'topology' ? (
                  <li>It is {FORMAT_NAMES[review.read.topology.format]}.</li>
                ) : (
                  <li>It is the OCS 2007 R2 discovery result.</li>
                )}
                {(review.read.kind === 'topology'
                  ? review.read.topology.summary
                  : review.read.ocs.summary
                ).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {review.read.kind === 'topology' && review.read.topology.unknownRoles.length > 0 ? (
                <p>
                  Roles the planner does not use, left out:{' '}
                  {review.read.topology.unknownRoles.join(', ')}.
                </p>
              ) : null}
              {review.read.kind === 'ocs-discovery' && review.read.ocs.scriptProblems.length > 0 ? (
                <div className="warning-text">
                  <p>What the script could not read:</p>
                  <ul className="bullets">
                    {review.read.ocs.scriptProblems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <p>
                Not in a topology document, so still to answer in the wizard: the forests, the SQL
                Server versions, editions and bitness, the target topology, the migration method,
                and the Group Chat database.
              </p>
              {review.read.kind === 'topology' &&
              review.read.topology.groupChatCandidates.length > 0 ? (
                <GroupChatCandidates
                  candidates={review.read.topology.groupChatCandidates}
                  value={candidate}
                  onChange={setCandidate}
                />
              ) : null}
              <ChangeReview
                rows={review.rows}
                caption={`Answers from ${review.name}`}
                onApply={(accepted) => apply(review.rows, accepted)}
                onCancel={() => apply(review.rows, [])}
              />
            </>
          )}
        </section>
      ) : null}

      {state.step === 'preflight-done' ? (
        <section aria-labelledby="import-done-title" className="panel">
          <h2 id="import-done-title" tabIndex={-1} ref={heading}>
            {state.kept ? 'Pre-flight results kept in the plan' : 'Nothing was changed'}
          </h2>
          {state.kept ? (
            <p>
              Each result is a finding with its PRE-FLIGHT ID on the review; failed and unchecked
              ones are also at the top of the checklist.
            </p>
          ) : null}
          <div className="button-group">
            <Link className="button" to="/plan/$planId/review" params={{ planId: plan.id }}>
              Go to the review
            </Link>
            <Link
              className="button button--secondary"
              to="/plan/$planId/checklist"
              params={{ planId: plan.id }}
            >
              Open the checklist
            </Link>
          </div>
        </section>
      ) : null}

      {state.step === 'done' ? (
        <Done outcome={state.outcome} count={state.count} ref={heading} />
      ) : null}

      <section aria-labelledby="import-scripts-title">
        <h2 id="import-scripts-title">Scripts that read your deployment</h2>
        <p>
          Each script only reads, and writes one file for you to import here. Both are written with
          a byte-order mark, so Windows PowerShell 5.1 reads them as they are.
        </p>
        <ScriptPanel script={ocsScript(plan.answers)} announce={setStatus} />
        <ScriptPanel script={preflightScript(plan.answers)} announce={setStatus} />
      </section>
      <p>
        <Link to="/plan/$planId" params={{ planId: plan.id }}>
          Back to the plan overview
        </Link>
      </p>
    </>
  )
}

function Done({
  outcome,
  count,
  ref,
}: {
  outcome: ImportOutcome
  count: number
  ref: React.Ref<HTMLHeadingElement>
}) {
  const plan = useCurrentPlan()
  const next = outcome.steps.find((s) => !s.complete) ?? outcome.steps[0]
  return (
    <section aria-labelledby="import-done-title" className="panel">
      <h2 id="import-done-title" tabIndex={-1} ref={ref}>
        {count === 0 ? 'Nothing was changed' : `${count} answer${count === 1 ? '' : 's'} imported`}
      </h2>
      {outcome.steps.length > 0 ? (
        <ul className="bullets">
          {outcome.steps.map((s) => (
            <li key={s.stepId}>
              {s.title}:{' '}
              {s.complete
                ? 'saved (every answer of the step is there).'
                : 'kept as a draft of the step: open it to answer the rest and continue.'}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="button-group">
        {next ? (
          <Link
            className="button"
            to="/plan/$planId/step/$stepId"
            params={{ planId: plan.id, stepId: next.stepId }}
          >
            Continue with {next.title}
          </Link>
        ) : null}
        <Link className="button button--secondary" to="/plan/$planId" params={{ planId: plan.id }}>
          Go to the plan overview
        </Link>
      </div>
    </section>
  )
}
