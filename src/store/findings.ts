import type { Answers, SliceKey } from '../rules/answers'
import { evaluate } from '../rules/evaluate'
import type { Finding } from '../rules/finding'
import { checkForest } from '../rules/forest-check'
import { checkGroupChat } from '../rules/group-chat-check'
import { checkPools } from '../rules/pools-check'
import { checkSource } from '../rules/source-check'
import { checkSql } from '../rules/sql-check'
import { knownFindings, rememberFindings } from './known-findings'

// A saved plan's answers object is shared by every page until the next save, so
// one evaluation serves the step list, the review, the step and the checklist; the
// verdict is kept beside the stored plan for the next visit (known-findings.ts).

/** Every finding of these answers, evaluated once per answers object. */
export function findingsFor(answers: Answers): Finding[] {
  let found = knownFindings(answers)
  if (!found) {
    found = evaluate(answers)
    rememberFindings(answers, found)
  }
  return found
}

/** The check of the module that owns each slice: what typing in that step can change at once. */
export const SLICE_CHECKS: Record<SliceKey, (answers: Answers) => Finding[]> = {
  source: checkSource,
  forest: checkForest,
  sql: checkSql,
  pools: checkPools,
  groupChat: checkGroupChat,
}

const own = new WeakMap<Answers, Map<SliceKey, Finding[]>>()

/** One slice's own check over these answers, once per answers object. */
export function sliceFindings(answers: Answers, slice: SliceKey): Finding[] {
  let bySlice = own.get(answers)
  if (!bySlice) {
    bySlice = new Map()
    own.set(answers, bySlice)
  }
  let found = bySlice.get(slice)
  if (!found) {
    found = SLICE_CHECKS[slice](answers)
    bySlice.set(slice, found)
  }
  return found
}
