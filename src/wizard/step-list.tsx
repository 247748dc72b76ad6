import { Link } from '@tanstack/react-router'
import { hasDraft } from '../store/drafts'
import type { Plan } from '../plan/plan'
import { stepStatuses } from './step-status'

const STATUS_CLASS: Record<string, string> = {
  Completed: 'tag--done',
  'There is a problem': 'tag--problem',
  'In progress': 'tag--progress',
  'Not started': 'tag--todo',
  'Not needed': 'tag--muted',
}

/** The task list: where the user is and each step's status. */
export function StepList({ plan }: { plan: Plan }) {
  return (
    <nav className="step-list no-print" aria-label="Steps of this plan">
      <ol className="step-list__items">
        {stepStatuses(plan.answers, (id) => hasDraft(plan.id, id)).map(({ step, status }, i) => {
          return (
            <li key={step.id} className="step-list__item">
              {status === 'Not needed' ? (
                <span className="step-list__name step-list__name--muted">
                  {i + 1}. {step.title}
                </span>
              ) : (
                <Link
                  className="step-list__name"
                  to="/plan/$planId/step/$stepId"
                  params={{ planId: plan.id, stepId: step.id }}
                  activeProps={{
                    'aria-current': 'step',
                    className: 'step-list__name step-list__name--current',
                  }}
                >
                  {i + 1}. {step.title}
                </Link>
              )}
              <span className={`tag ${STATUS_CLASS[status]}`}>{status}</span>
            </li>
          )
        })}
        <li className="step-list__item">
          <Link
            className="step-list__name"
            to="/plan/$planId/review"
            params={{ planId: plan.id }}
            activeProps={{
              'aria-current': 'page',
              className: 'step-list__name step-list__name--current',
            }}
          >
            Check your answers
          </Link>
        </li>
        <li className="step-list__item">
          <Link
            className="step-list__name"
            to="/plan/$planId/checklist"
            params={{ planId: plan.id }}
            activeProps={{
              'aria-current': 'page',
              className: 'step-list__name step-list__name--current',
            }}
          >
            Checklist
          </Link>
        </li>
      </ol>
    </nav>
  )
}
