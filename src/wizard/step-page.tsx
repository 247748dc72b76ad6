import { Link, useNavigate } from '@tanstack/react-router'
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import type { DefaultValues, FieldValues, Resolver } from 'react-hook-form'
import { FormProvider, useForm } from 'react-hook-form'
import type { Plan } from '../plan/plan'
import type { Answers, SliceKey } from '../rules/answers'
import type { Finding } from '../rules/finding'
import { clearDrafts, readDraft, saveDraft } from '../store/drafts'
import { savedFindings } from '../store/known-findings'
import { loadPlan, savePlan, whenSaved } from '../store/plan-store'
import { useDocumentTitle } from '../ui/document-title'
import { whenSettled } from '../ui/when-settled'
import { LazyMigrationDiagram } from '../ui/lazy-diagram'
import type { SummaryEntry } from '../ui/error-summary'
import { ErrorSummary } from '../ui/error-summary'
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
import { Fields } from './form/fields'
import { StepFormContext } from './form/form-context'
import { UnplacedNotes, useLiveNotes } from './live-notes'
import type { StepModule } from './step-module'
import { preloadPage } from '../ui/route-data'
import { prefetchStep } from './step-modules'
import { blockerKey, useBlockerAcknowledgement } from './use-blocker-acknowledgement'
import { useStepChecks } from './use-step-checks'
import { useStepDraft } from './use-step-draft'

type Slice<K extends SliceKey> = NonNullable<Answers[K]>

/** What saving a step needs beyond drawing it: loaded after the step's checks. */
const loadSaving = () =>
  Promise.all([
    import('../store/parked'),
    import('./submit-step'),
    import('./stale-save-prompt'),
    import('../ui/finding-summary'),
  ])

/** A blocker's line in the summary: shown only after Continue, which loads the rules' short titles. */
type ShortLine = (f: Finding, item?: string) => string

// Shown only when another tab saved this step meanwhile; loaded with the saving code.
const StaleSavePrompt = lazy(() =>
  import('./stale-save-prompt').then((m) => ({ default: m.StaleSavePrompt })),
)

/** The plan as a file, when saving in this browser failed (loaded on the click). */
const downloadPlanFile = (plan: Plan) =>
  import('../ui/download').then((m) => m.downloadPlanFile(plan))

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
  const { meta, sideKeys = [], Form } = module
  // The step's saved answers when the form was filled: a later save by another tab is stale news.
  const base = useRef<Answers[K]>(plan.answers[meta.slice])
  const [initial] = useState(() =>
    draftValues(module, plan.answers, readDraft(plan.id, meta.id), sideKeys),
  )
  const [side, setSideState] = useState<Partial<Slice<K>>>(initial.side)
  const sideRef = useRef(side)
  const setSide = useCallback((patch: Partial<Slice<K>>) => {
    sideRef.current = { ...sideRef.current, ...patch }
    setSideState(sideRef.current)
  }, [])
  // The schema and resolver load once the page is drawn (zod is not on a step's first load).
  const { checks, ensure } = useStepChecks(module)
  const form = useForm<I, unknown, Slice<K>>({
    resolver: useMemo(() => {
      const resolver: Resolver<I, unknown, Slice<K>> = async (values, context, options) => {
        // Usually loaded already; else Continue waits for it, and nothing is saved unchecked.
        const { resolver: validate } = await ensure()
        // `values` are the form's own, read after the wait: what was typed meanwhile is
        // checked and saved too. The side values (a room inventory) are validated with
        // the form's, never put in it.
        return validate({ ...values, ...sideRef.current }, context, options)
      }
      return resolver
    }, [ensure]),
    defaultValues: initial.form as DefaultValues<I>,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const draft = useStepDraft(form, plan.id, meta.id)
  const warnings = useLiveNotes(module, plan.answers, form, checks)
  const ack = useBlockerAcknowledgement()
  const [submits, setSubmits] = useState(0)
  const [shortLine, setShortLine] = useState<ShortLine | null>(null)
  const [saveProblem, setSaveProblem] = useState<{ message: string; plan: Plan } | null>(null)
  const [checksProblem, setChecksProblem] = useState(false)
  const submitting = useRef(false)
  // The step Continue usually leads to: its code is fetched (not run) while this one is filled.
  const next = returnTo === 'review' ? undefined : nextStepId(plan, meta.id)
  useEffect(
    () => (next ? whenSettled(() => preloadPage(`plan/$/step/${next}`)) : undefined),
    [next],
  )
  // Someone is filling the form: the checks are needed soon, idle time or not. A press
  // counts as well as focus (Safari does not focus a radio button or a box that is clicked).
  const formRef = useRef<HTMLFormElement>(null)
  // In the commit, so a use the moment the form is drawn is not missed.
  useLayoutEffect(() => {
    const el = formRef.current
    const start = () => void ensure().catch(() => {})
    const uses = ['focusin', 'pointerdown', 'input'] as const
    for (const type of uses) el?.addEventListener(type, start, { once: true })
    return () => {
      for (const type of uses) el?.removeEventListener(type, start)
    }
  }, [ensure])
  // What Continue runs after the checks, fetched once they are here.
  useEffect(() => {
    if (checks) void loadSaving().catch(() => {})
  }, [checks])
  const [stale, setStale] = useState<{ values: Slice<K>; saved: unknown } | null>(null)
  const errors = nameItems(flattenErrors(form.formState.errors), module.fields)
  const hasErrors = errors.length > 0 && form.formState.submitCount > 0
  useDocumentTitle(meta.title, hasErrors)

  const blockers =
    ack.shown ??
    savedFindings(plan.answers).filter(
      (f) => f.severity === 'blocker' && stepOfPath(f.path)?.id === meta.id,
    )

  const save = async (values: Slice<K>, force = false) => {
    setSaveProblem(null)
    // Parked answers are checked with the Group Chat schema: loaded here, off the first load
    // (the step's schema, and so zod, is already loaded: the values were just checked).
    const [{ readParked, saveParked }, { submitStep }, , summary] = await loadSaving()
    // A step's blockers are the rules' (pre-flight results are not a step's findings).
    setShortLine(
      () => (f: Finding, item?: string) =>
        summary.isRuleId(f.ruleId)
          ? summary.shortFinding({ ruleId: f.ruleId, count: f.count }, item)
          : f.message,
    )
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
        ? savedFindings(plan.answers)
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
      const item = itemOf(module.fields, path)
      return { path, message: shortLine ? shortLine(f, item) : f.message }
    }),
    order,
  )
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

  // The questions, kept as one element while only the page around them changes: the notes
  // settling after a pause in typing re-render the page, not its 40 SQL Server instances
  // (each field reads its notes and problems from the context above, which changes only
  // when they do).
  const questions = useMemo(
    () =>
      Form ? (
        <Form side={side} setSide={setSide} fields={<Fields fields={module.fields} />} />
      ) : (
        <Fields fields={module.fields} />
      ),
    [Form, side, setSide, module.fields],
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
          <Suspense fallback={null}>
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
          </Suspense>
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
            ref={formRef}
            onSubmit={(e) => {
              if (submitting.current) {
                // Still checking the last Continue (its schema on the way): one save only.
                e.preventDefault()
                return
              }
              submitting.current = true
              setChecksProblem(false)
              form
                .handleSubmit(
                  (values) => save(values),
                  () => setSubmits((n) => n + 1),
                )(e)
                .catch(() => {
                  // The step's checks could not be loaded (offline before they were kept). The
                  // browser answers a module that failed once with the same failure until the
                  // page is loaded again: the message says to reload (the draft keeps the values).
                  setChecksProblem(true)
                  setSubmits((n) => n + 1)
                })
                .finally(() => {
                  submitting.current = false
                })
            }}
          >
            {draft.problem ? (
              <div className="warning-text autosave-problem" role="alert">
                <p>
                  <strong>What you type is not being kept.</strong> {draft.problem}
                </p>
              </div>
            ) : null}
            {questions}
            <UnplacedNotes notes={unplaced} />
            {checksProblem ? (
              <div className="error-summary" role="alert">
                <h2 className="error-summary__title">Your answers were not checked</h2>
                <p>
                  The checks of this step could not be loaded. Check your connection, then reload
                  the page and select Continue. What you typed is kept.
                </p>
              </div>
            ) : null}
            <div className="button-group">
              <button
                type="submit"
                className="button"
                // Intent to go on: the next step's form is fetched now if idle time has not come.
                onPointerEnter={() => next && prefetchStep(next)}
                onFocus={() => next && prefetchStep(next)}
              >
                {ack.shown && blockerEntries.length > 0 ? 'Continue with blockers' : 'Continue'}
              </button>
            </div>
          </form>
          {meta.id === 'sql' || meta.id === 'pools' ? (
            <aside className="step-picture" aria-label="The migration so far">
              <LazyMigrationDiagram
                answers={plan.answers}
                findings={savedFindings(plan.answers)}
                size="small"
                planName={plan.name}
              />
            </aside>
          ) : null}
        </div>
      </FormProvider>
    </StepFormContext.Provider>
  )
}

/** The step after this one for these answers, or undefined when the review comes next. */
function nextStepId(plan: Plan, stepId: string): string | undefined {
  const steps = applicableSteps(plan.answers)
  return steps[steps.findIndex((s) => s.id === stepId) + 1]?.id
}

/** GOV.UK's back link, at the top of the page. */
export function BackLink(props: { plan: Plan; stepId: string; returnTo?: 'review' }) {
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
