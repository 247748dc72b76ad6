import { useEffect, useMemo, useState } from 'react'
import type { FieldValues } from 'react-hook-form'
import { useFormContext, useWatch } from 'react-hook-form'
import type { Answers, SliceKey } from '../rules/answers'
import type { Finding } from '../rules/finding'
import { findingsFor, SLICE_CHECKS } from '../store/findings'
import { FindingNote } from '../ui/finding-note'
import { stepOfPath } from '../ui/step-registry'
import type { StepModule } from './step-module'

/** How long typing must pause before the step's own check runs on what is typed. */
const LIVE_DELAY_MS = 200

const key = (f: Finding) => `${f.ruleId}|${f.path}|${f.message}`

function withSlice<K extends SliceKey>(answers: Answers, slice: K, value: Answers[K]): Answers {
  return { ...answers, [slice]: value }
}

/**
 * Warnings follow what is typed: they never stop Continue, so they must show
 * before it. The saved plan's findings are evaluated once; while typing, only
 * the step's own check runs again, on the typed slice, once typing pauses.
 */
export function LiveNotes<K extends SliceKey, I extends FieldValues>({
  module,
  answers,
}: {
  module: StepModule<K, I>
  answers: Answers
}) {
  const { meta, schema } = module
  const sideKeys: readonly string[] = module.sideKeys ?? []
  const { control } = useFormContext()
  const watched: unknown = useWatch({ control })
  // Re-checked once typing pauses, never on each keystroke.
  const [typed, setTyped] = useState<unknown>(watched)
  useEffect(() => {
    const timer = setTimeout(() => setTyped(watched), LIVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [watched])
  const inStep = (f: Finding) => f.severity !== 'blocker' && stepOfPath(f.path)?.id === meta.id
  // The saved findings, less those the step's own check gave on the saved slice
  // without its side values: what typing may change.
  const kept = useMemo(() => {
    const saved = findingsFor(answers).filter(inStep)
    const slice = answers[meta.slice] as Record<string, unknown> | undefined
    if (!slice) return saved
    const rest = Object.fromEntries(Object.entries(slice).filter(([k]) => !sideKeys.includes(k)))
    const parsed = schema.safeParse(rest)
    if (!parsed.success) return saved
    const own = new Set(
      SLICE_CHECKS[meta.slice](withSlice(answers, meta.slice, parsed.data)).map(key),
    )
    return saved.filter((f) => !own.has(key(f)))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answers, meta, schema])
  const notes = useMemo(() => {
    const parsed = schema.safeParse(typed)
    if (!parsed.success) return findingsFor(answers).filter(inStep)
    const live = SLICE_CHECKS[meta.slice](withSlice(answers, meta.slice, parsed.data)).filter(
      inStep,
    )
    const seen = new Set(kept.map(key))
    return [...kept, ...live.filter((f) => !seen.has(key(f)))]
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed, kept, answers, meta, schema])
  if (notes.length === 0) return null
  return (
    <aside className="step-notes" aria-labelledby="step-notes-title">
      <h2 id="step-notes-title" className="step-notes__title">
        Things to know
      </h2>
      {notes.map((f) => (
        <FindingNote key={key(f)} finding={f} />
      ))}
    </aside>
  )
}
