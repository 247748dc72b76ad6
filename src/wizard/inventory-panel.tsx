import { formatCount } from '../rules/common'
import { useEffect, useMemo, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import type { InventoryReport } from './inventory-job'
import type { Inventory } from '../rules/group-chat'
import { inventoryAnalysis } from '../rules/group-chat'
import { DEFAULT_SEPARATOR, MAX_SEPARATOR_LENGTH, SEPARATOR_ASSUMPTION } from '../rules/rooms'
import { fieldId } from '../ui/field-ids'
import { FindingNote } from '../ui/finding-note'
import { useStepFormContext } from './form/form-context'
import type { GroupChatInput } from './steps/group-chat-step'

// The counts of a checked inventory, its rooms that need action and the rows a file could not
// give: drawn only when there are some, so their code is loaded then, not with every Group
// Chat step.
// The browser loads a module once; a failure stays one until the page is loaded again.
const loadResults = () => import('./inventory-table')
type Results = Awaited<ReturnType<typeof loadResults>>

/** The results' code once it is needed: null while it loads, 'failed' if it could not. */
function useResults(needed: boolean): Results | null | 'failed' {
  const [results, setResults] = useState<Results | null | 'failed'>(null)
  useEffect(() => {
    if (!needed || results) return
    let live = true
    loadResults().then(
      (m) => live && setResults(m),
      () => live && setResults('failed'),
    )
    return () => {
      live = false
    }
  }, [needed, results])
  return results
}

/** Said where a part of the results would be, when its code could not be loaded. */
function NotLoaded({ what }: { what: string }) {
  return (
    <p className="warning-text">
      {what} could not be shown (the network may be off). The room inventory is kept: check your
      connection, then reload the page.
    </p>
  )
}

/**
 * What a room finding says instead of repeating the separator assumption: the panel's
 * separator field states it once.
 */
export function SeparatorPointer() {
  return (
    <>
      This assumes how category names are joined to room names (see{' '}
      <a
        href="#inventory-separator"
        onClick={(event) => {
          event.preventDefault()
          const input = document.getElementById('inventory-separator')
          input?.focus()
          input?.scrollIntoView({ block: 'center' })
        }}
      >
        Separator between category and room names
      </a>
      ).
    </>
  )
}

/** The optional room inventory of the Group Chat step: CSV in, per-room findings out. */
export function InventoryPanel({
  inventory,
  onChange,
}: {
  /** As it was saved, or as last checked here. */
  inventory: Inventory | undefined
  onChange: (inventory: Inventory | undefined) => void
}) {
  const { setValue } = useFormContext<GroupChatInput>()
  const [separator, setSeparator] = useState(inventory?.separator ?? DEFAULT_SEPARATOR)
  const [existing, setExisting] = useState((inventory?.existingNames ?? []).join('\n'))
  const [pasted, setPasted] = useState('')
  const [source, setSource] = useState<{ text: string | Blob; fileName?: string } | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const [report, setReport] = useState<InventoryReport | null>(null)
  const [status, setStatus] = useState('')
  // GC-03 and GC-08 are about the inventory as a whole: this panel is their field.
  const blockers = useStepFormContext().blockers.get('inventory') ?? []

  const check = async (text: string | Blob, fileName?: string) => {
    if (separator.length > MAX_SEPARATOR_LENGTH) {
      setStatus(`The separator must be ${MAX_SEPARATOR_LENGTH} characters or fewer.`)
      return
    }
    setSource(fileName ? { text, fileName } : { text })
    // Its results may need the table: fetched while the rooms are checked.
    void loadResults().catch(() => {})
    setProgress(0)
    setStatus('Checking rooms…')
    try {
      // The job (and its worker) is loaded when a file is checked, not with the step.
      const job = await import('./inventory-job').catch(() => null)
      if (!job) {
        setStatus(
          'The rooms could not be checked: part of the planner did not load. Check the network, then reload the page and choose the file again. Your answers are unchanged.',
        )
        return
      }
      const result = await job.runInventoryJob(
        {
          text,
          separator,
          existingNames: existing.split(/\r?\n/),
          ...(fileName ? { fileName } : {}),
        },
        setProgress,
      )
      setReport(result.report)
      if (result.report.headerErrors.length > 0) {
        setStatus(
          'The file could not be read: see the problems below. Nothing in your answers was changed.',
        )
        return
      }
      onChange(result.summary.inventory)
      const a = result.summary.answers
      setValue('categoryDepth', String(a.categoryDepth), { shouldDirty: true })
      setValue('invitationsOffCategories', String(a.invitationsOffCategories), {
        shouldDirty: true,
      })
      setValue('federatedRooms', String(a.federatedRooms), { shouldDirty: true })
      setValue('roomsNotToMigrate', String(a.roomsNotToMigrate), { shouldDirty: true })
      const bad = result.report.rowErrors.length + result.report.moreRowErrors
      const notices = result.report.notices.map((n) => ` ${n}`).join('')
      setStatus(
        `Checked ${formatCount(result.summary.inventory.totalRooms)} rooms${bad ? `; ${formatCount(bad)} ${bad === 1 ? 'row was' : 'rows were'} not read` : ''}.${notices} The category depth and room counts above were filled in from the inventory. Select Continue to keep it in the plan.`,
      )
    } catch (error) {
      setStatus(
        `The check stopped: ${error instanceof Error ? error.message : 'unknown error'}. Your answers are unchanged.`,
      )
    } finally {
      setProgress(null)
    }
  }

  const analysis = useMemo(
    () => (inventory ? inventoryAnalysis(inventory) : undefined),
    [inventory],
  )
  const readProblems =
    report !== null && (report.headerErrors.length > 0 || report.rowErrors.length > 0)
  const results = useResults(readProblems || Boolean(inventory && analysis))

  return (
    <section
      className={`panel inventory${blockers.length > 0 ? ' field--error' : ''}`}
      aria-labelledby="inventory-title"
      id={fieldId('inventory')}
    >
      <h2 id="inventory-title">Room inventory (optional)</h2>
      {blockers.map((b) => (
        <FindingNote key={`${b.ruleId}${b.message}`} finding={b} />
      ))}
      <p>
        Check every room before migration: how its name reads once its categories are flattened, and
        whether it is too long, clashes, or needs another preparation step. The file is read in this
        browser only.
      </p>
      <details className="details">
        <summary>How to make the room inventory CSV</summary>
        <p>
          One row per Group Chat room, after a header row that names these columns (in any order;
          other columns are ignored):
        </p>
        <ul className="bullets">
          <li>
            <code>category_path</code>: the room&apos;s category below the root category, outermost
            first, names separated by <code>/</code>; empty for a room directly under the root;
          </li>
          <li>
            <code>room_name</code>: the room&apos;s name (in quotes if it holds a comma);
          </li>
          <li>
            <code>category_invitations</code>: the invitations setting of its category,{' '}
            <code>on</code> or <code>off</code>;
          </li>
          <li>
            <code>disabled</code>: <code>yes</code> or <code>no</code>;
          </li>
          <li>
            <code>federated_members</code>: how many federated users are members.
          </li>
        </ul>
        <pre className="inventory__sample">
          {`category_path,room_name,category_invitations,disabled,federated_members
Sales/EMEA,Leads,on,no,0
Sales,Sales/EMEA/Leads,on,no,0`}
        </pre>
        <p>
          <a href={`${import.meta.env.BASE_URL}sample-room-inventory.csv`} download>
            Download the sample inventory (CSV, 20 rooms)
          </a>
          , with names that are too long, clash, or need another step.
        </p>
      </details>
      <div className="field">
        <label className="field__label" htmlFor="inventory-separator">
          Separator between category and room names
        </label>
        <p className="field__hint" id="inventory-separator-hint">
          {SEPARATOR_ASSUMPTION(separator || DEFAULT_SEPARATOR)} Change it if you know better; it
          affects lengths and clashes.
        </p>
        <input
          id="inventory-separator"
          className="input input--short"
          value={separator}
          aria-describedby="inventory-separator-hint"
          onChange={(e) => setSeparator(e.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="inventory-existing">
          Names of rooms already in the new Persistent Chat pool (optional)
        </label>
        <p className="field__hint" id="inventory-existing-hint">
          One a line, as Get-CsPersistentChatRoom lists them. A legacy room with the same name
          overwrites it.
        </p>
        <textarea
          id="inventory-existing"
          className="textarea"
          rows={3}
          value={existing}
          aria-describedby="inventory-existing-hint"
          onChange={(e) => setExisting(e.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="inventory-file">
          Upload the room inventory (CSV)
        </label>
        <input
          id="inventory-file"
          className="file-input"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={async (e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            // The file itself: the worker reads its bytes and detects the encoding.
            if (file) await check(file, file.name)
          }}
        />
      </div>
      <details className="details">
        <summary>Or paste the CSV</summary>
        <label className="field__label" htmlFor="inventory-paste">
          Room inventory CSV
        </label>
        <textarea
          id="inventory-paste"
          className="textarea"
          rows={6}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void check(pasted)}
        >
          Check the pasted rooms
        </button>
      </details>
      {source ? (
        <p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void check(source.text, source.fileName)}
          >
            Check again with this separator and these names
          </button>
        </p>
      ) : null}
      {progress !== null ? (
        <progress className="progress" max={1} value={progress} aria-label="Checking rooms" />
      ) : null}
      <p role="status" className="inventory__status">
        {status}
      </p>
      {report && readProblems ? (
        results === 'failed' ? (
          <NotLoaded what="The rows that could not be read" />
        ) : results ? (
          <results.ReadProblems report={report} />
        ) : null
      ) : null}
      {inventory && analysis ? (
        <>
          <h3>
            {inventory.fileName ? `${inventory.fileName}: ` : ''}
            {formatCount(inventory.totalRooms)} rooms, {formatCount(analysis.flagged.length)} need
            action
          </h3>
          {results === 'failed' ? (
            <NotLoaded what="The findings of the room inventory" />
          ) : results ? (
            <results.InventoryCounts counts={analysis.counts} />
          ) : null}
          {inventory.cut ? (
            <p className="warning-text">
              This plan came from a share link that carried only part of the list:{' '}
              {formatCount(inventory.cut)} rooms needing action were left out. The counts are those
              of the whole inventory.
            </p>
          ) : null}
          {analysis.flagged.length > 0 && results && results !== 'failed' ? (
            <results.FlaggedRooms flagged={analysis.flagged} inventory={inventory} />
          ) : null}
          <p>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                onChange(undefined)
                setReport(null)
                setSource(null)
                setStatus('The room inventory was removed from this step. Select Continue to save.')
              }}
            >
              Remove the room inventory
            </button>
          </p>
        </>
      ) : null}
    </section>
  )
}
