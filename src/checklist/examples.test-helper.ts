import { RULES_VERSION } from '../rules/catalogue'
import { buildChecklist } from './build-checklist'
import type { ExampleId } from './example-plans.test-helper'
import { EXAMPLE_PLANS } from './example-plans.test-helper'
import { checklistMarkdown } from './markdown'
import { buildScript } from './script'

/** The files of docs/examples/, by name, as the generator writes them and the test reads them. */
export function exampleFiles(): Record<string, string> {
  const files: Record<string, string> = {}
  for (const [id, plan] of Object.entries(EXAMPLE_PLANS) as [
    ExampleId,
    (typeof EXAMPLE_PLANS)[ExampleId],
  ][]) {
    const checklist = buildChecklist(plan.answers)
    files[`${id}.md`] = checklistMarkdown(checklist, plan.title)
    files[`${id}.ps1`] = buildScript(checklist, {
      planName: plan.title,
      generated: 'for docs/examples',
      rulesVersion: RULES_VERSION,
    })
  }
  return files
}
