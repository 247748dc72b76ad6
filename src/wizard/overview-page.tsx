import { Link } from '@tanstack/react-router'
import { useCurrentPlan } from '../store/plan-context'
import { hasDraft } from '../store/drafts'
import { nextStep, stepStatuses } from './step-status'
import { useDocumentTitle } from '../ui/document-title'
import { ImportLink } from './discovery/import-link'

/** Where the plan stands. The steps and their statuses are in the one task list beside it. */
export function OverviewPage() {
  const plan = useCurrentPlan()
  useDocumentTitle(plan.name)
  const states = stepStatuses(plan.answers, (id) => hasDraft(plan.id, id))
  const next = nextStep(states)
  const applicable = states.filter(
    (s) => s.status !== 'Not needed' && s.status !== 'Cannot start yet',
  )
  const done = applicable.filter((s) => s.status === 'Completed').length
  const problems = states.filter((s) => s.status === 'There is a problem').length
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
      <p>
        {done} of {applicable.length} steps completed
        {problems > 0
          ? `; ${problems} ${problems === 1 ? 'step has' : 'steps have'} a problem to look at`
          : ''}
        . The list of steps shows each one&apos;s status.
      </p>
      <ImportLink />
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
