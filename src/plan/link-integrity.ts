import { decodePlanFragment } from './link-codec'

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/**
 * The damage measure of the share link: every single-character substitution of
 * `link` (each position, each base64url character other than the one there),
 * decoded; counts those that open as a valid plan different from the link's own.
 * `stride` > 1 samples every stride-th position (for quick runs).
 */
export function substitutionsOpeningAnotherPlan(
  link: string,
  stride = 1,
): { tried: number; different: number; same: number; refused: number } {
  const original = decodePlanFragment(link)
  if (!original.ok) throw new Error(`The reference link does not open: ${original.problem.message}`)
  const reference = JSON.stringify(original.plan)
  const out = { tried: 0, different: 0, same: 0, refused: 0 }
  for (let at = 0; at < link.length; at += stride) {
    for (const c of BASE64URL) {
      if (c === link[at]) continue
      out.tried += 1
      const result = decodePlanFragment(link.slice(0, at) + c + link.slice(at + 1))
      if (!result.ok) out.refused += 1
      else if (JSON.stringify(result.plan) === reference) out.same += 1
      else out.different += 1
    }
  }
  return out
}
