import type { Checklist } from './build-checklist'
import { psComment } from './powershell'

/** Every command of the checklist, in order, as a .ps1 to read before running. */
export function buildScript(
  checklist: Checklist,
  meta: { planName: string; generated: string; rulesVersion: string },
): string {
  const lines = [
    psComment(`Lync Server 2013 migration plan: ${meta.planName}`),
    psComment(`Generated ${meta.generated} by the migration planner (rules ${meta.rulesVersion}).`),
    psComment(
      'READ THIS SCRIPT BEFORE YOU RUN ANY OF IT. It is a list of the checklist commands in order,',
    ),
    psComment(
      'not an unattended script: run each step by hand, in its maintenance window, and check the result.',
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
  for (const section of checklist.sections) {
    const withCommands = section.items.filter((i) => i.commands.length > 0)
    if (withCommands.length === 0) continue
    lines.push('', psComment(`==== ${section.heading} ====`))
    for (const item of withCommands) {
      lines.push('', psComment(`${item.id}: ${item.title}`))
      if (item.caution) lines.push(psComment(`Note: ${item.caution}`))
      lines.push(...item.commands)
    }
  }
  return `${lines.join('\r\n')}\r\n`
}
