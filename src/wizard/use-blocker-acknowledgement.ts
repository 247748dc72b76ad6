import { useState } from 'react'
import type { Finding } from '../rules/finding'

/** A blocker's identity across saves: its rule and the answer it is about. */
export const blockerKey = (f: Pick<Finding, 'ruleId' | 'path'>) => `${f.ruleId}|${f.path}`

/**
 * Blockers stop Continue once: shown for the values that raised them, and
 * passed on the next Continue with the same values ("Continue with blockers").
 * Blockers in `acknowledged` (kept in the plan when it was last saved from this
 * step) stop nothing; a new one stops Continue and the summary lists them all.
 */
export function useBlockerAcknowledgement() {
  const [shown, setShown] = useState<{ signature: string; blockers: Finding[] } | null>(null)
  return {
    /** The blockers on show, if any. */
    shown: shown?.blockers ?? null,
    /** True when Continue must stop to show these blockers first. */
    mustStop(
      values: unknown,
      blockers: Finding[],
      acknowledged: ReadonlySet<string> = new Set(),
    ): boolean {
      const signature = JSON.stringify(values)
      if (!blockers.some((b) => !acknowledged.has(blockerKey(b)))) return false
      if (shown?.signature === signature) return false
      setShown({ signature, blockers })
      return true
    },
  }
}
