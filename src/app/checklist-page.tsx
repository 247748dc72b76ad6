import { Link } from '@tanstack/react-router'
import { useMemo } from 'react'
import type { Checklist } from '../checklist/build-checklist'
import { buildChecklist } from '../checklist/build-checklist'
import { commandText } from '../checklist/markdown'
import { buildScript } from '../checklist/script'
import type { ChecklistItem } from '../checklist/types'
import { RULES_VERSION } from '../rules/catalogue'
import { countBySeverity } from '../rules/finding'
import { SOURCES } from '../rules/sources'
import { FindingNote } from '../ui/finding-note'
import { stepOfPath } from '../ui/step-registry'
import { useDocumentTitle } from '../ui/document-title'
import { downloadText } from '../ui/download'
import { useCurrentPlan } from '../store/plan-context'
import { updatePlan } from '../store/plan-store'
import { SharePanel } from './share-panel'

const today = () => new Date().toISOString().slice(0, 10)

export function ChecklistPage() {
  const plan = useCurrentPlan()
  useDocumentTitle(`Checklist: ${plan.name}`)
  const checklist = useMemo(() => buildChecklist(plan.answers), [plan.answers])
  const done = new Set(plan.done)
  const counts = countBySeverity(checklist.findings)
  const toggle = (id: string, checked: boolean) => {
    updatePlan(plan, (p) => ({
      ...p,
      done: checked ? [...new Set([...p.done, id])] : p.done.filter((d) => d !== id),
    }))
  }
  const script = () =>
    downloadText(
      `${plan.name.replace(/[^\w-]+/g, '-').slice(0, 60) || 'migration'}.ps1`,
      buildScript(checklist, {
        planName: plan.name,
        generated: today(),
        rulesVersion: RULES_VERSION,
      }),
      'text/plain',
    )
  const total = checklist.sections.reduce((n, s) => n + s.items.length, 0)
  const ticked = checklist.sections.reduce(
    (n, s) => n + s.items.filter((i) => done.has(i.id)).length,
    0,
  )
  return (
    <>
      <header className="print-header">
        <h1 className="page-title" tabIndex={-1}>
          Checklist: {plan.name}
        </h1>
        <p className="print-header__meta">
          Printed {today()} · Rules version {RULES_VERSION} · {ticked} of {total} items done ·{' '}
          {counts.blocker} open {counts.blocker === 1 ? 'blocker' : 'blockers'}, {counts.warning}{' '}
          {counts.warning === 1 ? 'warning' : 'warnings'}
        </p>
      </header>
      <Blockers checklist={checklist} planId={plan.id} />
      <Warnings checklist={checklist} />
      <div className="button-group no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print the checklist
        </button>
        <button type="button" className="button button--secondary" onClick={script}>
          Download script (.ps1)
        </button>
      </div>
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
              {section.items.length > 0 ? (
                <span className="checklist-section__count">
                  {' '}
                  ({sectionDone} of {section.items.length} done)
                </span>
              ) : null}
            </h2>
            {section.omitted ? (
              <p className="inset">Not needed for this plan: {section.omitted}</p>
            ) : null}
            {section.items.map((item) => (
              <Item key={item.id} item={item} checked={done.has(item.id)} onToggle={toggle} />
            ))}
          </section>
        )
      })}
      <SharePanel plan={plan} />
    </>
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

function Item({
  item,
  checked,
  onToggle,
}: {
  item: ChecklistItem
  checked: boolean
  onToggle: (id: string, checked: boolean) => void
}) {
  const id = `item-${item.id}`
  return (
    <article className={`item${checked ? ' item--done' : ''}`} aria-labelledby={`${id}-title`}>
      <div className="item__head">
        <input
          className="item__check"
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(e) => onToggle(item.id, e.target.checked)}
        />
        <label htmlFor={id} className="item__title" id={`${id}-title`}>
          <span className="item__id">{item.id}</span> {item.title}
        </label>
      </div>
      <div className="item__body">
        <p className="item__run-on">
          <strong>Run on:</strong> {item.runOn}
        </p>
        {item.details.map((d) => (
          <p key={d} className={d.startsWith('•') ? 'item__bullet' : undefined}>
            {d}
          </p>
        ))}
        {item.commands.length > 0 ? (
          <pre className="item__code" aria-label={`PowerShell for ${item.id}`}>
            <code>{commandText(item)}</code>
          </pre>
        ) : null}
        {item.caution ? (
          <p className="item__caution">
            <strong>Note:</strong> {item.caution}
          </p>
        ) : null}
        {item.rollback ? (
          <p className="item__rollback">
            <strong>Rollback:</strong> {item.rollback}
          </p>
        ) : null}
        {item.confirm ? (
          <p className="item__confirm">
            <strong>Before you go on:</strong> {item.confirm}
          </p>
        ) : null}
        <p className="item__why">
          Why: {item.why} Source: {item.sources.map((s) => `[${s}] ${SOURCES[s].title}`).join('; ')}
          .
        </p>
        <p className="item__sign print-only">Owner: ____________________ Date: ____________</p>
      </div>
    </article>
  )
}
