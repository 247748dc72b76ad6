import { useState } from 'react'
import type { Checklist } from '../checklist/build-checklist'
import type { Plan } from '../plan/plan'
import type * as Downloads from './checklist-downloads'
import { loadOnDemand } from '../ui/load-on-demand'

export const today = () => new Date().toISOString().slice(0, 10)

// The script, CSV and Markdown writers are loaded when a download button is about to
// be used (pointer over or focus), or on the click itself, never with the page.
const loadDownloads = loadOnDemand<typeof Downloads>(() => import('./checklist-downloads'))
const preload = () => void loadDownloads().catch(() => undefined)

/** Print, the runbook and the tracker exports, at the top of the checklist (sticky on wide screens). */
export function ChecklistToolbar({
  plan,
  checklist,
  inWindow,
  onWindow,
  onPrint,
}: {
  plan: Plan
  /** This plan's checklist, once its builders have loaded. */
  checklist: () => Promise<Checklist>
  inWindow: boolean
  onWindow: (on: boolean) => void
  onPrint: () => void
}) {
  const [failed, setFailed] = useState(false)
  const download = (what: Downloads.ChecklistDownload) => async () => {
    try {
      const [{ downloadChecklist }, list] = await Promise.all([loadDownloads(), checklist()])
      setFailed(false)
      downloadChecklist(what, plan, list)
    } catch {
      // The part that writes files could not load (offline before it was cached).
      setFailed(true)
    }
  }
  const lazy = { onPointerEnter: preload, onFocus: preload }
  return (
    <section className="checklist-toolbar no-print" aria-labelledby="checklist-actions-title">
      <h2 id="checklist-actions-title" className="visually-hidden">
        Checklist actions
      </h2>
      <div className="checklist-toolbar__row">
        <button type="button" className="button button--small" onClick={onPrint}>
          Print the checklist
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void download('script')()}
          {...lazy}
        >
          Download script (.ps1)
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void download('csv')()}
          {...lazy}
        >
          Download CSV
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void download('markdown')()}
          {...lazy}
        >
          Download Markdown
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-pressed={inWindow}
          onClick={() => onWindow(!inWindow)}
        >
          In the window
        </button>
      </div>
      {failed ? (
        // Only on failure: the page's one status region is the share panel's.
        <p role="alert" className="warning-text checklist-toolbar__failed">
          The file could not be made: part of the planner did not load. Check the network, then
          reload the page and try again (your plan and ticks are kept).
        </p>
      ) : null}
    </section>
  )
}
