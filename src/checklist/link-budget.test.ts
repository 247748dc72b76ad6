import { describe, expect, it } from 'vitest'
import { buildChecklist } from './build-checklist'
import { evaluate } from '../rules/evaluate'
import type { Room } from '../rules/rooms'
import { withSlice } from '../rules/test-factory'
import { summarizeInventory } from '../plan/inventory-summary'
import { decodePlanFragment, LINK_WARN_LENGTH } from '../plan/link-codec'
import { planForLink } from '../plan/link-budget'
import { makeReferencePlan } from '../plan/test-plans'

const room = (i: number, patch: Partial<Room> = {}): Room => ({
  path: ['Dept', `Team ${i % 7}`],
  name: `Room ${i} ${'q'.repeat((i * 37) % 50)}`,
  invitations: true,
  disabled: false,
  federated: 0,
  row: i + 2,
  ...patch,
})

function planWithRooms(rooms: Room[]) {
  const { inventory, answers } = summarizeInventory(rooms, { separator: '/', existingNames: [] })
  return makeReferencePlan({ answers: withSlice('groupChat', { inventory, ...answers }) })
}

describe('summarizeInventory', () => {
  it('keeps only the rooms needing action, the total and the counts, and fills the answers', () => {
    const rooms = [
      room(1),
      room(2, { invitations: false }),
      room(3, { disabled: true }),
      room(4, { federated: 2 }),
      room(5, { path: ['A', 'B', 'C'] }),
    ]
    const { inventory, answers } = summarizeInventory(rooms, {
      separator: '/',
      existingNames: [' Dept/Team 1/Room 1 ', ''],
    })
    expect(inventory.totalRooms).toBe(5)
    expect(inventory.rooms.map((r) => r.row)).toEqual([4, 5, 6])
    expect(inventory.existingNames).toEqual(['Dept/Team 1/Room 1'])
    expect(answers).toEqual({
      categoryDepth: 3,
      invitationsOffCategories: 1,
      federatedRooms: 1,
      roomsNotToMigrate: 1,
    })
  })
})

describe('planForLink', () => {
  it('leaves a plan that fits untouched', () => {
    const plan = makeReferencePlan()
    expect(planForLink(plan).cut).toBe(0)
  })
  it('cuts a long list of rooms needing action to fit, keeping blockers first, and says how many', () => {
    const rooms = Array.from({ length: 400 }, (_, i) =>
      room(i, i % 50 === 0 ? { name: `Long ${i} ${'x'.repeat(300)}` } : { federated: 1 }),
    )
    const plan = planWithRooms(rooms)
    const { fragment, cut } = planForLink(plan)
    expect(fragment.length).toBeLessThanOrEqual(LINK_WARN_LENGTH)
    expect(cut).toBeGreaterThan(0)
    const decoded = decodePlanFragment(fragment)
    if (!decoded.ok) throw new Error(decoded.problem.message)
    const inv = decoded.plan.answers.groupChat!.inventory!
    expect(inv.cut).toBe(cut)
    expect(inv.rooms.length + cut).toBe(400)
    // The receiver still sees the whole inventory's numbers.
    const gc03 = evaluate(decoded.plan.answers).find((f) => f.ruleId === 'GC-03')
    expect(gc03?.message).toMatch(/^8 room names are longer/)
    const prep04 = buildChecklist(decoded.plan.answers).sections[1]!.items.find(
      (i) => i.id === 'PREP-04',
    )!
    expect(prep04.title).toBe('Shorten the 8 room names over 256 characters')
    expect(prep04.details.join(' ')).toMatch(/left out to keep the link short/)
    // Long names are blockers: they are kept before federated rooms.
    expect(
      inv.rooms.slice(0, Math.min(8, inv.rooms.length)).every((r) => r.name.startsWith('Long')),
    ).toBe(true)
  })
})
