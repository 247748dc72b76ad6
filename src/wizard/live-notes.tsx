import { useEffect, useMemo, useState } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import type { Answers, SliceKey } from '../rules/answers'
import type { Finding } from '../rules/finding'
import { savedFindings } from '../store/known-findings'
import { FindingNote } from '../ui/finding-note'
import { pathInStep, stepOfPath } from '../ui/step-registry'
import type { StepModule } from './step-module'
import type { StepChecks } from './use-step-checks'

/** How long typing in a text box must pause before the step's own check runs again. */
const LIVE_DELAY_MS = 200

const key = (f: Finding) => `${f.ruleId}|${f.path}|${f.message}`

function withSlice<K extends SliceKey>(answers: Answers, slice: K, value: Answers[K]): Answers {
  return { ...answers, [slice]: value }
}

/**
 * A choice (radio, checkbox, select) is answered at once; typing is checked when it pauses.
 * A field's kind never changes, so each name is looked up once, not on every keystroke.
 */
function choiceTest(): (name: string | undefined) => boolean {
  const known = new Map<string, boolean>()
  return (name) => {
    if (!name) return false
    let choice = known.get(name)
    if (choice === undefined) {
      const el = document.getElementsByName(name)[0]
      if (!el) return false
      choice =
        el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && el.type !== 'text')
      known.set(name, choice)
    }
    return choice
  }
}

/**
 * The warnings and notes of a step, keyed by the field path they are about, following
 * what is typed: they never stop Continue, so they must show before it, under the field
 * that caused them. The saved plan's findings are evaluated once; while typing, only the
 * step's own check runs again, on the answers given so far (a missing or not yet valid
 * answer counts as not answered), when a choice changes or typing pauses, never per key.
 * Until the step's schema has loaded (`checks` null, until the form is first used)
 * the notes are the saved plan's.
 */
export function useLiveNotes<K extends SliceKey, I extends FieldValues, O>(
  module: StepModule<K, I>,
  answers: Answers,
  form: UseFormReturn<I, unknown, O>,
  checks: StepChecks<I, NonNullable<Answers[K]>> | null,
): Map<string, Finding[]> {
  const { meta } = module
  const sideKeys: readonly string[] = module.sideKeys ?? []
  const [typed, setTyped] = useState<unknown>(() => structuredClone(form.getValues()))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const isChoice = choiceTest()
    // A subscription, not a watch hook: a keystroke renders nothing here.
    const subscription = form.watch((_values, { name }) => {
      clearTimeout(timer)
      timer = setTimeout(
        () => setTyped(structuredClone(form.getValues())),
        isChoice(name) ? 0 : LIVE_DELAY_MS,
      )
    })
    return () => {
      subscription.unsubscribe()
      clearTimeout(timer)
    }
  }, [form])
  const inStep = (f: Finding) => f.severity !== 'blocker' && stepOfPath(f.path)?.id === meta.id
  // The saved findings, less those the step's own check gave on the saved slice
  // without its side values: what typing may change.
  const kept = useMemo(() => {
    const saved = savedFindings(answers).filter(inStep)
    const slice = answers[meta.slice] as Record<string, unknown> | undefined
    if (!slice || !checks) return saved
    const rest = Object.fromEntries(Object.entries(slice).filter(([k]) => !sideKeys.includes(k)))
    const parsed = checks.parse(rest)
    if (!parsed.success) return saved
    const own = new Set(checks.ownCheck(withSlice(answers, meta.slice, parsed.data)).map(key))
    return saved.filter((f) => !own.has(key(f)))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answers, meta, checks])
  const computed = useMemo(() => {
    let live: Finding[] = []
    if (checks) {
      const parsed = checks.parse(typed)
      // The rules read an answer missing from the slice as not answered yet.
      const slice = (parsed.success ? parsed.data : checks.answered(typed)) as Answers[K]
      live = checks.ownCheck(withSlice(answers, meta.slice, slice)).filter(inStep)
    }
    const seen = new Set(kept.map(key))
    const byPath = new Map<string, Finding[]>()
    for (const f of [...kept, ...live.filter((l) => !seen.has(key(l)))]) {
      const path = pathInStep(f.path)
      byPath.set(path, [...(byPath.get(path) ?? []), f])
    }
    return byPath
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed, kept, answers, meta, checks])
  // The same notes as before keep the same map, so a pause in typing re-renders no field.
  const signature = [...computed.values()].flat().map(key).join('\n')
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => computed, [signature])
}

/** Notes about answers that no field of the step shows (rare): listed after the questions. */
export function UnplacedNotes({ notes }: { notes: Finding[] }) {
  if (notes.length === 0) return null
  return (
    <section className="step-notes" aria-labelledby="step-notes-title">
      <h2 id="step-notes-title" className="step-notes__title">
        Things to know
      </h2>
      {notes.map((f) => (
        <FindingNote key={key(f)} finding={f} />
      ))}
    </section>
  )
}
