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

/** Where the user is, in the list's own numbering: "Step 3 of 7: SQL Server instances". */
function whereYouAre(pathname: string, titles: string[], stepIds: string[]): string {
  const step = /\/step\/([^/]+)\/?$/.exec(pathname)?.[1]
  const at = step
    ? stepIds.indexOf(step)
    : pathname.endsWith('/review')
      ? stepIds.length
      : pathname.endsWith('/checklist')
        ? stepIds.length + 1
        : -1
  return at >= 0 && titles[at]
    ? `Step ${at + 1} of ${titles.length}: ${titles[at]}`
    : `Plan overview: ${titles.length} steps`
}

/**
 * The task list, the plan's only one: where the user is and each step's status. On a
 * phone it is a disclosure that says where the user is, open on the plan's overview and
 * closed after each move; on a wide screen it is always open (the button is not shown).
 */
export function StepList({ plan }: { plan: Plan }) {
  useDraftTick()
  const pathname = useRouterState({ select: (s) => s.location.pathname })
  const overview = !/\/(step\/[^/]+|review|checklist)\/?$/.test(pathname)
  const [expanded, setExpanded] = useState(overview)
  const [shownFor, setShownFor] = useState(pathname)
  if (shownFor !== pathname) {
    setShownFor(pathname)
    setExpanded(overview)
  }
  const states = stepStatuses(plan.answers, (id) => hasDraft(plan.id, id))
  const titles = [...states.map((s) => s.step.title), 'Check your answers', 'Checklist']
  return (
    <nav className="step-list no-print" aria-label="Steps of this plan">
      <button
        type="button"
        className="step-list__toggle"
        aria-expanded={expanded}
        aria-controls="step-list-items"
        onClick={() => setExpanded((e) => !e)}
      >
        {whereYouAre(
          pathname,
          titles,
          states.map((s) => s.step.id),
        )}
      </button>
      <ol
        id="step-list-items"
        className={`step-list__items${expanded ? '' : ' step-list__items--collapsed'}`}
      >
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
