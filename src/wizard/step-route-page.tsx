import { Link, useParams, useSearch } from '@tanstack/react-router'
import { useCurrentPlan } from '../store/plan-context'
import { InventoryPanel } from './inventory-panel'
import { StepPage } from './step-page'
import { stepById } from './steps'
import { useDocumentTitle } from '../ui/document-title'

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
    <StepPage
      key={`${plan.id}/${step.id}`}
      plan={plan}
      step={step}
      returnTo={search.return}
      extra={step.id === 'group-chat' ? <InventoryPanel /> : null}
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
