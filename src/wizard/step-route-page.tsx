import { Suspense, use } from 'react'
import { Link, useParams, useSearch } from '@tanstack/react-router'
import type { Plan } from '../plan/plan'
import { useCurrentPlan } from '../store/plan-context'
import { useDocumentTitle } from '../ui/document-title'
import type { StepId } from '../ui/step-registry'
import { stepById } from '../ui/step-registry'
import { BackLink, StepPage } from './step-page'
import { STEP_MODULES } from './step-modules'

function StepForm({ id, plan, returnTo }: { id: StepId; plan: Plan; returnTo?: 'review' }) {
  // One case per step, so each page is typed by its own step's schema; each step's
  // module is its own chunk, loaded for the step shown (src/wizard/step-modules.ts).
  switch (id) {
    case 'source': {
      const m = use(STEP_MODULES.source())
      return m ? <StepPage module={m.sourceStep} plan={plan} returnTo={returnTo} /> : <NotLoaded />
    }
    case 'active-directory': {
      const m = use(STEP_MODULES['active-directory']())
      return m ? <StepPage module={m.forestStep} plan={plan} returnTo={returnTo} /> : <NotLoaded />
    }
    case 'sql': {
      const m = use(STEP_MODULES.sql())
      return m ? <StepPage module={m.sqlStep} plan={plan} returnTo={returnTo} /> : <NotLoaded />
    }
    case 'pools': {
      const m = use(STEP_MODULES.pools())
      return m ? <StepPage module={m.poolsStep} plan={plan} returnTo={returnTo} /> : <NotLoaded />
    }
    case 'group-chat': {
      const m = use(STEP_MODULES['group-chat']())
      return m ? (
        <StepPage module={m.groupChatStep} plan={plan} returnTo={returnTo} />
      ) : (
        <NotLoaded />
      )
    }
  }
}

/**
 * While the step's form is on its way (a moment: the page asks for it with its own
 * code): the back link, and the room of the heading. The heading itself comes with the
 * form, so a page that shows its step's heading shows its fields too, and focus (which
 * waits for the heading) lands on the finished page.
 */
function StepLoading({ plan, title, stepId, returnTo }: StepLoadingProps) {
  useDocumentTitle(title)
  return (
    <>
      <BackLink plan={plan} stepId={stepId} returnTo={returnTo} />
      <div className="page-title" aria-hidden="true">
        {'\u00a0'}
      </div>
    </>
  )
}
interface StepLoadingProps {
  plan: Plan
  title: string
  stepId: string
  returnTo?: 'review'
}

/** The step's code could not be fetched (offline before the app was kept). */
function NotLoaded() {
  useDocumentTitle('This step could not be loaded', true)
  return (
    <>
      <h1 className="page-title" tabIndex={-1}>
        This step could not be loaded
      </h1>
      <p>Check your connection, then reload the page. Your saved answers are kept.</p>
    </>
  )
}

export function StepRoutePage() {
  const plan = useCurrentPlan()
  const { stepId } = useParams({ from: '/plan/$planId/step/$stepId' })
  const search = useSearch({ from: '/plan/$planId/step/$stepId' })
  const step = stepById(stepId)
  if (!step) return <UnknownStep planId={plan.id} />
  const skip = step.skipReason?.(plan.answers)
  if (skip) return <SkippedStep planId={plan.id} title={step.title} reason={skip} />
  // key: a new form for each step, so values never leak between steps.
  return (
    <Suspense
      key={`${plan.id}/${step.id}`}
      fallback={
        <StepLoading plan={plan} title={step.title} stepId={step.id} returnTo={search.return} />
      }
    >
      <StepForm id={step.id as StepId} plan={plan} returnTo={search.return} />
    </Suspense>
  )
}

function SkippedStep({ planId, title, reason }: { planId: string; title: string; reason: string }) {
  useDocumentTitle(title)
  return (
    <>
      <h1 className="page-title" tabIndex={-1}>
        {title}
      </h1>
      <p className="inset">This step is not needed: {reason}</p>
      <p>
        <Link to="/plan/$planId/review" params={{ planId }}>
          Check your answers
        </Link>
      </p>
    </>
  )
}

function UnknownStep({ planId }: { planId: string }) {
  useDocumentTitle('Step not found', true)
  return (
    <>
      <h1 className="page-title" tabIndex={-1}>
        Step not found
      </h1>
      <p>
        <Link to="/plan/$planId" params={{ planId }}>
          Go to the plan overview
        </Link>
      </p>
    </>
  )
}
