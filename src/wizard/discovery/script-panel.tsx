import { useId, useState } from 'react'
import { downloadText } from '../../ui/download'

export interface ScriptInfo {
  title: string
  fileName: string
  /** The text as downloaded; a .ps1 starts with a byte-order mark. */
  text: string
  does: string
  doesNot: string
  runOn: string
  /** Shown above the script: what is not confirmed, what to watch for. */
  notes?: readonly string[]
}

const BOM = '\uFEFF'

/**
 * One generated script or query: what it does and does not do, where to run
 * it, and the text to copy or download. The download keeps the byte-order
 * mark Windows PowerShell 5.1 needs; the copy leaves it out.
 */
export function ScriptPanel({
  script,
  headingLevel = 3,
  announce,
}: {
  script: ScriptInfo
  headingLevel?: 2 | 3 | 4
  announce: (message: string) => void
}) {
  const id = useId()
  const [copyFailed, setCopyFailed] = useState(false)
  const Heading = `h${headingLevel}` as const
  const type = script.fileName.endsWith('.ps1') ? 'text/plain' : 'application/sql'
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(script.text.replace(/^\uFEFF/, ''))
      setCopyFailed(false)
      announce(`${script.title}: copied.`)
    } catch {
      setCopyFailed(true)
      announce(`${script.title}: could not copy. Select the text of the script and copy it.`)
    }
  }
  return (
    <section className="script-panel" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{script.title}</Heading>
      <dl className="script-panel__facts">
        <dt>What it does</dt>
        <dd>{script.does}</dd>
        <dt>What it does not do</dt>
        <dd>{script.doesNot}</dd>
        <dt>Where to run it</dt>
        <dd>{script.runOn}</dd>
      </dl>
      {script.notes?.map((n) => (
        <p key={n} className="warning-text">
          {n}
        </p>
      ))}
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            downloadText(script.fileName, script.text, `${type};charset=utf-8`)
            announce(`${script.fileName}: downloaded.`)
          }}
        >
          Download {script.fileName}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          Copy {script.fileName.endsWith('.sql') ? 'the query' : 'the script'}
          <span className="visually-hidden"> {script.fileName}</span>
        </button>
      </div>
      {copyFailed ? (
        <p className="field__error">
          The browser did not let the planner copy. Open the text below, select it and copy it.
        </p>
      ) : null}
      <details className="details">
        <summary>
          Show the text<span className="visually-hidden"> of {script.fileName}</span>
        </summary>
        <pre className="script-panel__code">
          {script.text.startsWith(BOM) ? script.text.slice(1) : script.text}
        </pre>
      </details>
    </section>
  )
}
