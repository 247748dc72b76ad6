import type { PchatPool, PoolsAnswers } from './pools-schema'
import type { Answers } from './answers'

// The schema lives in pools-schema.ts (zod); checks take its types only.
export type { PchatPool, PoolsAnswers }

/** [S14]: at most four active Persistent Chat servers in a pool (eight with standby). */
export const MAX_ACTIVE_PCHAT_SERVERS = 4
export const POOL_TYPES = ['multi', 'single'] as const
export const POOL_TYPE_LABELS = { multi: 'Multiple-server pool', single: 'Single-server pool' }

const UNC_PATTERN = /^\\\\[^\\/:*?"<>|\s][^\\/:*?"<>|]*(\\[^\\/:*?"<>|]+)+\\?$/

export function isUncPath(value: string): boolean {
  return UNC_PATTERN.test(value.trim())
}

/** The pool the Group Chat data goes into: the one marked as target, or the only one. */
export function targetPchatPool(answers: Answers): { pool: PchatPool; index: number } | undefined {
  const pools = answers.pools?.pchatPools ?? []
  const index = pools.findIndex((p) => p.migrationTarget === 'yes')
  const chosen = pools[index]
  return chosen ? { pool: chosen, index } : undefined
}
