import type { AnswerPath } from '../rules/answer-path'

/** Where a proposed answer was read from. */
export type DiscoverySource = 'topology' | 'ocs-discovery' | 'group-chat-database'

/**
 * One answer a discovery file proposes. `path` is a dotted path into the
 * plan's answers, as findings use (`source.legacyPools.0.fqdn`); indexes count
 * from 0 within the file and are matched to the plan's own rows by
 * proposeChanges.
 */
export interface ProposedAnswer {
  path: AnswerPath
  value: unknown
  /** What the answer is, in words, for the list the administrator accepts from. */
  label: string
  /** Read from a hint, not stated by the file: shown as "inferred, please confirm". */
  inferred?: boolean
  source: DiscoverySource
}

export const INFERRED_NOTE = 'inferred, please confirm'
