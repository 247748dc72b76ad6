import { Link, useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import { newPlan } from '../../plan/new-plan'
import { MAX_PLAN_NAME_LENGTH } from '../../plan/version'
import { newPlanId, savePlanRaw, setCurrentPlanId } from '../../store/storage'
import { useDocumentTitle } from '../../ui/document-title'

/** A new plan that starts from the deployment's own data: name it, then import. */
export function StartImportPage() {
  const navigate = useNavigate()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  useDocumentTitle('Start from your deployment’s own data', Boolean(error))

  const create = (event: React.FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    const problem =
      trimmed === ''
        ? 'Enter a name for the plan, like "Contoso Lync 2010 to 2013"'
        : trimmed.length > MAX_PLAN_NAME_LENGTH
          ? `The plan name must be ${MAX_PLAN_NAME_LENGTH} characters or fewer (it has ${trimmed.length})`
          : null
    setError(problem)
    if (problem) {
      setTimeout(() => document.getElementById('import-plan-error-summary')?.focus(), 0)
      return
    }
    const plan = newPlan(newPlanId(), trimmed, new Date())
    const saved = savePlanRaw(plan)
    if (!saved.ok) {
      setError(saved.message)
      return
    }
    setCurrentPlanId(plan.id)
    void navigate({ to: '/plan/$planId/import', params: { planId: plan.id } })
  }

  return (
    <>
      {error ? (
        <div className="error-summary" role="alert" tabIndex={-1} id="import-plan-error-summary">
          <h2 className="error-summary__title">There is a problem</h2>
          <ul className="error-summary__list">
            <li>
              <a href="#import-plan-name">{error}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <h1 className="page-title" tabIndex={-1}>
        Start from your deployment&apos;s own data
      </h1>
      <p className="lead">
        Name the plan, then import the Lync Server 2010 topology (or the OCS 2007 R2 discovery
        result). The planner shows what it found and fills only the answers you accept; the file is
        not kept.
      </p>
      <form className="inline-form" noValidate onSubmit={create}>
        <div className={`field${error ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor="import-plan-name">
            Name of the plan
          </label>
          {error ? (
            <p className="field__error" id="import-plan-name-error">
              <span className="visually-hidden">Error:</span> {error}
            </p>
          ) : null}
          <input
            className="input input--long"
            id="import-plan-name"
            type="text"
            autoComplete="off"
            value={name}
            aria-invalid={Boolean(error) || undefined}
            aria-describedby={error ? 'import-plan-name-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--start">
          Create the plan and import
        </button>
      </form>
      <p>
        <Link to="/">Back to the start page</Link>
      </p>
    </>
  )
}
