import type { Answers } from '../rules/answers'
import type { Finding } from '../rules/finding'
import type { SourceId } from '../rules/sources'

export const SECTION_HEADINGS = {
  prerequisites: 'Prerequisites',
  prepare: 'Prepare the source data',
  export: 'Export and import',
  files: 'Copy chat room files',
  lookup: 'Port the Lookup Server URI',
  decommission: 'Decommission',
} as const
export type SectionId = keyof typeof SECTION_HEADINGS
export const SECTION_ORDER = Object.keys(SECTION_HEADINGS) as SectionId[]

export interface ChecklistItem {
  /** Stable: never renumbered. */
  id: string
  title: string
  /** Plain sentences, filled with the plan's own values. */
  details: string[]
  /** Exact PowerShell, one command a line, every user value quoted and normalised. */
  commands: string[]
  /** A documented contradiction or an unconfirmed fact the user must know here. */
  caution?: string
  /** Where it runs: which computer or shell, and which account or role. */
  runOn: string
  /** How to undo it, or what stays possible once it is done. */
  rollback?: string
  /** The yes/no question the runbook script asks before going on past a manual step. */
  confirm?: string
  /**
   * Pauses between the commands: before commands[before] the script asks question. A
   * pause that is not optional stops the runbook on any answer but yes; an optional one
   * skips the commands up to the next pause (or the end) instead.
   */
  pauses?: Pause[]
  /** The answer or rule that put the item here. */
  why: string
  sources: SourceId[]
}

export interface Pause {
  /** Index into commands of the first command the pause guards. */
  before: number
  question: string
  optional?: boolean
}

export interface ChecklistSection {
  id: SectionId
  heading: string
  items: ChecklistItem[]
}

/** What every section builder receives: the answers and the findings of one evaluation. */
export interface BuildContext {
  answers: Answers
  findings: readonly Finding[]
  /** The Group Chat answers when Group Chat is deployed and answered. */
  groupChat: NonNullable<Answers['groupChat']> | undefined
}
