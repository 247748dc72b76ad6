import { Link, useParams, useSearch } from '@tanstack/react-router'
import type { Plan } from '../plan/plan'
import { useCurrentPlan } from '../store/plan-context'
import { useDocumentTitle } from '../ui/document-title'
import type { StepId } from '../ui/step-registry'
import { stepById } from '../ui/step-registry'
import { StepPage } from './step-page'
import { forestStep } from './steps/active-directory-step'
import { groupChatStep } from './steps/group-chat-step'
import { poolsStep } from './steps/pools-step'
import { sourceStep } from './steps/source-step'
import { sqlStep } from './steps/sql-step'

function StepForm({ id, plan, returnTo }: { id: StepId; plan: Plan; returnTo?: 'review' }) {
  // One case per step, so each page is typed by its own step's schema.
  switch (id) {
    case 'source':
      return <StepPage module={sourceStep} plan={plan} returnTo={returnTo} />
    case 'active-directory':
      return <StepPage module={forestStep} plan={plan} returnTo={returnTo} />
    case 'sql':
      return <StepPage module={sqlStep} plan={plan} returnTo={returnTo} />
    case 'pools':
      return <StepPage module={poolsStep} plan={plan} returnTo={returnTo} />
    case 'group-chat':
      return <StepPage module={groupChatStep} plan={plan} returnTo={returnTo} />
  }
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
    <StepForm
      key={`${plan.id}/${step.id}`}
      id={step.id as StepId}
      plan={plan}
      returnTo={search.return}
    />
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
