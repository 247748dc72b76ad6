import type { Inventory } from '../rules/group-chat'
import { flattenRoomName, roomNameKey } from '../rules/rooms'
import { roomsByPriority } from './inventory-summary'
import { encodePlanToFragment, LINK_WARN_LENGTH } from './link-codec'
import type { Plan } from './plan'

/** What comes between the origin and the fragment in a share link. */
export const OPEN_PATH = '/open#'

export interface LinkPlan {
  /** The plan as the link carries it. */
  plan: Plan
  fragment: string
  /** Rooms needing action left out (also recorded in the plan's inventory.cut). */
  cut: number
  /** Names of rooms already in the new pool left out: none of them clashes with a room kept. */
  cutExistingNames: number
}

/**
 * The plan as a share link carries it: whole when the link fits in the budget;
 * otherwise with the room inventory's list cut (blockers kept first) and the cut
 * counted, so the receiver is told. The counts always travel whole. The names of
 * rooms already in the new pool are cut with the rooms: the link keeps those a
 * kept room clashes with (GC-08 needs them) and leaves out the rest.
 *
 * `prefixLength` is the length of what comes before the fragment (origin and
 * path), so the budget counts the whole address. About n log n in the rooms.
 */
export function planForLink(plan: Plan, budget = LINK_WARN_LENGTH, prefixLength = 0): LinkPlan {
  const gc = plan.answers.groupChat
  const inventory = gc?.inventory
  const fits = (fragment: string) => prefixLength + fragment.length <= budget
  const asIs = (): LinkPlan => ({
    plan,
    fragment: encodePlanToFragment(plan),
    cut: 0,
    cutExistingNames: 0,
  })
  if (!gc || !inventory || (inventory.rooms.length === 0 && inventory.existingNames.length === 0)) {
    return asIs()
  }
  const ordered = roomsByPriority(inventory)
  // For each existing name: the position of the first kept room it clashes with.
  const firstRoomAt = new Map<string, number>()
  ordered.forEach((room, at) => {
    const key = roomNameKey(flattenRoomName(room, inventory.separator))
    if (!firstRoomAt.has(key)) firstRoomAt.set(key, at)
  })
  const clashAt = inventory.existingNames.map(
    (name) => firstRoomAt.get(roomNameKey(name)) ?? Infinity,
  )
  const withRooms = (n: number): Plan => {
    const cutInventory: Inventory = {
      ...inventory,
      rooms: ordered.slice(0, n),
      existingNames: inventory.existingNames.filter((_, i) => clashAt[i]! < n),
      cut: (inventory.cut ?? 0) + inventory.rooms.length - n,
    }
    return { ...plan, answers: { ...plan.answers, groupChat: { ...gc, inventory: cutInventory } } }
  }
  // Largest number of rooms whose link fits. Searching upwards from a small
  // count first keeps the work proportional to what fits, not to the inventory.
  let lo = 0
  let hi = 16
  while (hi < ordered.length && fits(encodePlanToFragment(withRooms(hi)))) {
    lo = hi
    hi *= 2
  }
  if (hi >= ordered.length) {
    hi = ordered.length
    if (fits(encodePlanToFragment(withRooms(hi)))) lo = hi
  }
  // Now the link fits with lo rooms (or lo is 0) and not with hi rooms, unless lo = hi.
  hi -= 1
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (fits(encodePlanToFragment(withRooms(mid)))) lo = mid
    else hi = mid - 1
  }
  if (lo === ordered.length) {
    // Every room fits: the plan as it is may fit too (encoding it last keeps a
    // 20,000-room plan from being compressed whole just to learn it does not).
    const whole = asIs()
    if (fits(whole.fragment)) return whole
  }
  const cutPlan = withRooms(lo)
  const kept = cutPlan.answers.groupChat?.inventory?.existingNames.length ?? 0
  return {
    plan: cutPlan,
    fragment: encodePlanToFragment(cutPlan),
    cut: ordered.length - lo,
    cutExistingNames: inventory.existingNames.length - kept,
  }
}

/** The whole share link for a plan, cut to fit the budget as planForLink does. */
export function shareLink(
  plan: Plan,
  origin: string,
  budget = LINK_WARN_LENGTH,
): LinkPlan & { url: string } {
  const prefix = `${origin}${OPEN_PATH}`
  const result = planForLink(plan, budget, prefix.length)
  return { ...result, url: `${prefix}${result.fragment}` }
}
