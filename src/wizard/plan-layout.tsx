import { Link, Outlet, useParams } from '@tanstack/react-router'
import { lazy, Suspense, useEffect, useState } from 'react'
import type { Plan } from '../plan/plan'
import { StepList } from './step-list'
import { useDocumentTitle } from '../ui/document-title'
import { PlanContext } from '../store/plan-context'
import { keepFindings } from '../store/known-findings'
import { usePlanFindings } from '../store/plan-findings'
import { dismissUnsavedChange, usePlan, useUnsavedChange } from '../store/plan-store'
import { setCurrentPlanId } from '../store/storage'

// A plan that cannot be read, and the download after a failed save, are rare: their code
// is loaded when needed, not with every plan page.
const ProblemView = lazy(() =>
  import('../ui/problem-view').then((m) => ({ default: m.ProblemView })),
)
const downloadPlanFile = (plan: Plan) =>
  import('../ui/download').then((m) => m.downloadPlanFile(plan))

export function PlanLayout() {
  const { planId } = useParams({ from: '/plan/$planId' })
  const loaded = usePlan(planId)
  useEffect(() => {
    if (loaded.status === 'ok') setCurrentPlanId(planId)
  }, [loaded.status, planId])

  if (loaded.status === 'missing') return <MissingPlan />
  if (loaded.status === 'loading') {
    return (
      <h1 className="page-title" tabIndex={-1}>
        Loading the plan…
      </h1>
    )
  }
  if (loaded.status === 'broken') {
    return (
      <Suspense fallback={null}>
        <ProblemView problem={loaded.problem} />
      </Suspense>
    )
  }
  // Keyed by plan: a page of one plan is never drawn with another plan's answers.
  return <PlanPages key={planId} plan={loaded.plan} />
}

/**
 * Every page of a plan, drawn once the plan's findings are known (the step list shows them).
 * When the plan changes under a drawn page (a save, another tab's save) and its new findings
 * are still being worked out, the page stays as it was for that moment: it is never taken
 * down, so nothing typed in it is lost.
 */
function PlanPages({ plan: latest }: { plan: Plan }) {
  const findings = usePlanFindings(latest.answers)
  const [drawn, setDrawn] = useState<Plan | null>(null)
  if (findings === 'known' && drawn !== latest) setDrawn(latest)
  const plan = findings === 'known' ? latest : drawn
  // The verdict is kept beside the stored plan once it is drawn, not while rendering.
  useEffect(() => {
    if (findings === 'known') keepFindings(latest.answers)
  }, [findings, latest])
  if (findings === 'failed' && !plan) return <RulesNotLoaded />
  if (!plan) {
    return (
      <h1 className="page-title" tabIndex={-1}>
        Loading the plan…
      </h1>
    )
  }
  return (
    <PlanContext.Provider value={plan}>
      <UnsavedChange />
      {findings === 'failed' ? <ChangedNotChecked /> : null}
      <p className="plan-name no-print">
        Plan: <strong>{plan.name}</strong>
      </p>
      <div className="plan-layout">
        <StepList plan={plan} />
        <div className="plan-layout__content">
          <Outlet />
        </div>
      </div>
    </PlanContext.Provider>
  )
}

const reloadButton = (
  <p>
    <button type="button" className="button" onClick={() => window.location.reload()}>
      Reload the page
    </button>
  </p>
)
const NOT_LOADED =
  'The planner could not load the part that checks this plan (the network may be off).'
const RELOAD = 'Check your connection, then reload the page.'

/** A drawn page stays when the plan changed elsewhere and its new findings cannot be worked out. */
function ChangedNotChecked() {
  return (
    <div className="error-summary" role="alert">
      <h2 className="error-summary__title">This plan was changed and could not be checked</h2>
      <p>
        {NOT_LOADED} This page shows the plan as it was; what you type is kept as a draft. {RELOAD}
      </p>
      {reloadButton}
    </div>
  )
}

function RulesNotLoaded() {
  useDocumentTitle('The plan could not be checked', true)
  return (
    <>
      <h1 className="page-title" tabIndex={-1}>
        The plan could not be checked
      </h1>
      <p>
        {NOT_LOADED} Your plan is saved in this browser. {RELOAD}
      </p>
      {reloadButton}
    </>
  )
}

function MissingPlan() {
  useDocumentTitle('Plan not found', true)
  return (
    <>
      <h1 className="page-title" tabIndex={-1}>
        Plan not found
      </h1>
      <p>
        There is no plan with this address in this browser. It may have been deleted, or saved in
        another browser.
      </p>
      <p>If a colleague sent it, ask for the share link or the plan file.</p>
      <p>
        <Link to="/">Go to your plans</Link>
      </p>
    </>
  )
}

function UnsavedChange() {
  const unsaved = useUnsavedChange()
  if (!unsaved) return null
  return (
    <div className="error-summary" role="alert">
      <h2 className="error-summary__title">Your last change was not saved</h2>
      <p>{unsaved.message}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void downloadPlanFile(unsaved.plan)}
        >
          Download the plan file with this change
        </button>
        <button type="button" className="button button--secondary" onClick={dismissUnsavedChange}>
          Dismiss
        </button>
      </div>
    </div>
  )
}
