// The checklist's downloads: loaded when one of their buttons is about to be used
// (pointer over or focus), never with the page.
import type { Checklist } from '../checklist/build-checklist'
import { checklistCsv } from '../checklist/export-csv'
import { checklistMarkdown } from '../checklist/markdown'
import { buildScript } from '../checklist/script'
import type { Plan } from '../plan/plan'
import { RULES_VERSION } from '../rules/catalogue'
import { downloadText } from '../ui/download'

const today = () => new Date().toISOString().slice(0, 10)

const fileStem = (plan: Plan) => plan.name.replace(/[^\w-]+/g, '-').slice(0, 60) || 'migration'

export type ChecklistDownload = 'script' | 'csv' | 'markdown'

/** Saves the runbook script, the tracker CSV or the Markdown of this plan's checklist. */
export function downloadChecklist(what: ChecklistDownload, plan: Plan, checklist: Checklist): void {
  if (what === 'script') {
    downloadText(
      `${fileStem(plan)}.ps1`,
      buildScript(checklist, {
        planName: plan.name,
        generated: today(),
        rulesVersion: RULES_VERSION,
      }),
      'text/plain',
    )
  } else if (what === 'csv') {
    downloadText(`${fileStem(plan)}-checklist.csv`, checklistCsv(checklist, plan.done), 'text/csv')
  } else {
    downloadText(
      `${fileStem(plan)}-checklist.md`,
      checklistMarkdown(checklist, plan.name, plan.done),
      'text/markdown',
    )
  }
}
