import type { Plan } from '../plan/plan'
import type { Conflict } from '../store/import-plan'
import { sameValue } from '../store/same-value'
import type { StepMeta } from '../ui/step-registry'
import { STEPS } from '../ui/step-registry'

/** How a plan saved here and the same plan opened from a link or file differ. */
export interface PlanDifferences {
  /** Which was changed last, by its save time. */
  newer: 'saved' | 'opened' | 'same'
  ticks: { saved: number; opened: number; onlySaved: number; onlyOpened: number }
  /** Steps whose answers differ, in the wizard's order. */
  steps: StepMeta[]
  /** The opened plan carries another name. */
  renamed: boolean
}

export function planDifferences(saved: Plan, opened: Plan): PlanDifferences {
  const savedAt = Date.parse(saved.updatedAt)
  const openedAt = Date.parse(opened.updatedAt)
  const savedTicks = new Set(saved.done)
  const openedTicks = new Set(opened.done)
  return {
    newer: savedAt === openedAt ? 'same' : savedAt > openedAt ? 'saved' : 'opened',
    ticks: {
      saved: savedTicks.size,
      opened: openedTicks.size,
      onlySaved: [...savedTicks].filter((id) => !openedTicks.has(id)).length,
      onlyOpened: [...openedTicks].filter((id) => !savedTicks.has(id)).length,
    },
    steps: STEPS.filter((s) => !sameValue(saved.answers[s.slice], opened.answers[s.slice])),
    renamed: saved.name !== opened.name,
  }
}

/** A save time as the administrator reads it, in this browser's time zone. */
export function formatWhen(iso: string, seconds = false): string {
  return new Date(iso).toLocaleString('en-GB', {
    dateStyle: 'medium',
    timeStyle: seconds ? 'medium' : 'short',
  })
}

const ticks = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'tick' : 'ticks'}`

/** The differences as sentences, one per line of the prompt's list. */
export function differenceLines(saved: Plan, opened: Plan): string[] {
  const d = planDifferences(saved, opened)
  const newer = (which: PlanDifferences['newer']) => (d.newer === which ? ' (newer)' : '')
  // Two saves in the same minute are told apart by their seconds.
  const seconds = formatWhen(saved.updatedAt) === formatWhen(opened.updatedAt)
  const lines = [
    `Last changed: the saved one ${formatWhen(saved.updatedAt, seconds)}${newer('saved')}; the opened one ${formatWhen(opened.updatedAt, seconds)}${newer('opened')}.`,
  ]
  const only = [
    d.ticks.onlySaved ? `${ticks(d.ticks.onlySaved)} only in the saved one` : '',
    d.ticks.onlyOpened ? `${ticks(d.ticks.onlyOpened)} only in the opened one` : '',
  ].filter(Boolean)
  lines.push(
    `Ticks done: ${d.ticks.saved.toLocaleString('en')} in the saved one, ${d.ticks.opened.toLocaleString('en')} in the opened one${only.length ? ` (${only.join(', ')})` : ', the same items'}.`,
  )
  lines.push(
    d.steps.length
      ? `Steps with other answers: ${d.steps.map((s) => s.title).join('; ')}.`
      : 'The answers are the same in every step.',
  )
  if (d.renamed) lines.push(`Name: “${saved.name}” here, “${opened.name}” in the opened one.`)
  if (d.ticks.onlySaved) {
    lines.push(
      `Replacing loses the ${ticks(d.ticks.onlySaved)} made only here; keeping both loses nothing.`,
    )
  }
  return lines
}

/** Asks before an opened plan replaces one saved here; can keep both. */
export function ConflictPrompt({
  incoming,
  conflict,
  saved,
  onChoose,
}: {
  incoming: Plan
  conflict: Extract<Conflict, { kind: 'same-id' | 'editing-other' }>
  /** The plan saved here under the same ID, when it could be read. */
  saved?: Plan
  onChoose: (choice: 'replace' | 'keep-both' | 'cancel') => void
}) {
  return (
    <section className="panel" aria-labelledby="conflict-title">
      <h2 id="conflict-title">
        {conflict.kind === 'same-id'
          ? 'This plan is already saved here, with other answers'
          : 'You are editing another plan'}
      </h2>
      {conflict.kind === 'same-id' ? (
        <>
          <p>
            {incoming.name === conflict.existingName ? (
              <>&ldquo;{incoming.name}&rdquo; is already saved in this browser,</>
            ) : (
              <>
                &ldquo;{incoming.name}&rdquo; is saved in this browser as &ldquo;
                {conflict.existingName}&rdquo;,
              </>
            )}{' '}
            and the two differ. Replace the saved one with what you opened, or keep both.
          </p>
          {saved ? (
            <>
              <h3 id="conflict-differences">How the two differ</h3>
              <ul className="bullets" aria-labelledby="conflict-differences">
                {differenceLines(saved, incoming).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : (
        <p>
          You were working on &ldquo;{conflict.existingName}&rdquo;. Opening &ldquo;{incoming.name}
          &rdquo; keeps both: your plan stays saved and listed on the start page.
        </p>
      )}
      <div className="button-group">
        {conflict.kind === 'same-id' ? (
          <>
            <button
              type="button"
              className="button button--warning"
              onClick={() => onChoose('replace')}
            >
              Replace the saved plan
            </button>
            <button type="button" className="button" onClick={() => onChoose('keep-both')}>
              Keep both
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => onChoose('keep-both')}>
            Open &ldquo;{incoming.name}&rdquo;
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChoose('cancel')}
        >
          Cancel
        </button>
      </div>
    </section>
  )
}
