import type { Answers } from '../rules/answers'
import { evaluate } from '../rules/evaluate'
import type { Finding } from '../rules/finding'
import type { StoredPreflight } from '../rules/preflight'
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
  /** The sections that apply to this plan, in order; a section with no item is left out. */
  sections: ChecklistSection[]
  /** The sections left out, each with the reason, for the note above the checklist. */
  absent: AbsentSection[]
  findings: Finding[]
  blockers: Finding[]
}

export interface AbsentSection {
  id: SectionId
  heading: string
  reason: string
}

const NO_GROUP_CHAT = 'Group Chat is not deployed, so there is no Group Chat data to migrate.'
const GROUP_CHAT_UNANSWERED =
  'The Group Chat answers are not complete yet (Source deployment and Group Chat steps).'

const NO_FILES = 'No chat room files to copy: none were uploaded in chat rooms.'
const NOT_PORTED =
  'No Lookup Server URI to port: legacy Group Chat clients need not keep working unchanged, so no legacy endpoint is created. Legacy Group Chat clients reach Persistent Chat only through a legacy endpoint (same SIP URI, or configured by hand for it): without one they stop working after the migration. Either move users to the Lync 2013 client, or create an endpoint with a new SIP URI (New-CsPersistentChatEndpoint) and configure the legacy clients for it by hand.'
/** Reasons that say which section they leave out. */
const SELF_NAMED = new Set([NO_FILES, NOT_PORTED])

export const BUILDERS: Record<SectionId, (ctx: BuildContext) => ChecklistItem[]> = {
  prerequisites,
  prepare,
  export: exportImport,
  files: copyFiles,
  lookup: portLookupUri,
  decommission,
}

function absentReason(id: SectionId, ctx: BuildContext): string {
  if (ctx.answers.source?.groupChat === 'no') return NO_GROUP_CHAT
  if (!ctx.groupChat) return GROUP_CHAT_UNANSWERED
  if (id === 'files') return NO_FILES
  if (id === 'lookup') return NOT_PORTED
  return 'Nothing in the answers calls for it.'
}

/**
 * The tailored checklist of a plan: the rules run once, six sections read their findings; pure.
 * The plan's pre-flight results, when given, join the findings (blockers and warnings at the top).
 */
export function buildChecklist(answers: Answers, preflight?: StoredPreflight): Checklist {
  return checklistFromFindings(answers, evaluate(answers, preflight))
}

/**
 * The checklist of answers whose findings are already known: `findings` must be
 * `evaluate(answers, preflight)` of the same answers (the page evaluates once, for its
 * blockers, before the section builders have loaded).
 */
export function checklistFromFindings(answers: Answers, findings: Finding[]): Checklist {
  const ctx: BuildContext = {
    answers,
    findings,
    groupChat: hasGroupChat(answers) ? answers.groupChat : undefined,
  }
  const sections: ChecklistSection[] = []
  const absent: AbsentSection[] = []
  for (const id of SECTION_ORDER) {
    const items = BUILDERS[id](ctx)
    const heading = SECTION_HEADINGS[id]
    if (items.length > 0) sections.push({ id, heading, items })
    else absent.push({ id, heading, reason: absentReason(id, ctx) })
  }
  return {
    sections,
    absent,
    findings,
    blockers: findings.filter((f) => f.severity === 'blocker'),
  }
}

export interface AbsentNote {
  headings: string[]
  reason: string
  /** The line shown: the reason, after the headings it leaves out unless it names its section. */
  text: string
}

/** The note above the checklist: one line per reason, naming the sections it leaves out. */
export function absentNotes(checklist: Checklist): AbsentNote[] {
  const notes: AbsentNote[] = []
  for (const a of checklist.absent) {
    const same = notes.find((n) => n.reason === a.reason)
    if (same) same.headings.push(a.heading)
    else notes.push({ headings: [a.heading], reason: a.reason, text: '' })
  }
  for (const n of notes) {
    const named = n.headings.length === 1 && SELF_NAMED.has(n.reason)
    n.text = named ? n.reason : `${n.headings.join(', ')}: ${n.reason}`
  }
  return notes
}

export function checklistItems(checklist: Checklist): ChecklistItem[] {
  return checklist.sections.flatMap((s) => s.items)
}

export function checklistItemIds(checklist: Checklist): string[] {
  return checklistItems(checklist).map((i) => i.id)
}
