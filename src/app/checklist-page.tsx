import { Link } from '@tanstack/react-router'
import { useEffect, useMemo, useState } from 'react'
import type { Checklist } from '../checklist/build-checklist'
import { buildChecklist } from '../checklist/build-checklist'
import { windowItems } from '../checklist/window'
import { RULES_VERSION } from '../rules/catalogue'
import { countBySeverity } from '../rules/finding'
import { FindingNote } from '../ui/finding-note'
import { stepOfPath } from '../ui/step-registry'
import { useDocumentTitle } from '../ui/document-title'
import { useCurrentPlan } from '../store/plan-context'
import { updatePlan } from '../store/plan-store'
import { ChecklistContents } from './checklist-contents'
import { Item } from './checklist-item'
import { ChecklistToolbar, today } from './checklist-toolbar'
import { SharePanel } from './share-panel'
import './checklist.css'
import { LazyMigrationDiagram } from '../ui/lazy-diagram'
import { isPreflightId } from '../rules/preflight'

/** The plan's name as a CSS string, for the running header of every printed page. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]+/g, ' ')}"`

export function ChecklistPage() {
  const plan = useCurrentPlan()
  useDocumentTitle(`Checklist: ${plan.name}`)
  const checklist = useMemo(
    () => buildChecklist(plan.answers, plan.preflight),
    [plan.answers, plan.preflight],
  )
  const [inWindow, setInWindow] = useState(false)
  const done = new Set(plan.done)
  const counts = countBySeverity(checklist.findings)
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
  const total = checklist.sections.reduce((n, s) => n + s.items.length, 0)
  const ticked = checklist.sections.reduce(
    (n, s) => n + s.items.filter((i) => done.has(i.id)).length,
    0,
  )
  return (
    <div className="checklist">
      <header className="print-header">
        <h1 className="page-title" tabIndex={-1}>
          Checklist: {plan.name}
        </h1>
        <p className="print-header__meta">
          <span className="print-only-inline">Printed {today()} · </span>
          Rules version {RULES_VERSION} · {ticked} of {total} items done · {counts.blocker} open{' '}
          {counts.blocker === 1 ? 'blocker' : 'blockers'}, {counts.warning}{' '}
          {counts.warning === 1 ? 'warning' : 'warnings'}
        </p>
      </header>
      <ChecklistToolbar
        plan={plan}
        checklist={checklist}
        inWindow={inWindow}
        onWindow={setInWindow}
      />
      <div className="checklist-share">
        <SharePanel plan={plan} />
      </div>
      <Blockers checklist={checklist} planId={plan.id} />
      <LazyMigrationDiagram
        answers={plan.answers}
        // A passed pre-flight check is nothing to mark on the picture.
        findings={checklist.findings.filter(
          (f) => !(isPreflightId(f.ruleId) && f.severity === 'info'),
        )}
        size="full"
        planName={plan.name}
      />
      {inWindow ? (
        <InTheWindow checklist={checklist} done={done} onToggle={toggle} />
      ) : (
        <>
          <ChecklistContents checklist={checklist} done={done} />
          <Warnings checklist={checklist} />
          {checklist.sections.map((section) => {
            const sectionDone = section.items.filter((i) => done.has(i.id)).length
            return (
              <section
                key={section.id}
                className="checklist-section"
                aria-labelledby={`section-${section.id}`}
              >
                <h2 id={`section-${section.id}`} className="checklist-section__heading">
                  {section.heading}
                  <span className="checklist-section__count">
                    {' '}
                    ({sectionDone} of {section.items.length} done)
                  </span>
                </h2>
                {section.items.map((item) => (
                  <Item key={item.id} item={item} checked={done.has(item.id)} onToggle={toggle} />
                ))}
              </section>
            )
          })}
        </>
      )}
    </div>
  )
}

/** Only the items done during the downtime, in order, each with a place for its times. */
function InTheWindow({
  checklist,
  done,
  onToggle,
}: {
  checklist: Checklist
  done: ReadonlySet<string>
  onToggle: (id: string, checked: boolean) => void
}) {
  const items = windowItems(checklist)
  return (
    <section className="checklist-section" aria-labelledby="window-title">
      <h2 id="window-title" className="checklist-section__heading">
        In the window
        <span className="checklist-section__count">
          {' '}
          ({items.filter((i) => done.has(i.id)).length} of {items.length} done)
        </span>
      </h2>
      {items.length === 0 ? (
        <p>This plan has no downtime: it moves no Group Chat data.</p>
      ) : (
        <p>
          The downtime, in order: from {items[0]?.id}, where the legacy Group Chat services stop, to
          the checks after the Persistent Chat services start again ({items.at(-1)?.id}). Write down
          when each item starts and ends.
        </p>
      )}
      {items.map((item) => (
        <Item key={item.id} item={item} checked={done.has(item.id)} onToggle={onToggle} times />
      ))}
    </section>
  )
}

function Blockers({ checklist, planId }: { checklist: Checklist; planId: string }) {
  if (checklist.blockers.length === 0) return null
  return (
    <section className="blockers" aria-labelledby="blockers-title">
      <h2 id="blockers-title">This plan cannot proceed as it stands</h2>
      <p>
        {checklist.blockers.length}{' '}
        {checklist.blockers.length === 1 ? 'blocker stands' : 'blockers stand'} in the way of a
        supported migration. Resolve {checklist.blockers.length === 1 ? 'it' : 'them'} before you
        start.
      </p>
      {checklist.blockers.map((b) => {
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

function Warnings({ checklist }: { checklist: Checklist }) {
  const warnings = checklist.findings.filter((f) => f.severity === 'warning')
  if (warnings.length === 0) return null
  return (
    <section className="warnings" aria-labelledby="warnings-title">
      <h2 id="warnings-title">
        {warnings.length} {warnings.length === 1 ? 'warning' : 'warnings'} to keep in mind
      </h2>
      {warnings.map((w) => (
        <FindingNote key={`${w.ruleId}${w.path}${w.message}`} finding={w} />
      ))}
    </section>
  )
}
