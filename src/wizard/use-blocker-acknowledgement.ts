import { useState } from 'react'
import type { Finding } from '../rules/finding'

/**
 * Blockers stop Continue once: shown for the values that raised them, and
 * passed on the next Continue with the same values ("Continue with blockers").
 */
export function useBlockerAcknowledgement() {
  const [shown, setShown] = useState<{ signature: string; blockers: Finding[] } | null>(null)
  return {
    /** The blockers on show, if any. */
    shown: shown?.blockers ?? null,
    /** True when Continue must stop to show these blockers first. */
    mustStop(values: unknown, blockers: Finding[]): boolean {
      const signature = JSON.stringify(values)
      if (blockers.length === 0 || shown?.signature === signature) return false
      setShown({ signature, blockers })
      return true
    },
  }
}
