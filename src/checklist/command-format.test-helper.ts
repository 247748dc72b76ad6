import type { Checklist } from './build-checklist'
import { checklistItems } from './build-checklist'
import { formatCommand } from './command-format'

/** A runbook script with each command's cut lines joined back into its one-line form. */
export function joinedScript(script: string, checklist: Checklist): string {
  let out = script
  // Longest first: a short command's cut form can begin a longer one's.
  const commands = checklistItems(checklist)
    .flatMap((i) => i.commands)
    .sort((a, b) => b.length - a.length)
  for (const c of commands) {
    const shown = formatCommand(c).replace(/\n/g, '\r\n')
    if (shown !== c) out = out.replaceAll(shown, c)
  }
  return out
}
