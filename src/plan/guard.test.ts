import { describe, expect, it } from 'vitest'
import { withSlice } from '../rules/test-factory'
import {
  boundedSafeParse,
  checkJsonText,
  checkStructure,
  LONG_LISTS,
  STRUCTURE_LIMITS,
} from './guard'
import { summarizeInventory } from './inventory-summary'
import { planSchema } from './plan'
import { makeReferencePlan } from './test-plans'

const nest = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)

describe('checkJsonText', () => {
  it('lets nesting up to the limit through, and refuses one level more', () => {
    expect(checkJsonText(nest(STRUCTURE_LIMITS.maxDepth))).toBeNull()
    expect(checkJsonText(nest(STRUCTURE_LIMITS.maxDepth + 1))?.kind).toBe('invalid-plan')
  })
  it('does not count brackets, commas or escaped quotes inside strings', () => {
    const text = JSON.stringify({ a: `"${'[{,'.repeat(10_000)}\\"` })
    expect(checkJsonText(text)).toBeNull()
  })
  it('names a list that is too long by its path', () => {
    const text = JSON.stringify({ answers: { sql: { instances: Array(1_001).fill({}) } } })
    expect(checkJsonText(text)?.errors?.[0]?.path).toBe('answers.sql.instances')
    const ok = JSON.stringify({ answers: { sql: { instances: Array(1_000).fill({}) } } })
    expect(checkJsonText(ok)).toBeNull()
  })
  it('allows the long lists their own limits', () => {
    const rooms = JSON.stringify({
      answers: { groupChat: { inventory: { rooms: Array(5_000).fill(0) } } },
    })
    expect(checkJsonText(rooms)).toBeNull()
    expect(LONG_LISTS['answers.groupChat.inventory.rooms']).toBe(200_000)
  })
})

describe('checkStructure', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere', (key) => {
    const value = JSON.parse(`{"answers":{"sql":[{"${key}":{"x":1}}]}}`) as unknown
    const found = checkStructure(value)
    expect(found?.errors?.[0]).toEqual({
      path: `answers.sql.0.${key}`,
      message: `The key "${key}" is not allowed.`,
    })
  })
  it('refuses long strings, wide objects and long lists, with where they are', () => {
    expect(checkStructure({ name: 'x'.repeat(100_001) })?.errors?.[0]?.path).toBe('name')
    const wide = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, 0]))
    expect(checkStructure({ answers: wide })?.errors?.[0]?.path).toBe('answers')
    expect(checkStructure({ done: Array(1_001).fill('x') })?.errors?.[0]?.path).toBe('done')
  })
  it('passes a large real plan: 20,000 rooms needing action and 20,000 existing names', () => {
    const rooms = Array.from({ length: 20_000 }, (_, i) => ({
      path: ['Dept', `Team ${i % 7}`],
      name: `Room ${i}`,
      invitations: false,
      disabled: false,
      federated: 0,
      row: i + 2,
    }))
    const names = Array.from({ length: 20_000 }, (_, i) => `Old/Room ${i}`)
    const { inventory, answers } = summarizeInventory(rooms, {
      separator: '/',
      existingNames: names,
    })
    const plan = makeReferencePlan({ answers: withSlice('groupChat', { inventory, ...answers }) })
    const text = JSON.stringify(plan)
    expect(checkJsonText(text)).toBeNull()
    expect(checkStructure(JSON.parse(text))).toBeNull()
    const parsed = boundedSafeParse(planSchema, JSON.parse(text))
    expect(parsed.success).toBe(true)
  }, 30_000)
})

describe('boundedSafeParse', () => {
  it('gives what safeParse gives for a valid plan, defaults applied', () => {
    const plan = makeReferencePlan()
    const { existingNames: _dropped, ...inventory } = plan.answers.groupChat!.inventory ?? {
      separator: '/',
      rooms: [],
      totalRooms: 0,
      existingNames: [],
    }
    const value = {
      ...plan,
      answers: { ...plan.answers, groupChat: { ...plan.answers.groupChat, inventory } },
    }
    const bounded = boundedSafeParse(planSchema, value)
    const plain = planSchema.safeParse(value)
    expect(bounded).toEqual({ success: true, data: plain.data })
  })
  it('stops at 50 errors in a long list, with their paths', () => {
    const plan = makeReferencePlan()
    const value = {
      ...plan,
      answers: {
        ...plan.answers,
        groupChat: {
          ...plan.answers.groupChat,
          inventory: { separator: '/', rooms: Array(10_000).fill({}), totalRooms: 1 },
        },
      },
    }
    const parsed = boundedSafeParse(planSchema, value)
    expect(parsed.success).toBe(false)
    if (!parsed.success) {
      expect(parsed.errors).toHaveLength(50)
      expect(parsed.errors[0]?.path).toBe('answers.groupChat.inventory.rooms.0.path')
    }
  })
})
