import type { Answers } from '../rules/answers'
import type { Finding } from '../rules/finding'
import { SOURCES } from '../rules/sources'
import { storedAs } from './plan-store'
import { readJson, writeJson } from './storage'

// A plan's findings are the rules' verdict on its answers. Working them out needs every
// rule module; a page that only shows them (a step, the step list) reads the verdict kept
// beside the plan the last time this build of the rules judged the same stored text
// (docs/decisions/0026). A kept verdict is used only when both match: the stored text's
// mark (check-mark.ts) and the build of the rules (a hash of src/rules, vite.config.ts).

export const findingsKey = (planId: string) => `findings:${planId}`

/**
 * Which build of the rules wrote a kept verdict: any change to a rule makes it stale.
 * Scripts run outside Vite (the bench, under tsx) have no such build.
 */
export const RULES_BUILD: string =
  // The dev server may serve edited rules under the hash it started with: it keeps nothing.
  import.meta.env.MODE === 'development'
    ? `development ${Math.random()}`
    : typeof __RULES_BUILD__ === 'string'
      ? __RULES_BUILD__
      : 'not built by vite'

interface Kept {
  mark: string
  rules: string
  list: Finding[]
}

const SEVERITIES = new Set(['blocker', 'warning', 'info'])

// The same trust as the plan's own text (also read from this browser's storage), checked
// only for the shape the pages read, so a damaged entry is judged again, never drawn.
function isKept(value: unknown): value is Kept {
  if (typeof value !== 'object' || value === null) return false
  const { mark, rules, list } = value as Partial<Kept>
  return (
    typeof mark === 'string' &&
    typeof rules === 'string' &&
    Array.isArray(list) &&
    list.every(
      (f: Partial<Finding> | null) =>
        typeof f === 'object' &&
        f !== null &&
        typeof f.ruleId === 'string' &&
        typeof f.severity === 'string' &&
        SEVERITIES.has(f.severity) &&
        typeof f.message === 'string' &&
        typeof f.path === 'string' &&
        Array.isArray(f.sources) &&
        f.sources.every((id) => Object.hasOwn(SOURCES, id)) &&
        (f.count === undefined || typeof f.count === 'number') &&
        (f.items === undefined ||
          (Array.isArray(f.items) && f.items.every((item) => typeof item === 'string'))),
    )
  )
}

const known = new WeakMap<Answers, Finding[]>()
// The mark each answers object's findings were last kept for.
const keptFor = new WeakMap<Answers, string>()

/**
 * Writes the verdict of these answers beside the stored text they came from, once per
 * text. The plan layout calls it after drawing (never while rendering). A cache: when
 * storage is full the verdict is worked out again next time, and a plan's save drops
 * every kept verdict before it gives up for lack of room (plan-store.ts).
 */
export function keepFindings(answers: Answers): void {
  const found = known.get(answers)
  const from = storedAs(answers)
  if (!found || !from || keptFor.get(answers) === from.mark) return
  keptFor.set(answers, from.mark)
  writeJson(findingsKey(from.id), { mark: from.mark, rules: RULES_BUILD, list: found })
}

/**
 * The findings of these answers, if they are known without running the rules: worked out
 * on this page, or kept beside the stored text they were read from by the same rules.
 */
export function knownFindings(answers: Answers): Finding[] | undefined {
  const found = known.get(answers)
  if (found) return found
  const from = storedAs(answers)
  if (!from) return undefined
  const kept = readJson(findingsKey(from.id))
  if (!isKept(kept) || kept.mark !== from.mark || kept.rules !== RULES_BUILD) return undefined
  known.set(answers, kept.list)
  keptFor.set(answers, from.mark)
  return kept.list
}

/**
 * The findings of a plan page's answers. The plan layout draws a page only once they are
 * known (plan-findings.ts), so the page itself never loads the rules to show them.
 */
export function savedFindings(answers: Answers): Finding[] {
  const found = knownFindings(answers)
  if (!found) throw new Error('savedFindings: the findings of this plan are not known yet')
  return found
}

/** The rules judged these answers: known from now on (kept beside their plan by keepFindings). */
export function rememberFindings(answers: Answers, findings: Finding[]): void {
  known.set(answers, findings)
}
