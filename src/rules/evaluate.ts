import type { Answers } from './answers'
import type { Finding } from './finding'
import { sortFindings } from './finding'
import { checkForest } from './forest-check'
import { checkGroupChat } from './group-chat-check'
import { checkPools } from './pools-check'
import type { StoredPreflight } from './preflight'
import { checkPreflight } from './preflight-check'
import { checkSource } from './source-check'
import { checkSql } from './sql-check'

export const CHECKS = [checkSource, checkForest, checkSql, checkPools, checkGroupChat] as const

/** Runs every rule over the answers, with the plan's pre-flight results when given; blockers first. */
export function evaluate(answers: Answers, preflight?: StoredPreflight): Finding[] {
  return sortFindings([
    ...CHECKS.flatMap((check) => check(answers)),
    ...checkPreflight(answers, preflight),
  ])
}
