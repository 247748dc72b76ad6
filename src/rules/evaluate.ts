import type { Answers } from './answers'
import type { Finding } from './finding'
import { sortFindings } from './finding'
import { checkForest } from './forest'
import { checkGroupChat } from './group-chat'
import { checkPools } from './pools'
import { checkSource } from './source'
import { checkSql } from './sql'

export const CHECKS = [checkSource, checkForest, checkSql, checkPools, checkGroupChat] as const

/** Runs every rule over the answers; blockers first. */
export function evaluate(answers: Answers): Finding[] {
  return sortFindings(CHECKS.flatMap((check) => check(answers)))
}
