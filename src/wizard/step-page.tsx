import { zodResolver } from '@hookform/resolvers/zod'
import { Link, useNavigate } from '@tanstack/react-router'
import { useMemo, useRef, useState } from 'react'
import type { DefaultValues, FieldValues, Resolver } from 'react-hook-form'
import { FormProvider, useForm } from 'react-hook-form'
import type { Plan } from '../plan/plan'
import type { Answers, SliceKey } from '../rules/answers'
import type { Finding } from '../rules/finding'
import { clearDrafts, readDraft, saveDraft } from '../store/drafts'
import { findingsFor } from '../store/findings'
import { readParked, saveParked } from '../store/parked'
import { loadPlan, savePlan, whenSaved } from '../store/plan-store'
import { useDocumentTitle } from '../ui/document-title'
import { LazyMigrationDiagram } from '../ui/lazy-diagram'
import { downloadPlanFile } from '../ui/download'
import type { SummaryEntry } from '../ui/error-summary'
import { ErrorSummary } from '../ui/error-summary'
import { shortFinding } from '../ui/finding-summary'
import { applicableSteps, pathInStep, stepOfPath } from '../ui/step-registry'
import { draftValues } from './draft-values'
import {
  fieldOrder,
  flattenErrors,
  itemOf,
  nameItems,
  renderedPaths,
  sortByOrder,
} from './form/errors'
import { StepFormContext } from './form/form-context'
import { UnplacedNotes, useLiveNotes } from './live-notes'
import type { StepModule } from './step-module'
import { StaleSavePrompt } from './stale-save-prompt'
import { submitStep } from './submit-step'
import { blockerKey, useBlockerAcknowledgement } from './use-blocker-acknowledgement'
import { useStepDraft } from './use-step-draft'

type Slice<K extends SliceKey> = NonNullable<Answers[K]>

function blockerMap(findings: Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>()
  for (const f of findings) {
    const key = pathInStep(f.path)
    map.set(key, [...(map.get(key) ?? []), f])
  }
  return map
}

/** One step of the wizard: its form, its findings, and what Continue does. */
export function StepPage<K extends SliceKey, I extends FieldValues>({
  module,
  plan,
  returnTo,
}: {
  module: StepModule<K, I>
  plan: Plan
  returnTo?: 'review'
}) {
  const navigate = useNavigate()
  const { meta, schema, sideKeys = [] } = module
  // The step's saved answers when the form was filled: a later save by another tab is stale news.
  const base = useRef<Answers[K]>(plan.answers[meta.slice])
  const [initial] = useState(() =>
    draftValues(module, plan.answers, readDraft(plan.id, meta.id), sideKeys),
  )
  const [side, setSideState] = useState<Partial<Slice<K>>>(initial.side)
  const sideRef = useRef(side)
  const setSide = (patch: Partial<Slice<K>>) => {
    sideRef.current = { ...sideRef.current, ...patch }
    setSideState(sideRef.current)
  }
  const form = useForm<I, unknown, Slice<K>>({
    resolver: useMemo(() => {
      const validate = zodResolver(schema)
      // The side values (a room inventory) are validated with the form's, never put in it.
      const resolver: Resolver<I, unknown, Slice<K>> = (values, context, options) =>
        validate({ ...values, ...sideRef.current }, context, options)
      return resolver
    }, [schema]),
    defaultValues: initial.form as DefaultValues<I>,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const draft = useStepDraft(form, plan.id, meta.id)
  const warnings = useLiveNotes(module, plan.answers, form)
  const ack = useBlockerAcknowledgement()
  const [submits, setSubmits] = useState(0)
  const [saveProblem, setSaveProblem] = useState<{ message: string; plan: Plan } | null>(null)
  const [stale, setStale] = useState<{ values: Slice<K>; saved: unknown } | null>(null)
  const errors = nameItems(flattenErrors(form.formState.errors), module.fields)
  const hasErrors = errors.length > 0 && form.formState.submitCount > 0
  useDocumentTitle(meta.title, hasErrors)

  const blockers =
    ack.shown ??
    findingsFor(plan.answers).filter(
      (f) => f.severity === 'blocker' && stepOfPath(f.path)?.id === meta.id,
    )

  const save = async (values: Slice<K>, force = false) => {
    setSaveProblem(null)
    // The plan as saved now, which another tab may have changed since this page opened.
    const latest = loadPlan(plan.id)
    const result = submitStep(latest.status === 'ok' ? latest.plan : plan, meta, values, {
      parked: readParked(plan.id),
      base: base.current,
      force,
    })
    if (!result.ok) {
      setStale({ values, saved: result.stale })
      setSubmits((n) => n + 1)
      return
    }
    const saved = savePlan(result.plan)
    if (!saved.ok) {
      setSaveProblem({ message: saved.message, plan: result.plan })
      setSubmits((n) => n + 1)
      return
    }
    setStale(null)
    base.current = values
    saveParked(plan.id, result.parked)
    draft.discard()
    for (const id of result.spentDrafts) clearDrafts(plan.id, id)
    for (const r of result.reaskDrafts) saveDraft(plan.id, r.stepId, r.draft)
    // Blockers saved in the plan were acknowledged when first saved: after a Change from the
    // review they do not stop Continue again; only a new one does.
    const acknowledged = new Set(
      returnTo === 'review'
        ? findingsFor(plan.answers)
            .filter((f) => f.severity === 'blocker' && stepOfPath(f.path)?.id === meta.id)
            .map(blockerKey)
        : [],
    )
    if (ack.mustStop(values, result.blockers, acknowledged)) {
      setSubmits((n) => n + 1)
      return
    }
    const next = returnTo === 'review' ? undefined : result.next
    // A large room inventory is still being written: leave only once it is kept.
    await whenSaved(plan.id)
    if (next)
      void navigate({
        to: '/plan/$planId/step/$stepId',
        params: { planId: plan.id, stepId: next.id },
      })
    else void navigate({ to: '/plan/$planId/review', params: { planId: plan.id } })
  }

  const order = fieldOrder(module.fields, form.getValues())
  const summary: SummaryEntry[] = sortByOrder(errors, order)
  const blockerEntries: SummaryEntry[] = sortByOrder(
    // One short line each, naming the item; the full text is under the field the link reaches.
    (ack.shown ?? []).map((f) => {
      const path = pathInStep(f.path)
      return { path, message: shortFinding(f, itemOf(module.fields, path)) }
    }),
    order,
  )
  const Form = module.Form
  const shown = new Set([
    ...renderedPaths(module.fields, form.getValues(), plan.answers),
    ...(module.panelPaths ?? []),
  ])
  const unplaced = [...warnings].flatMap(([path, notes]) => (shown.has(path) ? [] : notes))
  const contextValue = useMemo(
    () => ({ answers: plan.answers, blockers: blockerMap(blockers), warnings }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [plan.answers, ack.shown, warnings],
  )

  return (
    <StepFormContext.Provider value={contextValue}>
      <FormProvider {...form}>
        <BackLink plan={plan} stepId={meta.id} returnTo={returnTo} />
        {saveProblem ? (
          <div className="error-summary" role="alert">
            <h2 className="error-summary__title">Your answers were not saved</h2>
            <p>{saveProblem.message}</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void downloadPlanFile(saveProblem.plan)}
            >
              Download the plan file with these answers
            </button>
          </div>
        ) : null}
        {stale ? (
          <StaleSavePrompt
            focusKey={submits}
            onKeepMine={() => void save(stale.values, true)}
            onUseSaved={() => {
              base.current = stale.saved as Answers[K]
              setStale(null)
              draft.discard()
              clearDrafts(plan.id, meta.id)
              form.reset(
                draftValues(
                  module,
                  { ...plan.answers, [meta.slice]: stale.saved },
                  undefined,
                  sideKeys,
                ).form as DefaultValues<I>,
              )
            }}
          />
        ) : null}
        {hasErrors ? (
          <ErrorSummary
            title="There is a problem"
            entries={summary}
            focusKey={submits + form.formState.submitCount}
          />
        ) : null}
        {!hasErrors && ack.shown && blockerEntries.length > 0 ? (
          <ErrorSummary
            title="This plan cannot proceed as it stands"
            entries={blockerEntries}
            focusKey={submits}
            footer="These are facts of the migration, not typing errors. Your answers are saved. Change them, or select Continue with blockers to go on with the blockers recorded in the plan."
          />
        ) : null}
        <h1 className="page-title" tabIndex={-1}>
          {meta.title}
        </h1>
        <p className="lead">{module.lead}</p>
        <div className="step-layout">
          <form
            className="step-form"
            noValidate
            onSubmit={(e) => {
              void form.handleSubmit(
                (values) => save(values),
                () => setSubmits((n) => n + 1),
              )(e)
            }}
          >
            {draft.problem ? (
              <div className="warning-text autosave-problem" role="alert">
                <p>
                  <strong>What you type is not being kept.</strong> {draft.problem}
                </p>
              </div>
            ) : null}
            <Form side={side} setSide={setSide} />
            <UnplacedNotes notes={unplaced} />
            <div className="button-group">
              <button type="submit" className="button">
                {ack.shown && blockerEntries.length > 0 ? 'Continue with blockers' : 'Continue'}
              </button>
            </div>
          </form>
          {meta.id === 'sql' || meta.id === 'pools' ? (
            <aside className="step-picture" aria-label="The migration so far">
              <LazyMigrationDiagram answers={plan.answers} size="small" planName={plan.name} />
            </aside>
          ) : null}
        </div>
      </FormProvider>
    </StepFormContext.Provider>
  )
}

/** GOV.UK's back link, at the top of the page. */
function BackLink(props: { plan: Plan; stepId: string; returnTo?: 'review' }) {
  return (
    <p className="back-link">
      <BackTarget {...props} />
    </p>
  )
}

function BackTarget({
  plan,
  stepId,
  returnTo,
}: {
  plan: Plan
  stepId: string
  returnTo?: 'review'
}) {
  if (returnTo === 'review') {
    return (
      <Link className="link" to="/plan/$planId/review" params={{ planId: plan.id }}>
        Back to check your answers
      </Link>
    )
  }
  const steps = applicableSteps(plan.answers)
  const i = steps.findIndex((s) => s.id === stepId)
  const previous = i > 0 ? steps[i - 1] : undefined
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
