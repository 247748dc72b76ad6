import { useLocation } from '@tanstack/react-router'
import { useState } from 'react'
import type * as LinkBudget from '../plan/link-budget'
import { LINK_WARN_LENGTH } from '../plan/link-limits'
import type { Plan } from '../plan/plan'
import { downloadPlanFile } from '../ui/download'
import { loadOnDemand } from '../ui/load-on-demand'
import { appOrigin } from './app-base'

declare module '@tanstack/history' {
  interface HistoryState {
    /** Set by the open-link page on the address it saves an opened plan under. */
    openedFromLink?: boolean
  }
}

/**
 * Said where the plan was just opened from a share link: the plan is now this
 * browser's own copy, and ticks made here never reach whoever sent the link.
 */
export function OpenedCopyNote({ planName }: { planName: string }) {
  return (
    <div className="inset" role="note" aria-label="Your own copy">
      <p>
        <strong>This is your own copy of “{planName}”,</strong> saved in this browser from the link
        you opened. Ticks and changes you make here stay here: they do not flow back to whoever sent
        the link, and theirs do not reach you. To send your progress back, copy a new link or
        download the plan file below.
      </p>
    </div>
  )
}

// The link codec (and its compression library) is loaded when the panel is about
// to be used (pointer over or focus on "Copy link"), never with the page.
const loadCodec = loadOnDemand<typeof LinkBudget>(() => import('../plan/link-budget'))

/** The whole address counts towards the link budget, not only the part after the #. */
export async function shareUrl(
  plan: Plan,
): Promise<{ url: string; cut: number; cutExistingNames: number }> {
  const { shareLink } = await loadCodec()
  const { url, cut, cutExistingNames } = shareLink(plan, appOrigin())
  return { url, cut, cutExistingNames }
}

/** What a share link holds, decided once from the link that was made. */
export type LinkVerdict =
  /** The whole plan, ticks included, in a link of a safe length. */
  | { kind: 'whole'; length: number }
  /** Plan and ticks, but part of the room list was left out to keep the link short. */
  | { kind: 'cut'; length: number; cut: number; cutExistingNames: number }
  /** Longer than mail and chat tools keep intact, even with the room list cut: send the file. */
  | { kind: 'too-long'; length: number; cut: number; cutExistingNames: number }

export function linkVerdict(
  link: { url: string; cut: number; cutExistingNames: number },
  limit = LINK_WARN_LENGTH,
): LinkVerdict {
  const { cut, cutExistingNames } = link
  const length = link.url.length
  if (length > limit) return { kind: 'too-long', length, cut, cutExistingNames }
  if (cut > 0 || cutExistingNames > 0) return { kind: 'cut', length, cut, cutExistingNames }
  return { kind: 'whole', length }
}

const count = (n: number) => n.toLocaleString('en')

function leftOut(v: { cut: number; cutExistingNames: number }): string {
  return [
    v.cut ? `${count(v.cut)} ${v.cut === 1 ? 'room' : 'rooms'} needing action` : '',
    v.cutExistingNames
      ? `${count(v.cutExistingNames)} ${v.cutExistingNames === 1 ? 'name' : 'names'} of rooms already in the new pool`
      : '',
  ]
    .filter(Boolean)
    .join(' and ')
}

/**
 * The one message the panel shows about a link: what it holds and what to send.
 * `copied` says whether the link reached the clipboard.
 */
export function linkMessage(v: LinkVerdict, copied: boolean): string {
  const chars = `${count(v.length)} characters`
  if (v.kind === 'too-long') {
    const missing = leftOut(v)
    return [
      `Send the plan file instead: this plan is too large for a link. The link is ${chars}, more than the ${count(LINK_WARN_LENGTH)} that some mail programs and chat tools keep intact`,
      missing ? `, and it leaves out ${missing}.` : '.',
      copied
        ? ' It was copied all the same, for a tool you know keeps long links.'
        : ' This browser did not allow copying; the link is below if you need it.',
    ].join('')
  }
  const start = copied
    ? `Link copied (${chars}).`
    : `This browser did not allow copying: select the link below and copy it (${chars}).`
  if (v.kind === 'cut') {
    return `${start} It holds the plan and its ticks, but part of the room list was left out to keep it short: ${leftOut(v)} (the counts are kept). To send every room, send the plan file.`
  }
  return `${start} It holds the whole plan, ticks included.`
}

export function SharePanel({ plan }: { plan: Plan }) {
  const openedFromLink = useLocation({ select: (l) => l.state.openedFromLink === true })
  return <SharePanelView plan={plan} openedFromLink={openedFromLink} />
}

/** The panel itself, told whether the plan was just opened from a link. */
export function SharePanelView({ plan, openedFromLink }: { plan: Plan; openedFromLink: boolean }) {
  const [shared, setShared] = useState<{ url: string; verdict: LinkVerdict; copied: boolean }>()
  const [failed, setFailed] = useState(false)
  const copy = async () => {
    let link: Awaited<ReturnType<typeof shareUrl>>
    try {
      link = await shareUrl(plan)
    } catch {
      // The part that makes links could not load (offline before it was cached).
      setFailed(true)
      return
    }
    setFailed(false)
    const verdict = linkVerdict(link)
    let copied = true
    try {
      await navigator.clipboard.writeText(link.url)
    } catch {
      copied = false
    }
    setShared({ url: link.url, verdict, copied })
  }
  const warn = shared !== undefined && shared.verdict.kind !== 'whole'
  return (
    <section className="panel no-print" aria-labelledby="share-title">
      <h2 id="share-title">Share or keep this plan</h2>
      {openedFromLink ? <OpenedCopyNote planName={plan.name} /> : null}
      <p>
        A share link carries the plan after the #, which browsers never send to a web server. Anyone
        with the link sees your server names: send it only to colleagues who may. A colleague who
        opens it gets a copy of their own: ticks made there do not come back to you.
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={() => void copy()}
          onPointerEnter={() => void loadCodec().catch(() => undefined)}
          onFocus={() => void loadCodec().catch(() => undefined)}
        >
          Copy link
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void downloadPlanFile(plan)}
        >
          Download plan file
        </button>
      </div>
      <div role="status" className="share__status">
        {failed ? (
          <p className="warning-text">
            The link could not be made: part of the planner did not load. Check the network, then
            reload the page and try again, or download the plan file.
          </p>
        ) : shared ? (
          <p className={warn ? 'warning-text' : undefined}>
            {linkMessage(shared.verdict, shared.copied)}
          </p>
        ) : null}
      </div>
      {shared ? (
        <div className="field">
          <label className="field__label" htmlFor="share-link">
            Share link
          </label>
          <input
            id="share-link"
            className="input input--full"
            readOnly
            value={shared.url}
            onFocus={(e) => e.target.select()}
          />
        </div>
      ) : null}
    </section>
  )
}
