import type { Plan } from '../plan/plan'
import type { Conflict } from '../store/import-plan'

/** Asks before an opened plan replaces one saved here; can keep both. */
export function ConflictPrompt({
  incoming,
  conflict,
  onChoose,
}: {
  incoming: Plan
  conflict: Extract<Conflict, { kind: 'same-id' | 'editing-other' }>
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
        <p>
          &ldquo;{incoming.name}&rdquo; is saved in this browser as &ldquo;{conflict.existingName}
          &rdquo;, and the two differ. Replace the saved one with what you opened, or keep both.
        </p>
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
