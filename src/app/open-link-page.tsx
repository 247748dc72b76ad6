import { useNavigate } from '@tanstack/react-router'
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import type { DecodeResult } from '../plan/link-codec'
import { useDocumentTitle } from '../ui/document-title'
import { ConflictPrompt } from './conflict-prompt'
import { conflictFor, importPlan } from '../store/import-plan'
import { usePlan } from '../store/plan-store'
import { ProblemView } from '../ui/problem-view'
import { prepareReader, readPlan } from './read-plan'

// The reader starts loading with this page, before the link is looked at.
if (typeof window !== 'undefined') prepareReader()

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** Opens a share link: the plan is read from the # of the address, never sent anywhere. */
export function OpenLinkPage() {
  const navigate = useNavigate()
  // A second link pasted into the same tab changes only the #: follow it.
  const fragment = useSyncExternalStore(subscribeToHash, () => window.location.hash)
  // Read in a worker: no link, however built, can freeze or crash this page.
  const [read, setRead] = useState<{ fragment: string; result: DecodeResult } | null>(null)
  useEffect(() => {
    let live = true
    void readPlan({ kind: 'link', fragment }).then((result) => {
      if (live) setRead({ fragment, result })
    })
    return () => {
      live = false
    }
  }, [fragment])
  const decoded = read?.fragment === fragment ? read.result : null
  const conflict = useMemo(() => (decoded?.ok ? conflictFor(decoded.plan) : null), [decoded])
  // The plan saved here under the same ID, so the prompt can say how the two differ.
  const saved = usePlan(conflict?.kind === 'same-id' && decoded?.ok ? decoded.plan.id : '')
  const [saveError, setSaveError] = useState<string | null>(null)
  const failed = decoded !== null && !decoded.ok
  // A format-1 link carries no integrity check: a damaged one could open as another
  // plan, so the administrator is told and opens it deliberately.
  const unchecked =
    decoded?.ok === true && 'integrity' in decoded && decoded.integrity === 'unchecked'
  const [accepted, setAccepted] = useState<string | null>(null)
  const waiting = unchecked && accepted !== fragment
  useDocumentTitle(failed ? 'This link cannot be opened' : 'Open a shared plan', failed)

  const open = (mode: 'replace' | 'keep-both') => {
    if (!decoded?.ok) return
    const { result, plan } = importPlan(decoded.plan, mode)
    if (!result.ok) {
      setSaveError(result.message)
      return
    }
    // The checklist tells the colleague this is their own copy (see OpenedCopyNote).
    void navigate({
      to: '/plan/$planId/checklist',
      params: { planId: plan.id },
      replace: true,
      state: (prev) => ({ ...prev, openedFromLink: true }),
    })
  }

  useEffect(() => {
    if (!decoded?.ok || !conflict || waiting) return
    if (conflict.kind === 'identical') {
      void navigate({
        to: '/plan/$planId/checklist',
        params: { planId: decoded.plan.id },
        replace: true,
      })
    } else if (conflict.kind === 'none') {
      // Saving is the external system this effect syncs with; its failure is shown.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      open('replace')
    }
    // Runs once for each link that is read (and, for an unchecked link, once accepted).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [decoded, waiting])

  if (decoded && !decoded.ok) return <ProblemView problem={decoded.problem} />
  if (saveError) {
    return <ProblemView problem={{ kind: 'not-saved', message: saveError }} />
  }
  if (decoded?.ok && waiting) {
    return (
      <>
        <h1 className="page-title" tabIndex={-1}>
          Open a shared plan
        </h1>
        <div className="warning-text" role="note">
          <p>
            This link was made by an older version of the planner, which could not check a link for
            damage. A link changed in copying can still open, as a different plan: before you run
            anything, check the plan&rsquo;s server names, SQL Server instances and paths against
            your deployment, or ask for the link again.
          </p>
        </div>
        <div className="button-group">
          <button type="button" className="button" onClick={() => setAccepted(fragment)}>
            Open the plan
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void navigate({ to: '/' })}
          >
            Cancel
          </button>
        </div>
      </>
    )
  }
  if (
    decoded?.ok &&
    conflict &&
    (conflict.kind === 'same-id' || conflict.kind === 'editing-other')
  ) {
    return (
      <>
        <h1 className="page-title" tabIndex={-1}>
          Open a shared plan
        </h1>
        <ConflictPrompt
          incoming={decoded.plan}
          conflict={conflict}
          saved={saved.status === 'ok' ? saved.plan : undefined}
          onChoose={(choice) => {
            if (choice === 'cancel') void navigate({ to: '/' })
            else open(choice)
          }}
        />
      </>
    )
  }
  return (
    <h1 className="page-title" tabIndex={-1}>
      Opening the shared plan…
    </h1>
  )
}
