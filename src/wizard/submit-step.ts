import type { Parked } from '../plan/dependents'
import { applySlice } from '../plan/dependents'
import type { Plan } from '../plan/plan'
import type { Answers, SliceKey } from '../rules/answers'
import type { Finding } from '../rules/finding'
import { findingsFor } from '../store/findings'
import { sameValue } from '../store/same-value'
import type { StepMeta } from '../ui/step-registry'
import { applicableSteps, STEPS, stepOfPath } from '../ui/step-registry'

export type Submitted =
  | {
      ok: true
      /** The plan to save. */
      plan: Plan
      /** The answers parked after this change (replace what was parked). */
      parked: Parked
      /** Drafts to write: steps asked again, prefilled with what they showed. */
      reaskDrafts: { stepId: string; draft: Record<string, unknown> }[]
      /** Steps whose drafts are spent: this one, and any whose answers came back. */
      spentDrafts: string[]
      /** This step's blockers in the new plan. */
      blockers: Finding[]
      /** Where Continue goes: the next step that applies, or undefined for the review. */
      next: StepMeta | undefined
    }
  /** Another tab saved this step since the form was filled: the caller must ask. */
  | { ok: false; stale: NonNullable<Answers[SliceKey]> }

/**
 * What Continue does to a plan, without saving it: the step's answers go in,
 * dependent answers are parked, restored or re-asked. `base` is the step's
 * saved answers when the form was filled; when the saved plan has moved on
 * since (another tab), the save is refused as stale rather than applied.
 */
export function submitStep<K extends SliceKey>(
  latest: Plan,
  step: StepMeta & { slice: K },
  values: NonNullable<Answers[K]>,
  options: { parked?: Parked; base?: Answers[K]; force?: boolean } = {},
): Submitted {
  const saved = latest.answers[step.slice]
  if (
    !options.force &&
    saved !== undefined &&
    !sameValue(saved, options.base) &&
    !sameValue(saved, values)
  ) {
    return { ok: false, stale: saved }
  }
  const applied = applySlice(latest.answers, step.slice, values, options.parked)
  const plan: Plan = { ...latest, answers: applied.answers }
  const stepOfSlice = (slice: SliceKey) => STEPS.find((s) => s.slice === slice)?.id
  const blockers = findingsFor(applied.answers).filter(
    (f) => f.severity === 'blocker' && stepOfPath(f.path)?.id === step.id,
  )
  const steps = applicableSteps(applied.answers)
  return {
    ok: true,
    plan,
    parked: applied.parked,
    reaskDrafts: applied.reask.flatMap((r) => {
      const stepId = stepOfSlice(r.slice)
      return stepId ? [{ stepId, draft: r.draft }] : []
    }),
    // A step asked again whose answers came back has no question left.
    spentDrafts: [step.id, ...(applied.restored.includes('groupChat') ? ['group-chat'] : [])],
    blockers,
    next: steps[steps.findIndex((s) => s.id === step.id) + 1],
  }
}
