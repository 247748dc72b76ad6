import { encodePlanToFragment, LINK_WARN_LENGTH } from './link-codec'
import type { Plan } from './plan'
import { roomsByPriority } from './inventory-summary'

/**
 * The plan as a share link carries it: whole when it fits in the link budget;
 * otherwise with the room inventory's list cut (blockers kept first) and the
 * cut counted, so the receiver is told. The counts always travel whole.
 */
export function planForLink(
  plan: Plan,
  budget = LINK_WARN_LENGTH,
): { plan: Plan; fragment: string; cut: number } {
  const whole = encodePlanToFragment(plan)
  const gc = plan.answers.groupChat
  const inventory = gc?.inventory
  if (whole.length <= budget || !gc || !inventory || inventory.rooms.length === 0) {
    return { plan, fragment: whole, cut: 0 }
  }
  const ordered = roomsByPriority(inventory)
  const withRooms = (n: number): Plan => ({
    ...plan,
    answers: {
      ...plan.answers,
      groupChat: {
        ...gc,
        inventory: {
          ...inventory,
          rooms: ordered.slice(0, n),
          cut: (inventory.cut ?? 0) + inventory.rooms.length - n,
        },
      },
    },
  })
  // Largest number of rooms whose link fits: binary search over the count.
  let lo = 0
  let hi = ordered.length - 1
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (encodePlanToFragment(withRooms(mid)).length <= budget) lo = mid
    else hi = mid - 1
  }
  const cutPlan = withRooms(lo)
  return { plan: cutPlan, fragment: encodePlanToFragment(cutPlan), cut: ordered.length - lo }
}
