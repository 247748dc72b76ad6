import type { Parked } from '../../plan/dependents'
import type { Plan } from '../../plan/plan'
import type { Answers, SliceKey } from '../../rules/answers'
import type { AnswerTree, ChangeRow } from '../../discovery/changes'
import { applyAccepted, settleSlices } from '../../discovery/changes'
import { STEPS } from '../../ui/step-registry'
import { stepViewById } from '../steps'
import { submitStep } from '../submit-step'

type Values = Record<string, unknown>
const isObject = (v: unknown): v is Values =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const blank = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '')

/** A list row nobody has typed into (the empty first pool of a new step). */
function isBlankRow(row: unknown): boolean {
  return isObject(row) && Object.values(row).every(blank)
}

function withoutBlankRows(slice: Values): Values {
  const out: Values = {}
  for (const [k, v] of Object.entries(slice))
    out[k] = Array.isArray(v) ? v.filter((row) => !isBlankRow(row)) : v
  return out
}

/**
 * The answers as the administrator sees them now: each step's draft (what its
 * form shows) where there is one, else its saved answers. Rows left blank are
 * dropped, so imported rows do not land after an empty one.
 */
export function currentTree(plan: Plan, draftOf: (stepId: string) => unknown): AnswerTree {
  const tree: AnswerTree = {}
  for (const step of STEPS) {
    const draft = draftOf(step.id)
    const value: unknown = isObject(draft) ? draft : plan.answers[step.slice]
    if (isObject(value)) tree[step.slice] = withoutBlankRows(value)
  }
  return tree
}

/**
 * The answers a step's defaults are made from (the Lookup Server URI from the
 * first SIP domain, the Group Chat product from the products): the saved
 * answers, plus the products and SIP domains just imported, when well formed.
 */
function defaultsView(answers: Answers, tree: AnswerTree): Answers {
  const view: Values = { ...answers }
  const source = tree.source
  if (
    !answers.source &&
    isObject(source) &&
    Array.isArray(source.products) &&
    source.products.every((p) => typeof p === 'string')
  )
    view.source = { products: source.products, legacyPools: [], groupChat: source.groupChat }
  const forest = tree.forest
  if (
    !answers.forest &&
    isObject(forest) &&
    Array.isArray(forest.sipDomains) &&
    forest.sipDomains.every((d) => isObject(d) && typeof d.domain === 'string')
  )
    view.forest = { sipDomains: forest.sipDomains }
  // Only the members the steps' defaults read are present.
  return view as Answers
}

export interface ImportOutcome {
  plan: Plan
  parked: Parked
  /** Drafts to write, by step: slices that do not yet pass their step's checks. */
  drafts: { stepId: string; values: Values }[]
  /** Steps whose drafts are spent (their slice was saved whole). */
  spentDrafts: string[]
  /** Steps that changed, in wizard order, and whether each is complete. */
  steps: { stepId: string; title: string; complete: boolean }[]
}

const slicesOf = (paths: Iterable<string>) =>
  new Set([...paths].map((p) => p.split('.')[0] as SliceKey))

/**
 * Applies the accepted rows to the plan without saving it: each touched slice
 * that passes its step's schema is saved as that step's Continue would save it
 * (dependents parked or re-asked); any other stays a draft of its step, so the
 * administrator completes it in the wizard. Nothing else changes.
 */
export function applyImport(
  plan: Plan,
  tree: AnswerTree,
  rows: readonly ChangeRow[],
  accepted: Iterable<string>,
  parked: Parked,
): ImportOutcome {
  const acceptedRows = rows.filter((r) => r.kind !== 'same' && new Set(accepted).has(r.path))
  const paths = acceptedRows.map((r) => r.path)
  const touched = slicesOf(paths)
  const next = applyAccepted(tree, rows, paths)
  // A step never opened starts from what its form would show, plus what was accepted.
  const view = defaultsView(plan.answers, next)
  for (const slice of touched) {
    const step = STEPS.find((s) => s.slice === slice)
    if (!step || tree[slice] !== undefined) continue
    const empty = stepViewById(step.id)?.empty(view) ?? {}
    next[slice] = { ...withoutBlankRows(empty), ...(next[slice] as Values) }
  }
  const { complete, drafts } = settleSlices(next)
  let current = plan
  let keep = parked
  const outcome: ImportOutcome = { plan, parked, drafts: [], spentDrafts: [], steps: [] }
  for (const step of STEPS) {
    if (!touched.has(step.slice)) continue
    const whole = complete[step.slice]
    if (whole) {
      const result = submitStep(
        current,
        step as typeof step & { slice: typeof step.slice },
        whole as NonNullable<Answers[typeof step.slice]>,
        { parked: keep, force: true },
      )
      if (!result.ok) continue
      current = result.plan
      keep = result.parked
      outcome.spentDrafts.push(...result.spentDrafts)
      for (const r of result.reaskDrafts) outcome.drafts.push({ stepId: r.stepId, values: r.draft })
    } else {
      const draft = drafts[step.slice]
      if (draft) outcome.drafts.push({ stepId: step.id, values: draft })
    }
    outcome.steps.push({ stepId: step.id, title: step.title, complete: Boolean(whole) })
  }
  return { ...outcome, plan: current, parked: keep }
}
