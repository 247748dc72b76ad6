import { describe, expect, it } from 'vitest'
import type { Room } from '../rules/rooms'
import { withSlice } from '../rules/test-factory'
import { roomsByPriority, summarizeInventory } from './inventory-summary'
import { planForLink, shareLink } from './link-budget'
import { decodePlanFragment, LINK_WARN_LENGTH } from './link-codec'
import { makeReferencePlan } from './test-plans'

const room = (i: number, patch: Partial<Room> = {}): Room => ({
  path: ['Dept', `Team ${i % 7}`],
  name: `Room ${i}`,
  invitations: true,
  disabled: false,
  federated: 1,
  row: i + 2,
  ...patch,
})

function planWith(rooms: Room[], existingNames: string[] = []) {
  const { inventory, answers } = summarizeInventory(rooms, { separator: '/', existingNames })
  return makeReferencePlan({ answers: withSlice('groupChat', { inventory, ...answers }) })
}

const cpuMs = (run: () => void) => {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

describe('shareLink', () => {
  const origin = 'https://lync-planner.intranet.contoso.com'
  it('counts the whole address, origin and path included, against the budget', () => {
    const plan = planWith(Array.from({ length: 400 }, (_, i) => room(i)))
    const { url, fragment, cut } = shareLink(plan, origin)
    expect(url).toBe(`${origin}/open#${fragment}`)
    expect(url.length).toBeLessThanOrEqual(LINK_WARN_LENGTH)
    expect(url.length).toBeGreaterThan(LINK_WARN_LENGTH - 100)
    // Counting only the fragment would keep more rooms and overshoot.
    expect(planForLink(plan).cut).toBeLessThan(cut)
  })
  it('leaves a plan that fits untouched', () => {
    const plan = makeReferencePlan()
    expect(shareLink(plan, origin)).toMatchObject({ plan, cut: 0, cutExistingNames: 0 })
  })
  it('cuts the names of rooms already in the new pool, keeping those a kept room clashes with', () => {
    const existing = Array.from({ length: 20_000 }, (_, i) => `Existing/Room number ${i}`)
    existing[12_345] = 'dept/team 3/room 3'
    const plan = planWith(
      Array.from({ length: 10 }, (_, i) => room(i, { federated: 0 })),
      existing,
    )
    const { url, plan: cutPlan, cut, cutExistingNames } = shareLink(plan, origin)
    expect(url.length).toBeLessThanOrEqual(LINK_WARN_LENGTH)
    expect(cut).toBe(0)
    expect(cutExistingNames).toBe(19_999)
    const decoded = decodePlanFragment(url.slice(url.indexOf('#') + 1))
    if (!decoded.ok) throw new Error(decoded.problem.message)
    const inventory = decoded.plan.answers.groupChat!.inventory!
    expect(inventory.existingNames).toEqual(['dept/team 3/room 3'])
    expect(inventory.rooms.map((r) => r.name)).toEqual(['Room 3'])
    expect(inventory.counts).toEqual(cutPlan.answers.groupChat!.inventory!.counts)
  })
})

describe('the cost of cutting', () => {
  it('orders 50,000 rooms needing action in linear time (it was quadratic)', () => {
    const { inventory } = summarizeInventory(
      Array.from({ length: 50_000 }, (_, i) => room(i)),
      { separator: '/', existingNames: [] },
    )
    expect(inventory.rooms).toHaveLength(50_000)
    let ordered: Room[] = []
    const ms = cpuMs(() => (ordered = roomsByPriority(inventory)))
    expect(ordered).toHaveLength(50_000)
    // Linear: about 0.1 s; the quadratic lookup took several seconds here.
    expect(ms).toBeLessThan(1_500)
  }, 60_000)
  it('cuts 20,000 rooms needing action without compressing them all', () => {
    const plan = planWith(Array.from({ length: 20_000 }, (_, i) => room(i)))
    let cut = 0
    const ms = cpuMs(() => (cut = planForLink(plan).cut))
    expect(cut).toBeGreaterThan(19_000)
    expect(ms).toBeLessThan(1_000)
  }, 60_000)
})
