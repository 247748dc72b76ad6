import type { Answers } from '../rules/answers'
import { evaluate } from '../rules/evaluate'
import type { Finding } from '../rules/finding'
import { hasGroupChat } from '../rules/source'
import { copyFiles } from './copy-files'
import { decommission } from './decommission'
import { portLookupUri } from './lookup-uri'
import { exportImport } from './export-import'
import { prepare } from './prepare'
import { prerequisites } from './prerequisites'
import type { BuildContext, ChecklistItem, ChecklistSection, SectionId } from './types'
import { SECTION_HEADINGS, SECTION_ORDER } from './types'

export interface Checklist {
  sections: ChecklistSection[]
  findings: Finding[]
  blockers: Finding[]
}

const NO_GROUP_CHAT = 'Group Chat is not deployed, so there is no Group Chat data to migrate.'

export const BUILDERS: Record<SectionId, (ctx: BuildContext) => ChecklistItem[]> = {
  prerequisites,
  prepare,
  export: exportImport,
  files: copyFiles,
  lookup: portLookupUri,
  decommission,
}

function omittedReason(id: SectionId, ctx: BuildContext): string {
  if (!ctx.groupChat) return NO_GROUP_CHAT
  if (id === 'files') return 'No files were uploaded in chat rooms, so there are none to copy.'
  if (id === 'lookup') {
    return 'Legacy Group Chat clients need not keep working unchanged, so the Lookup Server URI is not ported and no legacy endpoint is created. Legacy Group Chat clients reach Persistent Chat only through a legacy endpoint (same SIP URI, or configured by hand for it): without one they stop working after the migration. Either move users to the Lync 2013 client, or create an endpoint with a new SIP URI (New-CsPersistentChatEndpoint) and configure the legacy clients for it by hand.'
  }
  return NO_GROUP_CHAT
}

/** The tailored checklist of a plan: the rules run once, six sections read their findings; pure. */
export function buildChecklist(answers: Answers): Checklist {
  const findings = evaluate(answers)
  const ctx: BuildContext = {
    answers,
    findings,
    groupChat: hasGroupChat(answers) ? answers.groupChat : undefined,
  }
  const sections = SECTION_ORDER.map((id): ChecklistSection => {
    const items = BUILDERS[id](ctx)
    const section: ChecklistSection = { id, heading: SECTION_HEADINGS[id], items }
    if (items.length === 0) section.omitted = omittedReason(id, ctx)
    return section
  })
  return { sections, findings, blockers: findings.filter((f) => f.severity === 'blocker') }
}

export function checklistItems(checklist: Checklist): ChecklistItem[] {
  return checklist.sections.flatMap((s) => s.items)
}

export function checklistItemIds(checklist: Checklist): string[] {
  return checklistItems(checklist).map((i) => i.id)
}
