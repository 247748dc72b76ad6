import type { Checklist } from './build-checklist'
import { psComment, psQuote } from './powershell'
import type { ChecklistItem } from './types'

/** Windows PowerShell 5.1 reads a file without a byte-order mark in the ANSI code page. */
export const BOM = '\uFEFF'

/** The pause after a step that needs a person's word before the runbook goes on. */
const CONFIRM_FUNCTION = [
  'function Confirm-Step([string]$Question) {',
  "  $answer = Read-Host ($Question + ' Type yes to go on')",
  "  if ($answer -ne 'yes') { throw 'Stopped here: the step was not confirmed.' }",
  '}',
]

function itemLines(item: ChecklistItem): string[] {
  const lines = [
    '',
    psComment('-'.repeat(60)),
    psComment(`${item.id}: ${item.title}`),
    psComment(`Run on: ${item.runOn}`),
    ...item.details.map((d) => psComment(d)),
  ]
  if (item.rollback) lines.push(psComment(`Rollback: ${item.rollback}`))
  if (item.commands.length === 0) lines.push(psComment('Manual step: no command.'))
  // The caution sits right above the commands it is about.
  if (item.caution) lines.push(psComment(`Caution: ${item.caution}`))
  lines.push(...item.commands)
  if (item.confirm) lines.push(`Confirm-Step ${psQuote(`${item.id}: ${item.confirm}`)}`)
  return lines
}

/**
 * The whole runbook as a .ps1, every checklist item in order: commands where
 * there are some, comments and a confirmation pause where a person acts.
 * Starts with a byte-order mark so Windows PowerShell 5.1 reads it as UTF-8.
 */
export function buildScript(
  checklist: Checklist,
  meta: { planName: string; generated: string; rulesVersion: string },
): string {
  const lines = [
    psComment(`Lync Server 2013 migration plan: ${meta.planName}`),
    psComment(`Generated ${meta.generated} by the migration planner (rules ${meta.rulesVersion}).`),
    psComment(
      'READ THIS SCRIPT BEFORE YOU RUN ANY OF IT. It is the whole runbook, every checklist item in order,',
    ),
    psComment(
      'not an unattended script: run each step by hand, in its maintenance window, on the computer its "Run on" line names, and check the result.',
    ),
    psComment(
      'Steps done by a person are comments followed by Confirm-Step, which waits for you to type yes.',
    ),
    'throw "Read the script and run each step by hand; remove this line only if you mean to run it whole."',
  ]
  if (checklist.blockers.length > 0) {
    lines.push(
      psComment(
        `WARNING: the plan has ${checklist.blockers.length} open blocker(s) and cannot proceed as it stands:`,
      ),
    )
    for (const b of checklist.blockers) lines.push(psComment(`  ${b.ruleId}: ${b.message}`))
  }
  lines.push('', ...CONFIRM_FUNCTION)
  for (const section of checklist.sections) {
    lines.push('', psComment(`==== ${section.heading} ====`))
    if (section.omitted) lines.push(psComment(`Not needed for this plan: ${section.omitted}`))
    for (const item of section.items) lines.push(...itemLines(item))
  }
  return `${BOM}${lines.join('\r\n')}\r\n`
}
