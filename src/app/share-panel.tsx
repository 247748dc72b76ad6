import { useState } from 'react'
import { shareLink } from '../plan/link-budget'
import { LINK_WARN_LENGTH } from '../plan/link-codec'
import type { Plan } from '../plan/plan'
import { downloadPlanFile } from '../ui/download'
import { appOrigin } from './app-base'

/** The whole address counts towards the link budget, not only the part after the #. */
export function shareUrl(plan: Plan): { url: string; cut: number; cutExistingNames: number } {
  const { url, cut, cutExistingNames } = shareLink(plan, appOrigin())
  return { url, cut, cutExistingNames }
}

export function SharePanel({ plan }: { plan: Plan }) {
  const [link, setLink] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const copy = async () => {
    const { url, cut, cutExistingNames } = shareUrl(plan)
    setLink(url)
    const left = [
      cut ? `${cut.toLocaleString('en')} rooms needing action` : '',
      cutExistingNames
        ? `${cutExistingNames.toLocaleString('en')} names of rooms already in the new pool`
        : '',
    ].filter(Boolean)
    const what = left.length
      ? `It holds the plan and ticks, but only part of the room inventory: ${left.join(' and ')} were left out to keep it short (the counts are whole). The plan file carries them all.`
      : 'It holds the whole plan, ticks included.'
    try {
      await navigator.clipboard.writeText(url)
      setStatus(`Link copied (${url.length.toLocaleString('en')} characters). ${what}`)
    } catch {
      setStatus(`This browser did not allow copying. Select the link below and copy it. ${what}`)
    }
  }
  const long = link !== null && link.length > LINK_WARN_LENGTH
  return (
    <section className="panel no-print" aria-labelledby="share-title">
      <h2 id="share-title">Share or keep this plan</h2>
      <p>
        The link holds the whole plan after the #, which browsers never send to a web server. Anyone
        with the link sees your server names: send it only to colleagues who may.
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => void copy()}>
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
      <p role="status" className="share__status">
        {status}
      </p>
      {long ? (
        <div className="warning-text">
          <p>
            <strong>This link is {link.length.toLocaleString('en')} characters long,</strong> more
            than the {LINK_WARN_LENGTH.toLocaleString('en')} that some mail programs and chat tools
            keep intact. Send the plan file instead.
          </p>
        </div>
      ) : null}
      {link ? (
        <div className="field">
          <label className="field__label" htmlFor="share-link">
            Share link
          </label>
          <input
            id="share-link"
            className="input input--full"
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
          />
        </div>
      ) : null}
    </section>
  )
}
