import { useSyncExternalStore } from 'react'
import type { Answers } from '../rules/answers'
import type { findingsFor } from './findings'
import { knownFindings } from './known-findings'
import { changed, subscribe } from './storage'

export type FindingsState = 'known' | 'loading' | 'failed'

// The rules are loaded only for answers whose findings are not kept (known-findings.ts):
// a plan opened for the first time by this build of the rules, or one with its rooms in
// IndexedDB.
let evaluate: typeof findingsFor | undefined
let loading: Promise<void> | undefined
let failed = false

function load(): void {
  loading ??= import('./findings')
    .then(
      (m) => {
        evaluate = m.findingsFor
      },
      () => {
        failed = true
        loading = undefined
      },
    )
    .finally(changed)
}

/** Whether the findings of these answers are known, working them out when the rules are here. */
export function findingsState(answers: Answers): FindingsState {
  if (knownFindings(answers)) return 'known'
  if (evaluate) {
    evaluate(answers)
    return 'known'
  }
  // Chromium answers a module that failed to load with the same failure until the page is
  // loaded again (src/ui/load-on-demand.ts), so the layout asks for a reload.
  if (failed) return 'failed'
  load()
  return 'loading'
}

/** For the plan layout: it draws a page once its plan's findings are known. */
export function usePlanFindings(answers: Answers): FindingsState {
  return useSyncExternalStore(subscribe, () => findingsState(answers))
}
