import { Link } from '@tanstack/react-router'
import { Fragment } from 'react'
import { useCurrentPlan } from '../store/plan-context'
import { countBySeverity } from '../rules/finding'
import { findingsFor } from '../store/findings'
import type { Answers } from '../rules/answers'
import type { Field } from './form/field-types'
import { FindingNote } from '../ui/finding-note'
import type { StepMeta } from '../ui/step-registry'
import { stepOfPath } from '../ui/step-registry'
import { STEP_VIEWS } from './steps'
import { useDocumentTitle } from '../ui/document-title'

const NOT_PROVIDED = 'Not provided'

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
  return String(value)
}

function Rows({
  fields,
  values,
  answers,
  step,
  planId,
  prefix = '',
}: {
  fields: Field[]
  values: Record<string, unknown>
  answers: Answers
  step: StepMeta
  planId: string
  prefix?: string
}) {
  return (
    <>
      {fields.map((f) => {
        if (f.showIf && !f.showIf(values, answers)) return null
        const value = values[f.name]
        if (f.kind === 'list') {
          const items = Array.isArray(value) ? (value as Record<string, unknown>[]) : []
          return (
            <Fragment key={f.name}>
              {items.length === 0 ? (
                <div className="summary__row">
                  <dt className="summary__key">{f.label}</dt>
                  <dd className="summary__value">None</dd>
                  <dd className="summary__actions">
                    <ChangeLink planId={planId} step={step} label={f.label} />
                  </dd>
                </div>
              ) : null}
              {items.map((item, i) => (
                <Fragment key={`${f.name}${i}`}>
                  <div className="summary__row summary__row--group">
                    <dt className="summary__key summary__key--group">
                      {f.itemLabel} {i + 1}
                    </dt>
                    <dd className="summary__value">{f.summary?.(item) ?? ''}</dd>
                    <dd className="summary__actions" />
                  </div>
                  <Rows
                    fields={f.fields}
                    values={item}
                    answers={answers}
                    step={step}
                    planId={planId}
                    prefix={`${f.itemLabel} ${i + 1}: `}
                  />
                </Fragment>
              ))}
            </Fragment>
          )
        }
        return (
          <div className="summary__row" key={f.name}>
            <dt className="summary__key">{f.label}</dt>
            <dd className="summary__value">{formatValue(f, value)}</dd>
            <dd className="summary__actions">
              <ChangeLink planId={planId} step={step} label={`${prefix}${f.label}`} />
            </dd>
          </div>
        )
      })}
    </>
  )
}

function ChangeLink({ planId, step, label }: { planId: string; step: StepMeta; label: string }) {
  return (
    <Link
      to="/plan/$planId/step/$stepId"
      params={{ planId, stepId: step.id }}
      search={{ return: 'review' }}
    >
      Change<span className="visually-hidden"> {label.toLowerCase()}</span>
    </Link>
  )
}

export function ReviewPage() {
  const plan = useCurrentPlan()
  useDocumentTitle('Check your answers')
  const findings = findingsFor(plan.answers)
  const counts = countBySeverity(findings)
  return (
    <>
      <h1 className="page-title" tabIndex={-1}>
        Check your answers
      </h1>
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
            {findings.map((f) => {
              const step = stepOfPath(f.path)
              return (
                <div key={`${f.ruleId}${f.path}${f.message}`} className="findings__item">
                  <FindingNote finding={f} />
                  {step ? (
                    <p className="findings__change">
                      <Link
                        to="/plan/$planId/step/$stepId"
                        params={{ planId: plan.id, stepId: step.id }}
                        search={{ return: 'review' }}
                      >
                        Change this in {step.title}
                        <span className="visually-hidden"> ({f.ruleId})</span>
                      </Link>
                    </p>
                  ) : null}
                </div>
              )
            })}
          </>
        )}
      </section>
      {STEP_VIEWS.map(({ meta: step, fields }) => {
        const skip = step.skipReason?.(plan.answers)
        const values = plan.answers[step.slice] as Record<string, unknown> | undefined
        return (
          <section key={step.id} aria-labelledby={`review-${step.id}`}>
            <h2 id={`review-${step.id}`}>{step.title}</h2>
            {skip ? (
              <p className="inset">Not needed: {skip}</p>
            ) : values ? (
              <dl className="summary">
                <Rows
                  fields={fields}
                  values={values}
                  answers={plan.answers}
                  step={step}
                  planId={plan.id}
                />
              </dl>
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
      <div className="button-group">
        <Link className="button" to="/plan/$planId/checklist" params={{ planId: plan.id }}>
          Continue to the checklist
        </Link>
      </div>
    </>
  )
}
