import { Link, useRouterState } from '@tanstack/react-router'
import { useEffect, useState } from 'react'
import { hasDraft } from '../store/drafts'
import type { Plan } from '../plan/plan'
import type { StepStatus } from './step-status'
import { stepStatuses } from './step-status'

const STATUS_CLASS: Record<StepStatus, string> = {
  Completed: 'tag--done',
  'There is a problem': 'tag--problem',
  'In progress': 'tag--progress',
  'Not started': 'tag--todo',
  'Not needed': 'tag--muted',
  'Cannot start yet': 'tag--muted',
}
/** Longer than the drafts' autosave delay, so the draft is written when the list looks. */
const DRAFT_LOOK_DELAY_MS = 400

/**
 * Drafts are written as the user types and when a step is left, and announce nothing:
 * look again after each navigation (the step left has flushed its draft by then) and
 * shortly after typing stops.
 */
function useDraftTick(): number {
  const pathname = useRouterState({ select: (s) => s.location.pathname })
  const [tick, setTick] = useState(0)
  useEffect(() => {
    // The step just left flushes its draft as it unmounts, in this same commit.
    const timer = setTimeout(() => setTick((t) => t + 1), 0)
    return () => clearTimeout(timer)
  }, [pathname])
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const later = () => {
      clearTimeout(timer)
      timer = setTimeout(() => setTick((t) => t + 1), DRAFT_LOOK_DELAY_MS)
    }
    document.addEventListener('input', later)
    document.addEventListener('change', later)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('input', later)
      document.removeEventListener('change', later)
    }
  }, [])
  return tick
}

/** The task list, the plan's only one: where the user is and each step's status. */
export function StepList({ plan }: { plan: Plan }) {
  useDraftTick()
  const states = stepStatuses(plan.answers, (id) => hasDraft(plan.id, id))
  return (
    <nav className="step-list no-print" aria-label="Steps of this plan">
      <ol className="step-list__items">
        {states.map(({ step, status, reason }, i) => {
          const open = status !== 'Not needed' && status !== 'Cannot start yet'
          return (
            <li key={step.id} className="step-list__item">
              {open ? (
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
              ) : (
                <span className="step-list__name step-list__name--muted">
                  {i + 1}. {step.title}
                </span>
              )}
              <span className={`tag ${STATUS_CLASS[status]}`}>{status}</span>
              {reason ? <p className="step-list__reason">{reason}</p> : null}
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
