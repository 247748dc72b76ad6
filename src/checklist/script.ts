import type { Checklist } from './build-checklist'
import { absentNotes } from './build-checklist'
import { formatCommand } from './command-format'
import { psComment, psQuote } from './powershell'
import type { ChecklistItem } from './types'

/** Windows PowerShell 5.1 reads a file without a byte-order mark in the ANSI code page. */
export const BOM = '\uFEFF'

/**
 * The pauses: Confirm-Step stops the runbook unless the answer is yes; Confirm-Optional
 * returns whether to run the optional commands that follow it.
 */
const CONFIRM_FUNCTIONS = [
  'function Confirm-Step([string]$Question) {',
  "  $answer = Read-Host ($Question + ' Type yes to go on')",
  "  if ($answer -ne 'yes') { throw 'Stopped here: the step was not confirmed.' }",
  '}',
  'function Confirm-Optional([string]$Question) {',
  "  $answer = Read-Host ($Question + ' Type yes to run it, anything else to skip it')",
  "  return ($answer -eq 'yes')",
  '}',
]

/** The commands with their pauses in between; an optional pause wraps what it guards in an if. */
function commandLines(item: ChecklistItem): string[] {
  const pauses = [...(item.pauses ?? [])].sort((a, b) => a.before - b.before)
  const lines: string[] = []
  let open = false
  item.commands.forEach((command, index) => {
    for (const pause of pauses.filter((p) => p.before === index)) {
      if (open) lines.push('}')
      open = pause.optional === true
      const question = psQuote(`${item.id}: ${pause.question}`)
      lines.push(open ? `if (Confirm-Optional ${question}) {` : `Confirm-Step ${question}`)
    }
    lines.push(...formatCommand(command).split('\n'))
  })
  if (open) lines.push('}')
  // A pause after the last command guards a manual step that follows it.
  for (const pause of pauses.filter((p) => p.before >= item.commands.length))
    lines.push(`Confirm-Step ${psQuote(`${item.id}: ${pause.question}`)}`)
  return lines
}

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
  lines.push(...commandLines(item))
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
      'Steps done by a person are comments followed by Confirm-Step, which waits for you to type yes; Confirm-Optional asks before an optional command and skips it unless you type yes.',
    ),
  ]
  if (checklist.blockers.length > 0) {
    lines.push(
      psComment(
        `WARNING: the plan has ${checklist.blockers.length} open blocker(s) and cannot proceed as it stands:`,
      ),
    )
    for (const b of checklist.blockers) lines.push(psComment(`  ${b.ruleId}: ${b.message}`))
  }
  const warnings = checklist.findings.filter((f) => f.severity !== 'blocker')
  if (warnings.length > 0) {
    lines.push(psComment(`Open warnings and information (${warnings.length}):`))
    for (const w of warnings) lines.push(psComment(`  ${w.ruleId} (${w.severity}): ${w.message}`))
  }
  for (const note of absentNotes(checklist)) lines.push(psComment(`Not in this plan: ${note.text}`))
  lines.push(
    psComment(
      'Running steps by hand: first run the two function definitions below (Confirm-Step, Confirm-Optional), which the steps use.',
    ),
    ...CONFIRM_FUNCTIONS,
    'throw "Read the script and run each step by hand; remove this line only if you mean to run it whole."',
  )
  for (const section of checklist.sections) {
    lines.push('', psComment(`==== ${section.heading} ====`))
    for (const item of section.items) lines.push(...itemLines(item))
  }
  return `${BOM}${lines.join('\r\n')}\r\n`
}
