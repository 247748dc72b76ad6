import { Link } from '@tanstack/react-router'
import { startTransition, useEffect, useMemo, useRef, useState } from 'react'
import { RULES_VERSION } from '../rules/catalogue'
import { evaluate } from '../rules/evaluate'
import type { Finding } from '../rules/finding'
import { countBySeverity } from '../rules/finding'
import { FindingNote } from '../ui/finding-note'
import { stepOfPath } from '../ui/step-registry'
import { useDocumentTitle } from '../ui/document-title'
import { useCurrentPlan } from '../store/plan-context'
import { updatePlan } from '../store/plan-store'
import type * as Body from './checklist-body'
import { ChecklistToolbar, today } from './checklist-toolbar'
import { SharePanel } from './share-panel'
import './checklist.css'
import { DiagramPlaceholder, LazyMigrationDiagram } from '../ui/lazy-diagram'
import { useAfterFirstPaint } from '../ui/after-first-paint'
import { loadOnDemand } from '../ui/load-on-demand'
import { isPreflightId } from '../rules/preflight'

/** The plan's name as a CSS string, for the running header of every printed page. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]+/g, ' ')}"`

// The section builders and the items (most of the checklist's code) are their own
// chunk: the header, the actions, the share panel and the blockers are drawn without
// them. The page asks for them (and for the picture) once that first draw is on screen,
// so their bytes do not hold it up on a slow line (vite.config.ts, DRAWN_AT_ONCE). The
// heading says "Checklist: …" only once every section is on the page. Once the sections
// have been on the page, it draws them at once when it is opened again.
let loadedBody: typeof Body | undefined
const loadBody = loadOnDemand(() =>
  import('./checklist-body').then((module) => (loadedBody = module)),
)
let bodyShown = false

function useChecklistBody(painted: boolean): { module?: typeof Body; failed: boolean } {
  const [module, setModule] = useState(bodyShown ? loadedBody : undefined)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (module || !painted) return
    let live = true
    loadBody().then(
      // In a transition React builds the sections in slices of a few milliseconds,
      // yielding between them, not in one long task after the page's first paint.
      (m) => live && startTransition(() => setModule(() => m)),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [module, painted])
  return { module, failed }
}

/**
 * A module that failed to load stays failed for the life of the page in the Chromium of
 * this machine (150): asking for it again failed even with the network back (the e2e test
 * of "Try again" showed it). A new page fetches it again; the plan is in this browser's
 * storage, so nothing is lost.
 */
const reload = () => window.location.reload()

export function ChecklistPage() {
  const plan = useCurrentPlan()
  useDocumentTitle(`Checklist: ${plan.name}`)
  const findings = useMemo(
    () => evaluate(plan.answers, plan.preflight),
    [plan.answers, plan.preflight],
  )
  const painted = useAfterFirstPaint(bodyShown)
  const { module, failed } = useChecklistBody(painted)
  const checklist = useMemo(
    () => module?.checklistFromFindings(plan.answers, findings),
    [module, plan.answers, findings],
  )
  const [inWindow, setInWindow] = useState(false)
  useEffect(() => {
    if (checklist) bodyShown = true
  }, [checklist])
  // "Print" before the sections are on the page prints once they are.
  const printWanted = useRef(false)
  useEffect(() => {
    if (!printWanted.current || !checklist) return
    printWanted.current = false
    window.print()
  }, [checklist])
  const done = new Set(plan.done)
  const counts = countBySeverity(findings)
  // @page margin boxes read it from the root element: the page context inherits from there.
  useEffect(() => {
    const root = document.documentElement.style
    root.setProperty('--checklist-plan-name', cssString(`Checklist: ${plan.name}`))
    return () => {
      root.removeProperty('--checklist-plan-name')
    }
  }, [plan.name])
  const toggle = (id: string, checked: boolean) => {
    updatePlan(plan, (p) => ({
      ...p,
      done: checked ? [...new Set([...p.done, id])] : p.done.filter((d) => d !== id),
    }))
  }
  const ofChecklist = () =>
    checklist
      ? Promise.resolve(checklist)
      : loadBody().then((m) => m.checklistFromFindings(plan.answers, findings))
  const total = checklist?.sections.reduce((n, s) => n + s.items.length, 0) ?? 0
  const ticked =
    checklist?.sections.reduce((n, s) => n + s.items.filter((i) => done.has(i.id)).length, 0) ?? 0
  const title = `Checklist: ${plan.name}`
  return (
    <div className="checklist" aria-busy={checklist || failed ? undefined : true}>
      <header className="print-header">
        <h1 className="page-title" tabIndex={-1}>
          {checklist ? (
            title
          ) : (
            <Reserved
              text={failed ? 'The checklist could not load' : 'Loading the checklist…'}
              room={title}
            />
          )}
        </h1>
        <p className="print-header__meta">
          <span className="print-only-inline">Printed {today()} · </span>
          Rules version {RULES_VERSION} · {counts.blocker} open{' '}
          {counts.blocker === 1 ? 'blocker' : 'blockers'}, {counts.warning}{' '}
          {counts.warning === 1 ? 'warning' : 'warnings'}
          {checklist ? (
            ` · ${ticked} of ${total} items done`
          ) : (
            // Last on the line, so the room kept for it is blank space at its end.
            <span className="reserved__room" aria-hidden="true">
              {' '}
              · 00 of 00 items done
            </span>
          )}
        </p>
      </header>
      <ChecklistToolbar
        plan={plan}
        checklist={ofChecklist}
        inWindow={inWindow}
        onWindow={setInWindow}
        onPrint={() => {
          if (checklist) window.print()
          else printWanted.current = true
        }}
      />
      <div className="checklist-share">
        <SharePanel plan={plan} />
      </div>
      <Blockers blockers={findings.filter((f) => f.severity === 'blocker')} planId={plan.id} />
      {painted ? (
        <LazyMigrationDiagram
          answers={plan.answers}
          // A passed pre-flight check is nothing to mark on the picture.
          findings={findings.filter((f) => !(isPreflightId(f.ruleId) && f.severity === 'info'))}
          size="full"
          planName={plan.name}
        />
      ) : (
        <DiagramPlaceholder size="full" />
      )}
      {module && checklist ? (
        <module.ChecklistBody
          checklist={checklist}
          done={done}
          onToggle={toggle}
          inWindow={inWindow}
        />
      ) : failed ? (
        <div role="alert" className="checklist-failed">
          <p className="warning-text">
            The checklist could not be shown: part of the planner did not load. Check the network,
            then try again: the page loads again, and your plan and ticks are kept.
          </p>
          <button type="button" className="button button--secondary" onClick={reload}>
            Try again
          </button>
        </div>
      ) : null}
    </div>
  )
}

/**
 * `text`, in a box as tall as `room` would be: a heading that changes its words once the
 * sections are drawn does not push what is below it down the screen (a layout shift).
 * The room is neither seen nor read out.
 */
function Reserved({ text, room }: { text: string; room: string }) {
  return (
    <span className="reserved">
      <span>{text}</span>
      <span className="reserved__room" aria-hidden="true">
        {room}
      </span>
    </span>
  )
}

function Blockers({ blockers, planId }: { blockers: Finding[]; planId: string }) {
  if (blockers.length === 0) return null
  return (
    <section className="blockers" aria-labelledby="blockers-title">
      <h2 id="blockers-title">This plan cannot proceed as it stands</h2>
      <p>
        {blockers.length} {blockers.length === 1 ? 'blocker stands' : 'blockers stand'} in the way
        of a supported migration. Resolve {blockers.length === 1 ? 'it' : 'them'} before you start.
      </p>
      {blockers.map((b) => {
        const step = stepOfPath(b.path)
        return (
          <div key={`${b.ruleId}${b.path}${b.message}`}>
            <FindingNote finding={b} />
            {step ? (
              <p className="no-print">
                <Link
                  to="/plan/$planId/step/$stepId"
                  params={{ planId, stepId: step.id }}
                  search={{ return: 'review' }}
                >
                  Change this in {step.title}
                  <span className="visually-hidden"> ({b.ruleId})</span>
                </Link>
              </p>
            ) : null}
          </div>
        )
      })}
    </section>
  )
}
