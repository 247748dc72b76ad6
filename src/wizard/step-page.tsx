import { zodResolver } from '@hookform/resolvers/zod'
import { Link, useNavigate } from '@tanstack/react-router'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Resolver } from 'react-hook-form'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { clearDraft, readDraft, saveDraft } from '../store/storage'
import { savePlan } from '../store/plan-store'
import { applySlice } from '../plan/dependents'
import type { Plan } from '../plan/plan'
import type { Answers } from '../rules/answers'
import type { Finding } from '../rules/finding'
import type { SummaryEntry } from '../ui/error-summary'
import { ErrorSummary } from '../ui/error-summary'
import { fieldOrder, flattenErrors, sortByOrder } from './form/errors'
import { Fields } from './form/fields'
import { FindingNote } from '../ui/finding-note'
import { StepFormContext } from './form/form-context'
import { blockerMap, relativePath, stepFindings } from './step-findings'
import type { StepDef } from './steps'
import { STEPS } from './steps'
import { nextStep, previousStep } from './step-navigation'
import { useDocumentTitle } from '../ui/document-title'

const AUTOSAVE_DELAY_MS = 250

type Values = Record<string, unknown>

/** Saves what is typed, as it is typed, so a reload or a closed tab loses nothing. */
function Autosave({ planId, stepId }: { planId: string; stepId: string }) {
  const values = useWatch()
  const first = useRef(true)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const timer = setTimeout(() => {
      const result = saveDraft(planId, stepId, values)
      setProblem(result.ok ? null : result.message)
    }, AUTOSAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [planId, stepId, values])
  return problem ? (
    <div className="warning-text autosave-problem" role="alert">
      <p>
        <strong>What you type is not being kept.</strong> {problem}
      </p>
    </div>
  ) : null
}

export function StepPage({
  plan,
  step,
  returnTo,
  extra,
}: {
  plan: Plan
  step: StepDef
  returnTo?: 'review'
  /** Step-specific content inside the form, such as the room inventory. */
  extra?: React.ReactNode
}) {
  const navigate = useNavigate()
  const defaultValues = useMemo<Values>(() => {
    const draft = readDraft(plan.id, step.id)
    if (draft && typeof draft === 'object') return draft as Values
    return (plan.answers[step.slice] as Values | undefined) ?? step.empty(plan.answers)
    // Only on mount: later saves must not reset what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const form = useForm<Values>({
    resolver: zodResolver(step.schema as never) as unknown as Resolver<Values>,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const [submits, setSubmits] = useState(0)
  const [shown, setShown] = useState<{ signature: string; blockers: Finding[] } | null>(null)
  const [saveError, setSaveError] = useState<string | null>(null)
  const errors = flattenErrors(form.formState.errors)
  const hasErrors = errors.length > 0 && form.formState.submitCount > 0
  useDocumentTitle(step.title, hasErrors)

  const saved = stepFindings(plan.answers, step)
  const blockers = shown?.blockers ?? saved.filter((f) => f.severity === 'blocker')
  // Warnings follow what is typed: they never stop Continue, so they must show before it.
  const typed = useWatch({ control: form.control })
  const notes = useMemo(() => {
    const parsed = step.schema.safeParse(typed)
    const answers = parsed.success
      ? applySlice(plan.answers, step.slice, parsed.data as NonNullable<Answers[typeof step.slice]>)
          .answers
      : plan.answers
    return stepFindings(answers, step).filter((f) => f.severity !== 'blocker')
  }, [typed, plan.answers, step])
  const order = fieldOrder(step.fields, form.getValues())

  const onValid = (values: Values) => {
    const { answers, reask } = applySlice(
      plan.answers,
      step.slice,
      values as NonNullable<Answers[typeof step.slice]>,
    )
    const result = savePlan({ ...plan, answers })
    if (!result.ok) {
      setSaveError(result.message)
      setSubmits((n) => n + 1)
      return
    }
    clearDraft(plan.id, step.id)
    for (const r of reask) {
      const reasked = STEPS.find((st) => st.slice === r.slice)
      if (reasked) saveDraft(plan.id, reasked.id, r.draft)
    }
    const found = stepFindings(answers, step).filter((f) => f.severity === 'blocker')
    const signature = JSON.stringify(values)
    if (found.length > 0 && shown?.signature !== signature) {
      setShown({ signature, blockers: found })
      setSubmits((n) => n + 1)
      return
    }
    const next = returnTo === 'review' ? undefined : nextStep(answers, step)
    if (next)
      void navigate({
        to: '/plan/$planId/step/$stepId',
        params: { planId: plan.id, stepId: next.id },
      })
    else void navigate({ to: '/plan/$planId/review', params: { planId: plan.id } })
  }

  const summary: SummaryEntry[] = sortByOrder(errors, order)
  const blockerEntries: SummaryEntry[] = sortByOrder(
    blockers.map((f) => ({ path: relativePath(f), message: f.message, finding: f })),
    order,
  )

  return (
    <StepFormContext.Provider value={{ answers: plan.answers, blockers: blockerMap(blockers) }}>
      <FormProvider {...form}>
        {saveError ? (
          <div className="error-summary" role="alert">
            <h2 className="error-summary__title">Your answers were not saved</h2>
            <p>{saveError}</p>
          </div>
        ) : null}
        {hasErrors ? (
          <ErrorSummary
            title="There is a problem"
            entries={summary}
            focusKey={submits + form.formState.submitCount}
          />
        ) : null}
        {!hasErrors && shown && blockerEntries.length > 0 ? (
          <ErrorSummary
            title="This plan cannot proceed as it stands"
            entries={blockerEntries}
            focusKey={submits}
            footer="These are facts of the migration, not typing errors. Your answers are saved. Change them, or select Continue again to go on with the blockers recorded in the plan."
          />
        ) : null}
        <h1 className="page-title" tabIndex={-1}>
          {step.title}
        </h1>
        <p className="lead">{step.lead}</p>
        <div className="step-layout">
          <form
            className="step-form"
            noValidate
            onSubmit={(e) => {
              setSaveError(null)
              void form.handleSubmit(onValid, () => setSubmits((n) => n + 1))(e)
            }}
          >
            <Autosave planId={plan.id} stepId={step.id} />
            <Fields fields={step.fields} />
            {extra}
            <div className="button-group">
              <button type="submit" className="button">
                {shown && blockerEntries.length > 0 ? 'Continue with blockers' : 'Continue'}
              </button>
              <BackLink plan={plan} step={step} returnTo={returnTo} />
            </div>
          </form>
          {notes.length > 0 ? (
            <aside className="step-notes" aria-labelledby="step-notes-title">
              <h2 id="step-notes-title" className="step-notes__title">
                Things to know
              </h2>
              {notes.map((f) => (
                <FindingNote key={`${f.ruleId}${f.path}`} finding={f} />
              ))}
            </aside>
          ) : null}
        </div>
      </FormProvider>
    </StepFormContext.Provider>
  )
}

function BackLink({ plan, step, returnTo }: { plan: Plan; step: StepDef; returnTo?: 'review' }) {
  const previous = previousStep(plan.answers, step)
  if (returnTo === 'review') {
    return (
      <Link className="link" to="/plan/$planId/review" params={{ planId: plan.id }}>
        Back to check your answers
      </Link>
    )
  }
  return previous ? (
    <Link
      className="link"
      to="/plan/$planId/step/$stepId"
      params={{ planId: plan.id, stepId: previous.id }}
    >
      Back: {previous.title}
    </Link>
  ) : (
    <Link className="link" to="/plan/$planId" params={{ planId: plan.id }}>
      Back to the plan overview
    </Link>
  )
}
