import type { Checklist } from './build-checklist'
import { absentNotes } from './build-checklist'
import { formatCommand } from './command-format'
import type { ChecklistItem, Pause } from './types'

/** The commands cut at the pauses between them: each part after the first starts with its pause. */
export function commandParts(item: ChecklistItem): { pause?: Pause; commands: string[] }[] {
  const parts: { pause?: Pause; commands: string[] }[] = [{ commands: [] }]
  item.commands.forEach((command, index) => {
    for (const pause of (item.pauses ?? []).filter((p) => p.before === index)) {
      parts.push({ pause, commands: [] })
    }
    parts.at(-1)?.commands.push(command)
  })
  // A pause after the last command guards a manual step that follows it.
  for (const pause of (item.pauses ?? []).filter((p) => p.before >= item.commands.length)) {
    parts.push({ pause, commands: [] })
  }
  return parts.filter((p) => p.pause || p.commands.length > 0)
}

/** The commands as one block of text, each pause a comment line before the command it guards. */
export function commandText(item: ChecklistItem): string {
  return commandParts(item)
    .flatMap((part) => [
      ...(part.pause
        ? [
            `# ${part.pause.optional ? 'Optional, run the next command only if yes' : 'Pause, go on only if yes'}: ${part.pause.question.replace(/[\r\n]+/g, ' ')}`,
          ]
        : []),
      ...part.commands.map((c) => formatCommand(c)),
    ])
    .join('\n')
}

/**
 * The checklist as Markdown, for reading without the app (docs/examples) or a wiki
 * page; with the plan's ticks, a done item's heading ends with "(done)".
 */
export function checklistMarkdown(
  checklist: Checklist,
  title: string,
  done: readonly string[] = [],
): string {
  const ticked = new Set(done)
  const out = [`# Checklist: ${title}`, '']
  const notes = absentNotes(checklist)
  if (notes.length > 0) {
    out.push('Not in this plan:', '')
    for (const n of notes) out.push(`- ${n.text}`)
    out.push('')
  }
  if (checklist.blockers.length > 0) {
    out.push('## This plan cannot proceed as it stands', '')
    for (const b of checklist.blockers) out.push(`- **${b.ruleId}**: ${b.message}`)
    out.push('')
  }
  const warnings = checklist.findings.filter((f) => f.severity !== 'blocker')
  if (warnings.length > 0) {
    out.push('## Warnings and information', '')
    for (const w of warnings) out.push(`- **${w.ruleId}** (${w.severity}): ${w.message}`)
    out.push('')
  }
  for (const section of checklist.sections) {
    out.push(`## ${section.heading}`, '')
    for (const item of section.items) {
      out.push(
        `### ${item.id} ${item.title}${ticked.has(item.id) ? ' (done)' : ''}`,
        '',
        `**Run on:** ${item.runOn}`,
        '',
      )
      for (const d of item.details)
        out.push(d.startsWith('\u2022') ? `- ${d.slice(1).trim()}` : d, '')
      for (const part of commandParts(item)) {
        if (part.pause) {
          const label = part.pause.optional ? 'Optional, run only if yes' : 'Pause'
          out.push(`**${label}:** ${part.pause.question}`, '')
        }
        if (part.commands.length > 0)
          out.push('```powershell', ...part.commands.map((c) => formatCommand(c)), '```', '')
      }
      if (item.caution) out.push(`**Note:** ${item.caution}`, '')
      if (item.rollback) out.push(`**Rollback:** ${item.rollback}`, '')
      if (item.confirm) out.push(`**Before you go on:** ${item.confirm}`, '')
      out.push(`Why: ${item.why} Sources: ${item.sources.map((s) => `[${s}]`).join(' ')}.`, '')
    }
  }
  return `${out.join('\n').trimEnd()}\n`
}
