import { formatCommand } from '../checklist/command-format'
import { commandParts } from '../checklist/markdown'
import type { ChecklistItem, Pause } from '../checklist/types'
import { SourceLinks } from '../ui/source-links'
import { CopyableCommand } from './checklist-copy'

export function Item({
  item,
  checked,
  onToggle,
  times = false,
}: {
  item: ChecklistItem
  checked: boolean
  onToggle: (id: string, checked: boolean) => void
  /** In the window: a place to write when the item started and ended. */
  times?: boolean
}) {
  const id = `item-${item.id}`
  const count = item.commands.length
  // Each command with its number in the item, for the names of its Copy button and region.
  const parts = commandParts(item).reduce<{ pause?: Pause; commands: [number, string][] }[]>(
    (all, part) => {
      const before = all.reduce((k, p) => k + p.commands.length, 0)
      return [...all, { ...part, commands: part.commands.map((c, k) => [before + k + 1, c]) }]
    },
    [],
  )
  return (
    <article className={`item${checked ? ' item--done' : ''}`} aria-labelledby={`${id}-title`}>
      <div className="item__head">
        <input
          className="item__check"
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(e) => onToggle(item.id, e.target.checked)}
        />
        <label htmlFor={id} className="item__title" id={`${id}-title`}>
          <span className="item__id">{item.id}</span> {item.title}
        </label>
      </div>
      <div className="item__body">
        {times ? (
          <p className="item__times">
            Start: <span className="item__blank" /> End: <span className="item__blank" />
          </p>
        ) : null}
        <p className="item__run-on">
          <strong>Run on:</strong> {item.runOn}
        </p>
        {item.details.map((d) => (
          <p key={d} className={d.startsWith('•') ? 'item__bullet' : undefined}>
            {d}
          </p>
        ))}
        {count > 0 ? (
          <div className="item__commands" role="group" aria-label={`PowerShell for ${item.id}`}>
            {parts.map((part, p) => (
              <div key={p}>
                {part.pause ? (
                  <p className="item__pause">
                    <strong>{part.pause.optional ? 'Optional, run only if yes:' : 'Pause:'}</strong>{' '}
                    {part.pause.question}
                  </p>
                ) : null}
                {part.commands.map(([n, c]) => {
                  const name =
                    count === 1 ? `Command of ${item.id}` : `Command ${n} of ${count}, ${item.id}`
                  return <CopyableCommand key={n} text={formatCommand(c)} name={name} />
                })}
              </div>
            ))}
          </div>
        ) : null}
        {item.caution ? (
          <p className="item__caution">
            <strong>Note:</strong> {item.caution}
          </p>
        ) : null}
        {item.rollback ? (
          <p className="item__rollback">
            <strong>Rollback:</strong> {item.rollback}
          </p>
        ) : null}
        {item.confirm ? (
          <p className="item__confirm">
            <strong>Before you go on:</strong> {item.confirm}
          </p>
        ) : null}
        <p className="item__why">
          Why: {item.why} Source: <SourceLinks sources={item.sources} separator={'; '} />.
        </p>
        <p className="item__sign print-only">Owner: ____________________ Date: ____________</p>
      </div>
    </article>
  )
}
