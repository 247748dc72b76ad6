import { Link } from '@tanstack/react-router'
import { useEffect, useRef, useState } from 'react'
import type { Plan } from '../../plan/plan'
import type { Finding } from '../../rules/finding'
import type { PreflightStatus, StoredPreflight } from '../../rules/preflight'
import {
  importedWhen,
  isPreflightId,
  PREFLIGHT_TEXT,
  preflightAnswerPath,
  preflightStatusOf,
} from '../../rules/preflight'
import { evaluate } from '../../rules/evaluate'
import { fieldId } from '../../ui/field-ids'
import { FindingNote } from '../../ui/finding-note'
import { pathInStep, stepOfPath } from '../../ui/step-registry'
import { removePreflight } from './save-preflight'

export const STATUS_TEXT: Record<PreflightStatus, string> = {
  pass: 'passed',
  fail: 'failed',
  unknown: 'not checked',
  manual: 'check by hand',
}

const cache = new WeakMap<StoredPreflight, Finding[]>()

/** The pre-flight findings of a plan, as evaluate() gives them to the checklist. */
export function preflightFindings(plan: Plan): Finding[] {
  const stored = plan.preflight
  if (!stored) return []
  let found = cache.get(stored)
  if (!found) {
    found = evaluate(plan.answers, stored).filter((f) => isPreflightId(f.ruleId))
    cache.set(stored, found)
  }
  return found
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** The review's "Pre-flight results": each stored result as a finding, when imported, and a way to remove them. */
export function PreflightSection({ plan }: { plan: Plan }) {
  const [confirming, setConfirming] = useState(false)
  const [removed, setRemoved] = useState('')
  const note = useRef<HTMLParagraphElement>(null)
  const question = useRef<HTMLParagraphElement>(null)
  const removeButton = useRef<HTMLButtonElement>(null)
  const asked = useRef(false)
  const stored = plan.preflight
  // The button that was pressed is gone: the note that says what happened takes the focus.
  useEffect(() => {
    if (removed) note.current?.focus()
  }, [removed])
  // The question takes the focus when asked; "Keep them" gives it back to the button.
  useEffect(() => {
    if (confirming) question.current?.focus()
    else if (asked.current) removeButton.current?.focus()
    asked.current = confirming
  }, [confirming])
  if (!stored) {
    return removed ? (
      <p className="inset" role="status" tabIndex={-1} ref={note}>
        {removed}
      </p>
    ) : null
  }
  const findings = preflightFindings(plan)
  const statuses = preflightStatusOf(stored)
  const count = (s: PreflightStatus) => [...statuses.values()].filter((r) => r.status === s).length
  return (
    <section aria-labelledby="preflight-title" className="findings">
      <h2 id="preflight-title">Pre-flight results</h2>
      <p>
        Imported {importedWhen(stored.importedAt)}
        {stored.computer ? ` from ${stored.computer}` : ''}: {count('pass')} passed, {count('fail')}{' '}
        failed, {count('unknown')} not checked, {count('manual')} to check by hand. They show what
        the script saw then: after a change, run it again and import its file.
      </p>
      <ul className="preflight-results">
        {findings.map((f) => {
          if (!isPreflightId(f.ruleId)) return null
          const result = statuses.get(f.ruleId)
          const answer = preflightAnswerPath(f.ruleId, plan.answers)
          const step = answer ? stepOfPath(answer) : undefined
          return (
            <li key={f.ruleId} className="preflight-results__item">
              <h3 className="preflight-results__title">
                {f.ruleId}: {PREFLIGHT_TEXT[f.ruleId].title} (
                {result ? STATUS_TEXT[result.status] : ''})
              </h3>
              <FindingNote finding={f} />
              {f.items && f.items.length > 0 ? (
                <>
                  <p>
                    {plural(f.count ?? f.items.length, 'name')}
                    {f.count !== undefined && f.count > f.items.length
                      ? ` (the first ${f.items.length} shown)`
                      : ''}
                    :
                  </p>
                  <ul className="bullets">
                    {f.items.map((item, i) => (
                      <li key={i}>{item}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {step && answer && result?.status !== 'pass' ? (
                <p className="findings__change">
                  <Link
                    to="/plan/$planId/step/$stepId"
                    params={{ planId: plan.id, stepId: step.id }}
                    search={{ return: 'review' }}
                    hash={fieldId(pathInStep(answer))}
                  >
                    Change this in {step.title}
                    <span className="visually-hidden"> ({f.ruleId})</span>
                  </Link>
                </p>
              ) : null}
            </li>
          )
        })}
      </ul>
      {confirming ? (
        <div className="inset" role="group" aria-labelledby="preflight-remove-question">
          <p id="preflight-remove-question" tabIndex={-1} ref={question}>
            Remove the pre-flight results from the plan? The findings go with them; the file you
            imported can be imported again.
          </p>
          <div className="button-group">
            <button
              type="button"
              className="button button--warning"
              onClick={() => {
                const result = removePreflight(plan)
                setConfirming(false)
                setRemoved(
                  result.ok ? 'The pre-flight results were removed from the plan.' : result.message,
                )
              }}
            >
              Remove them
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
            >
              Keep them
            </button>
          </div>
        </div>
      ) : (
        <div className="button-group">
          <Link
            className="button button--secondary"
            to="/plan/$planId/import"
            params={{ planId: plan.id }}
          >
            Import new pre-flight results
          </Link>
          <button
            type="button"
            className="button button--secondary"
            ref={removeButton}
            onClick={() => setConfirming(true)}
          >
            Remove the pre-flight results
          </button>
        </div>
      )}
    </section>
  )
}
