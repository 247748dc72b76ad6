import { Link } from '@tanstack/react-router'
import { useCurrentPlan } from '../store/plan-context'
import { hasDraft } from '../store/drafts'
import { stepStatuses } from './step-status'
import { useDocumentTitle } from '../ui/document-title'
import { ImportLink } from './discovery/import-link'

export function OverviewPage() {
  const plan = useCurrentPlan()
  useDocumentTitle(plan.name)
  const statuses = stepStatuses(plan.answers, (id) => hasDraft(plan.id, id))
  const next = statuses.find((s) => s.status === 'Not started' || s.status === 'In progress')
  return (
    <>
      <h1 className="page-title" tabIndex={-1}>
        {plan.name}
      </h1>
      <p className="lead">
        {next
          ? `Next: ${next.step.title}.`
          : 'Every step is answered. Check your answers, then open the checklist.'}
      </p>
      <ImportLink />
      <ol className="task-list">
        {statuses.map(({ step, status }) => (
          <li key={step.id} className="task-list__item">
            {status === 'Not needed' ? (
              <span>{step.title}</span>
            ) : (
              <Link to="/plan/$planId/step/$stepId" params={{ planId: plan.id, stepId: step.id }}>
                {step.title}
              </Link>
            )}
            <span className="tag">{status}</span>
            {status === 'Not needed' ? (
              <p className="field__hint">{step.skipReason?.(plan.answers)}</p>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="button-group">
        {next ? (
          <Link
            className="button"
            to="/plan/$planId/step/$stepId"
            params={{ planId: plan.id, stepId: next.step.id }}
          >
            Continue with {next.step.title}
          </Link>
        ) : null}
        <Link
          className={next ? 'button button--secondary' : 'button'}
          to="/plan/$planId/review"
          params={{ planId: plan.id }}
        >
          Check your answers
        </Link>
      </div>
    </>
  )
}
