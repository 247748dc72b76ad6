import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { useMemo } from 'react'
import { useCurrentPlan } from '../store/plan-context'
import { countBySeverity } from '../rules/finding'
import { findingsFor } from '../store/findings'
import type { Answers } from '../rules/answers'
import type { Plan } from '../plan/plan'
import type { Field } from './form/field-types'
import { fieldId } from '../ui/field-ids'
import { splitAssumption } from '../ui/assumption'
import { shortAnyFinding } from '../ui/preflight-summary'
import type { Finding } from '../rules/finding'
import { itemOf } from './form/errors'
import { LazyMigrationDiagram } from '../ui/lazy-diagram'
import type { StepMeta } from '../ui/step-registry'
import { pathInStep, stepOfPath } from '../ui/step-registry'
import { STEP_VIEWS, stepViewById } from './steps'
import { PreflightSection } from './discovery/preflight-section'
import { useDocumentTitle } from '../ui/document-title'
import type { RoomRuleId } from '../rules/rooms'
import { analyzeRooms, ROOM_RULE_IDS, SEPARATOR_ASSUMPTION } from '../rules/rooms'

const NOT_PROVIDED = 'Not provided'
const SEVERITY_LABEL = { blocker: 'Blocker', warning: 'Warning', info: 'Information' } as const

/** The findings that rest on the separator assumption, and the separator: stated once. */
function separatorAssumption(findings: Finding[]) {
  let separator: string | undefined
  const ids: string[] = []
  for (const f of findings) {
    const split = splitAssumption(f.message)
    if (split.separator === undefined) continue
    separator = split.separator
    if (!ids.includes(f.ruleId)) ids.push(f.ruleId)
  }
  return separator === undefined ? undefined : { separator, ids }
}

function formatValue(def: Field, value: unknown): string {
  if (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  )
    return NOT_PROVIDED
  if (def.kind === 'radios' || def.kind === 'select')
    return def.options.find((o) => o.value === value)?.label ?? String(value)
  if (def.kind === 'checkboxes' && Array.isArray(value)) {
    return value.map((v) => def.options.find((o) => o.value === v)?.label ?? String(v)).join(', ')
  }
  if (def.kind === 'list' && Array.isArray(value)) {
    return `${value.length} ${value.length === 1 ? def.noun : `${def.noun}s`}`
  }
  return String(value)
}

/** A Change link that opens the step with the field focused (the step returns here). */
function ChangeLink({
  planId,
  step,
  path,
  children,
}: {
  planId: string
  step: StepMeta
  /** The field's path inside the step, or a DOM id (`#...`) of its own. */
  path: string
  children: ReactNode
}) {
  return (
    <Link
      to="/plan/$planId/step/$stepId"
      params={{ planId, stepId: step.id }}
      search={{ return: 'review' }}
      hash={path.startsWith('#') ? path.slice(1) : fieldId(path)}
    >
      {children}
    </Link>
  )
}

const shown = (f: Field, values: Record<string, unknown>, answers: Answers) =>
  !f.showIf || f.showIf(values, answers)

/** The fields of one item of a list, without links: the card has one Change link. */
function ItemRows({
  fields,
  values,
  answers,
}: {
  fields: Field[]
  values: Record<string, unknown>
  answers: Answers
}) {
  return (
    <>
      {fields
        .filter((f) => shown(f, values, answers))
        .map((f) => (
          <div className="summary__row summary__row--plain" key={f.name}>
            <dt className="summary__key">{f.label}</dt>
            <dd className="summary__value">{formatValue(f, values[f.name])}</dd>
          </div>
        ))}
    </>
  )
}

function ListSummary({
  def,
  items,
  answers,
  step,
  planId,
  titled,
}: {
  def: Extract<Field, { kind: 'list' }>
  titled: boolean
  items: Record<string, unknown>[]
  answers: Answers
  step: StepMeta
  planId: string
}) {
  const first = def.fields[0]?.name ?? ''
  // A list that is the whole step (SQL Server instances) needs no heading of its own.
  const CardTitle = titled ? 'h4' : 'h3'
  return (
    <div className="summary-list">
      {titled ? <h3 className="summary-list__title">{def.label}</h3> : null}
      {items.length === 0 ? (
        <dl className="summary">
          <div className="summary__row">
            <dt className="summary__key">{def.label}</dt>
            <dd className="summary__value">None</dd>
            <dd className="summary__actions">
              <ChangeLink planId={planId} step={step} path={`#${fieldId(def.name)}-add`}>
                Change<span className="visually-hidden"> {def.label.toLowerCase()}</span>
              </ChangeLink>
            </dd>
          </div>
        </dl>
      ) : null}
      {items.map((item, i) => {
        const name = `${def.itemLabel} ${i + 1}`
        const title = def.summary?.(item)
        const id = `review-${step.id}-${def.name}-${i}`
        return (
          <section className="summary-card" key={id} aria-labelledby={id}>
            <div className="summary-card__head">
              <CardTitle className="summary-card__title" id={id}>
                {name}
                {title ? `: ${title}` : ''}
              </CardTitle>
              <ChangeLink planId={planId} step={step} path={`${def.name}.${i}.${first}`}>
                Change<span className="visually-hidden"> {name.toLowerCase()}</span>
              </ChangeLink>
            </div>
            <dl className="summary summary--card">
              <ItemRows fields={def.fields} values={item} answers={answers} />
            </dl>
          </section>
        )
      })}
    </div>
  )
}

function StepSummary({
  fields,
  values,
  answers,
  step,
  planId,
}: {
  fields: Field[]
  values: Record<string, unknown>
  answers: Answers
  step: StepMeta
  planId: string
}) {
  const visible = fields.filter((f) => shown(f, values, answers))
  // Plain answers first in one list, then each repeated item as a card of its own.
  const leaves = visible.filter((f) => f.kind !== 'list')
  const lists = visible.filter((f): f is Extract<Field, { kind: 'list' }> => f.kind === 'list')
  return (
    <>
      {leaves.length > 0 ? (
        <dl className="summary">
          {leaves.map((f) => (
            <div className="summary__row" key={f.name}>
              <dt className="summary__key">{f.label}</dt>
              <dd className="summary__value">{formatValue(f, values[f.name])}</dd>
              <dd className="summary__actions">
                <ChangeLink planId={planId} step={step} path={f.name}>
                  Change<span className="visually-hidden"> {f.label.toLowerCase()}</span>
                </ChangeLink>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {lists.map((f) => (
        <ListSummary
          key={f.name}
          def={f}
          titled={leaves.length > 0 || lists.length > 1 || f.label !== step.title}
          items={Array.isArray(values[f.name]) ? (values[f.name] as Record<string, unknown>[]) : []}
          answers={answers}
          step={step}
          planId={planId}
        />
      ))}
    </>
  )
}

const ROOM_RULES: Record<RoomRuleId, string> = {
  'GC-03': 'too long after flattening (blocker)',
  'GC-08': 'clash after flattening or with the new pool (blocker)',
  'GC-04': 'in a category with invitations off',
  'GC-06': 'with federated members',
  'GC-07': 'disabled (not migrated)',
}

/** The room inventory kept with the Group Chat answers: what it holds and what it found. */
function InventorySummary({ answers, change }: { answers: Answers; change: ReactNode }) {
  const inventory = answers.groupChat?.inventory
  // The counts the plan keeps; recounted only for a plan saved without them.
  const counts = useMemo(
    () =>
      inventory ? (inventory.counts ?? analyzeRooms(inventory.rooms, inventory).counts) : null,
    [inventory],
  )
  return (
    <dl className="summary">
      <div className="summary__row">
        <dt className="summary__key">Room inventory</dt>
        <dd className="summary__value">
          {inventory && counts ? (
            <>
              {inventory.fileName ? `${inventory.fileName}: ` : ''}
              {inventory.totalRooms.toLocaleString('en')} rooms checked
              <ul className="summary__list">
                {ROOM_RULE_IDS.map((id) => (
                  <li key={id}>
                    {id}: {counts[id].toLocaleString('en')} {counts[id] === 1 ? 'room' : 'rooms'}{' '}
                    {ROOM_RULES[id]}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            NOT_PROVIDED
          )}
        </dd>
        <dd className="summary__actions">{change}</dd>
      </div>
    </dl>
  )
}

export function ReviewPage({
  share,
}: {
  /** The share panel, from the page that composes this one (pages never import each other). */
  share?: (plan: Plan) => ReactNode
}) {
  const plan = useCurrentPlan()
  useDocumentTitle('Check your answers')
  const findings = findingsFor(plan.answers)
  const counts = countBySeverity(findings)
  const assumption = separatorAssumption(findings)
  return (
    <>
      <h1 className="page-title" tabIndex={-1}>
        Check your answers
      </h1>
      <LazyMigrationDiagram
        answers={plan.answers}
        findings={findings}
        size="full"
        planName={plan.name}
      />
      <section aria-labelledby="findings-title" className="findings">
        <h2 id="findings-title">What the rules found</h2>
        {findings.length === 0 ? (
          <p>No rule found anything to change or know in your answers.</p>
        ) : (
          <>
            <p>
              {counts.blocker} {counts.blocker === 1 ? 'blocker' : 'blockers'}, {counts.warning}{' '}
              {counts.warning === 1 ? 'warning' : 'warnings'}, {counts.info} for information.
              {counts.blocker > 0
                ? ' The plan cannot proceed until the blockers are resolved.'
                : ''}
            </p>
            <ul className="findings__list">
              {findings.map((f) => {
                const step = stepOfPath(f.path)
                const path = pathInStep(f.path)
                const fields = step ? stepViewById(step.id)?.fields : undefined
                const line = shortAnyFinding(f, fields ? itemOf(fields, path) : undefined)
                return (
                  <li
                    key={`${f.ruleId}${f.path}${f.message}`}
                    className={`findings__line findings__line--${f.severity}`}
                  >
                    <strong className="findings__tag">{SEVERITY_LABEL[f.severity]}</strong>{' '}
                    {step ? (
                      <>
                        <ChangeLink planId={plan.id} step={step} path={path}>
                          {/* The ID on its own, as the finding notes have it, for finding by ID. */}
                          <span className="findings__id">{f.ruleId}</span>
                          {line.slice(f.ruleId.length)}
                        </ChangeLink>{' '}
                        <span className="findings__where">in {step.title}</span>
                      </>
                    ) : (
                      line
                    )}
                  </li>
                )
              })}
            </ul>
            <p className="findings__more">
              Each link opens the question with the whole finding under it: what to do, and its
              source.
            </p>
            {assumption ? (
              <p className="inset" id="separator-assumption">
                {assumption.ids.join(', ')}: {SEPARATOR_ASSUMPTION(assumption.separator)}
              </p>
            ) : null}
          </>
        )}
      </section>
      <PreflightSection plan={plan} />
      {STEP_VIEWS.map(({ meta: step, fields }) => {
        const waiting = step.waitsFor?.(plan.answers)
        const skip = waiting ? undefined : step.skipReason?.(plan.answers)
        const values = plan.answers[step.slice] as Record<string, unknown> | undefined
        return (
          <section key={step.id} aria-labelledby={`review-${step.id}`}>
            <h2 id={`review-${step.id}`}>{step.title}</h2>
            {waiting ? (
              <p className="inset">Cannot start yet: {waiting}</p>
            ) : skip ? (
              <p className="inset">Not needed: {skip}</p>
            ) : values ? (
              <>
                <StepSummary
                  fields={fields}
                  values={values}
                  answers={plan.answers}
                  step={step}
                  planId={plan.id}
                />
                {step.id === 'group-chat' ? (
                  <InventorySummary
                    answers={plan.answers}
                    change={
                      <ChangeLink planId={plan.id} step={step} path="inventory">
                        Change<span className="visually-hidden"> the room inventory</span>
                      </ChangeLink>
                    }
                  />
                ) : null}
              </>
            ) : (
              <p>
                Not answered yet.{' '}
                <Link
                  to="/plan/$planId/step/$stepId"
                  params={{ planId: plan.id, stepId: step.id }}
                  search={{ return: 'review' }}
                >
                  Answer the {step.title.toLowerCase()} questions
                </Link>
              </p>
            )}
          </section>
        )
      })}
      {share ? share(plan) : null}
      <div className="button-group">
        <Link className="button" to="/plan/$planId/checklist" params={{ planId: plan.id }}>
          Continue to the checklist
        </Link>
      </div>
    </>
  )
}
