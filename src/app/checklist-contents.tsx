import type { Checklist } from '../checklist/build-checklist'
import { absentNotes } from '../checklist/build-checklist'

/** The sections with their done counts (links into the page), and what is not in this plan. */
export function ChecklistContents({
  checklist,
  done,
}: {
  checklist: Checklist
  done: ReadonlySet<string>
}) {
  const notes = absentNotes(checklist)
  return (
    <div className="checklist-contents">
      <nav aria-labelledby="contents-title">
        <h2 id="contents-title" className="checklist-contents__title">
          Contents
        </h2>
        <ol className="checklist-contents__list">
          {checklist.sections.map((s) => (
            <li key={s.id}>
              <a href={`#section-${s.id}`}>{s.heading}</a>{' '}
              <span className="checklist-contents__count">
                {s.items.filter((i) => done.has(i.id)).length} of {s.items.length} done
              </span>
            </li>
          ))}
        </ol>
      </nav>
      {notes.length > 0 ? (
        <div className="checklist-absent">
          <h2 className="checklist-contents__title">Not in this plan</h2>
          <ul>
            {notes.map((n) => (
              <li key={n.reason}>{n.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
