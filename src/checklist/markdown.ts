import type { Checklist } from './build-checklist'

/** The checklist as Markdown, for reading without the app (docs/examples). */
export function checklistMarkdown(checklist: Checklist, title: string): string {
  const out = [`# Checklist: ${title}`, '']
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
    if (section.omitted) out.push(`Not needed for this plan: ${section.omitted}`, '')
    for (const item of section.items) {
      out.push(`### ${item.id} ${item.title}`, '', `**Run on:** ${item.runOn}`, '')
      for (const d of item.details)
        out.push(d.startsWith('\u2022') ? `- ${d.slice(1).trim()}` : d, '')
      if (item.commands.length > 0) out.push('```powershell', ...item.commands, '```', '')
      if (item.caution) out.push(`**Note:** ${item.caution}`, '')
      if (item.rollback) out.push(`**Rollback:** ${item.rollback}`, '')
      if (item.confirm) out.push(`**Before you go on:** ${item.confirm}`, '')
      out.push(`Why: ${item.why} Sources: ${item.sources.map((s) => `[${s}]`).join(' ')}.`, '')
    }
  }
  return `${out.join('\n').trimEnd()}\n`
}
