import { Link, useNavigate } from '@tanstack/react-router'
import { useState, useSyncExternalStore } from 'react'
import { newPlan } from '../plan/new-plan'
import { useDocumentTitle } from '../ui/document-title'
import { OpenPlanFile } from './open-plan-file'
import { validatePlanName } from './plan-name'
import { SavedPlans } from './saved-plans'
import { savePlan } from '../store/plan-store'
import { newPlanId, setCurrentPlanId, storageVersion, subscribe } from '../store/storage'

export function StartPage() {
  const navigate = useNavigate()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  useSyncExternalStore(subscribe, storageVersion)
  useDocumentTitle('Plan your move to Lync Server 2013', Boolean(error))

  const create = (event: React.FormEvent) => {
    event.preventDefault()
    const problem = validatePlanName(name)
    setError(problem)
    if (problem) {
      setTimeout(() => document.getElementById('new-plan-error-summary')?.focus(), 0)
      return
    }
    const plan = newPlan(newPlanId(), name.trim(), new Date())
    // Saved as a typed plan, with its check mark: its step reads it without a check.
    const saved = savePlan(plan)
    if (!saved.ok) {
      setError(saved.message)
      return
    }
    setCurrentPlanId(plan.id)
    void navigate({
      to: '/plan/$planId/step/$stepId',
      params: { planId: plan.id, stepId: 'source' },
    })
  }

  return (
    <>
      {error ? (
        <div className="error-summary" role="alert" tabIndex={-1} id="new-plan-error-summary">
          <h2 className="error-summary__title">There is a problem</h2>
          <ul className="error-summary__list">
            <li>
              <a href="#plan-name">{error}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <h1 className="page-title" tabIndex={-1}>
        Plan your move to Lync Server 2013
      </h1>
      <p className="lead">
        Answer a few questions about your Lync Server 2010 or Office Communications Server 2007 R2
        deployment, including Group Chat, and get a checklist made for it: prerequisites, preparing
        the Group Chat data, export and import, copying chat room files, porting the Lookup Server
        URI, and decommissioning.
      </p>
      <div className="two-columns">
        <div>
          <h2>What the planner does</h2>
          <ul className="bullets">
            <li>
              Checks every answer against Microsoft&apos;s migration rules, and cites the source.
            </li>
            <li>Builds a printable checklist with the PowerShell for your servers.</li>
            <li>Keeps your plans in this browser, and shares them as a link or a file.</li>
          </ul>
        </div>
        <div>
          <h2>What it does not do</h2>
          <ul className="bullets">
            <li>It does not connect to your servers or change anything.</li>
            <li>
              It details the Group Chat migration step by step; the other server migration phases
              are listed, not detailed.
            </li>
            <li>It sends nothing over the network.</li>
          </ul>
        </div>
      </div>

      <section aria-labelledby="gather-title" className="gather">
        <h2 id="gather-title">What to gather before you start</h2>
        <p>You can stop at any point: the plan is kept in this browser as you type.</p>
        <ul className="bullets">
          <li>
            The FQDN of each legacy pool, its edition and its back-end SQL Server instance; the
            FQDNs planned for the Lync Server 2013 pools and the Persistent Chat pool.
          </li>
          <li>The Active Directory forests and the SIP domains.</li>
          <li>
            Each SQL Server instance: server FQDN, instance name, version (for example SQL Server
            2008 R2 or 2012), edition and whether it is 32-bit or 64-bit.
          </li>
          <li>
            If Group Chat is deployed: the Group Chat pool FQDN, the SQL Server instance and
            database that hold Group Chat, the file store path if files were uploaded in rooms, and
            the Lookup Server URI (by default <code>sip:ocschat@</code> followed by your SIP
            domain), including any value that Group Policy sets on clients.
          </li>
          <li>
            Optionally, a room export: a CSV file of the Group Chat rooms with their category path,
            name, invitations setting, whether they are disabled and how many federated members they
            have (the Group Chat step shows the format and a sample).
          </li>
        </ul>
      </section>

      <h2>Start a new plan</h2>
      <form className="inline-form" noValidate onSubmit={create}>
        <div className={`field${error ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor="plan-name">
            Name of the plan
          </label>
          <p className="field__hint" id="plan-name-hint">
            Only you and the people you share it with will see it.
          </p>
          {error ? (
            <p className="field__error" id="plan-name-error">
              <span className="visually-hidden">Error:</span> {error}
            </p>
          ) : null}
          <input
            className="input input--long"
            id="plan-name"
            name="plan-name"
            type="text"
            autoComplete="off"
            value={name}
            aria-invalid={Boolean(error) || undefined}
            aria-describedby={error ? 'plan-name-hint plan-name-error' : 'plan-name-hint'}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--start">
          Start a new plan
        </button>
      </form>

      <p>
        <Link to="/import">Start from your deployment&apos;s own data (import the topology)</Link>
      </p>
      <SavedPlans />
      <OpenPlanFile />
      <p>
        <Link to="/rules">See every rule the planner checks</Link>
      </p>
    </>
  )
}
