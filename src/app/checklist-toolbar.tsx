import type { Checklist } from '../checklist/build-checklist'
import { checklistCsv } from '../checklist/export-csv'
import { checklistMarkdown } from '../checklist/markdown'
import { buildScript } from '../checklist/script'
import type { Plan } from '../plan/plan'
import { RULES_VERSION } from '../rules/catalogue'
import { downloadText } from '../ui/download'

export const today = () => new Date().toISOString().slice(0, 10)

const fileStem = (plan: Plan) => plan.name.replace(/[^\w-]+/g, '-').slice(0, 60) || 'migration'

/** Print, the runbook and the tracker exports, at the top of the checklist (sticky on wide screens). */
export function ChecklistToolbar({
  plan,
  checklist,
  inWindow,
  onWindow,
}: {
  plan: Plan
  checklist: Checklist
  inWindow: boolean
  onWindow: (on: boolean) => void
}) {
  const script = () =>
    downloadText(
      `${fileStem(plan)}.ps1`,
      buildScript(checklist, {
        planName: plan.name,
        generated: today(),
        rulesVersion: RULES_VERSION,
      }),
      'text/plain',
    )
  const csv = () =>
    downloadText(`${fileStem(plan)}-checklist.csv`, checklistCsv(checklist, plan.done), 'text/csv')
  const markdown = () =>
    downloadText(
      `${fileStem(plan)}-checklist.md`,
      checklistMarkdown(checklist, plan.name, plan.done),
      'text/markdown',
    )
  return (
    <section className="checklist-toolbar no-print" aria-labelledby="checklist-actions-title">
      <h2 id="checklist-actions-title" className="visually-hidden">
        Checklist actions
      </h2>
      <div className="checklist-toolbar__row">
        <button type="button" className="button button--small" onClick={() => window.print()}>
          Print the checklist
        </button>
        <button type="button" className="button button--secondary button--small" onClick={script}>
          Download script (.ps1)
        </button>
        <button type="button" className="button button--secondary button--small" onClick={csv}>
          Download CSV
        </button>
        <button type="button" className="button button--secondary button--small" onClick={markdown}>
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
    </section>
  )
}
