import type { StepId } from '../ui/step-registry'

/**
 * One promise per step (React's `use` needs the same promise on every render), or null
 * when the module could not be loaded (offline before it was kept); the next call tries again.
 */
function once<T>(load: () => Promise<T>): () => Promise<T | null> {
  let promise: Promise<T | null> | undefined
  return () =>
    (promise ??= load().catch(() => {
      promise = undefined
      return null
    }))
}

/**
 * Each step's form module, loaded for the step being shown: the ONLY place the step
 * modules are imported for the step page, so each is its own chunk and a step's first
 * load carries no other step's form. Keys are the step ids of the address
 * (`/plan/<id>/step/<step id>`); in the build manifest each module is
 * `src/wizard/steps/<file>.tsx`.
 */
export const STEP_MODULES = {
  source: once(() => import('./steps/source-step')),
  'active-directory': once(() => import('./steps/active-directory-step')),
  sql: once(() => import('./steps/sql-step')),
  pools: once(() => import('./steps/pools-step')),
  'group-chat': once(() => import('./steps/group-chat-step')),
} satisfies Record<StepId, () => Promise<unknown>>

/** Loads a step's module, if the id names a step; resolves once it is here (or failed). */
export function loadStep(id: string): Promise<unknown> | undefined {
  return Object.hasOwn(STEP_MODULES, id) ? STEP_MODULES[id as StepId]() : undefined
}

/** Fetches a step's module ahead of need (the next step, a link the pointer is on). */
export function prefetchStep(id: string): void {
  void loadStep(id)
}
