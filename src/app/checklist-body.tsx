// The checklist itself: the section builders and the items they make. The page loads
// this module once its first draw is on screen (its header, toolbar, share panel and
// blockers need none of it) and names itself "Checklist: …" only once this has rendered.
import type { Checklist } from '../checklist/build-checklist'
import { windowItems } from '../checklist/window'
import type { Finding } from '../rules/finding'
import { FindingNote } from '../ui/finding-note'
import { ChecklistContents } from './checklist-contents'
import { Item } from './checklist-item'

export { checklistFromFindings } from '../checklist/build-checklist'

export function ChecklistBody({
  checklist,
  done,
  onToggle,
  inWindow,
}: {
  checklist: Checklist
  done: ReadonlySet<string>
  onToggle: (id: string, checked: boolean) => void
  inWindow: boolean
}) {
  if (inWindow) return <InTheWindow checklist={checklist} done={done} onToggle={onToggle} />
  return (
    <>
      <ChecklistContents checklist={checklist} done={done} />
      <Warnings findings={checklist.findings} />
      {checklist.sections.map((section) => {
        const sectionDone = section.items.filter((i) => done.has(i.id)).length
        return (
          <section
            key={section.id}
            className="checklist-section"
            aria-labelledby={`section-${section.id}`}
          >
            <h2 id={`section-${section.id}`} className="checklist-section__heading">
              {section.heading}
              <span className="checklist-section__count">
                {' '}
                ({sectionDone} of {section.items.length} done)
              </span>
            </h2>
            {section.items.map((item) => (
              <Item key={item.id} item={item} checked={done.has(item.id)} onToggle={onToggle} />
            ))}
          </section>
        )
      })}
    </>
  )
}

/** Only the items done during the downtime, in order, each with a place for its times. */
function InTheWindow({
  checklist,
  done,
  onToggle,
}: {
  checklist: Checklist
  done: ReadonlySet<string>
  onToggle: (id: string, checked: boolean) => void
}) {
  const items = windowItems(checklist)
  return (
    <section className="checklist-section" aria-labelledby="window-title">
      <h2 id="window-title" className="checklist-section__heading">
        In the window
        <span className="checklist-section__count">
          {' '}
          ({items.filter((i) => done.has(i.id)).length} of {items.length} done)
        </span>
      </h2>
      {items.length === 0 ? (
        <p>This plan has no downtime: it moves no Group Chat data.</p>
      ) : (
        <p>
          The downtime, in order: from {items[0]?.id}, where the legacy Group Chat services stop, to
          the checks after the Persistent Chat services start again ({items.at(-1)?.id}). Write down
          when each item starts and ends.
        </p>
      )}
      {items.map((item) => (
        <Item key={item.id} item={item} checked={done.has(item.id)} onToggle={onToggle} times />
      ))}
    </section>
  )
}

function Warnings({ findings }: { findings: readonly Finding[] }) {
  const warnings = findings.filter((f) => f.severity === 'warning')
  if (warnings.length === 0) return null
  return (
    <section className="warnings" aria-labelledby="warnings-title">
      <h2 id="warnings-title">
        {warnings.length} {warnings.length === 1 ? 'warning' : 'warnings'} to keep in mind
      </h2>
      {warnings.map((w) => (
        <FindingNote key={`${w.ruleId}${w.path}${w.message}`} finding={w} />
      ))}
    </section>
  )
}
