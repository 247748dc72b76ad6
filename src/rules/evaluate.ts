import type { Answers } from './answers'
import type { Finding } from './finding'
import { sortFindings } from './finding'
import { checkForest } from './forest'
import { checkGroupChat } from './group-chat'
import { checkPools } from './pools'
import type { StoredPreflight } from './preflight'
import { checkPreflight } from './preflight'
import { checkSource } from './source'
import { checkSql } from './sql'

export const CHECKS = [checkSource, checkForest, checkSql, checkPools, checkGroupChat] as const

/** Runs every rule over the answers, with the plan's pre-flight results when given; blockers first. */
export function evaluate(answers: Answers, preflight?: StoredPreflight): Finding[] {
  return sortFindings([
    ...CHECKS.flatMap((check) => check(answers)),
    ...checkPreflight(answers, preflight),
  ])
}
