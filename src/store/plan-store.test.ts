import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as ParsePlan from '../plan/parse-plan'
import { makeReferencePlan } from '../plan/test-plans'
import { memoryLocalStorage } from './memory-storage.test-helper'

// The full check of a stored plan (zod, every rule schema) runs once: for text
// this version did not write or check. A page that reads a checked plan loads none.

const checks = vi.hoisted(() => ({ count: 0 }))
vi.mock('../plan/parse-plan', async (importOriginal) => {
  const real = await importOriginal<typeof ParsePlan>()
  return {
    ...real,
    parsePlanValue: (value: unknown) => {
      checks.count += 1
      return real.parsePlanValue(value)
    },
  }
})

let storage: Storage
beforeEach(() => {
  storage = memoryLocalStorage()
  vi.stubGlobal('localStorage', storage)
  checks.count = 0
})

/** A page load: the store's modules start afresh over what storage holds. */
const freshStore = () => {
  vi.resetModules()
  return import('./plan-store')
}
const settled = async (load: () => { status: string }) => {
  await vi.waitFor(() => expect(load().status).not.toBe('loading'), { timeout: 15_000 })
  return load()
}

describe('loadPlan', () => {
  it('reads a plan this version saved without checking it again', async () => {
    const plan = makeReferencePlan()
    ;(await freshStore()).savePlan(plan)
    const { loadPlan } = await freshStore()
    const loaded = loadPlan(plan.id)
    expect(loaded.status).toBe('ok')
    expect(loaded.status === 'ok' && loaded.plan.answers).toEqual(plan.answers)
    expect(checks.count).toBe(0)
  })

  it('checks a plan it did not write once, then reads it without a check', async () => {
    const plan = makeReferencePlan()
    storage.setItem(`lync-planner:plan:${plan.id}`, JSON.stringify(plan))
    const first = await freshStore()
    expect(first.loadPlan(plan.id).status).toBe('loading')
    expect((await settled(() => first.loadPlan(plan.id))).status).toBe('ok')
    expect(checks.count).toBe(1)
    const again = await freshStore()
    expect(again.loadPlan(plan.id).status).toBe('ok')
    expect(checks.count).toBe(1)
  })

  it('checks again a checked plan whose text changed, and refuses it when it is not valid', async () => {
    const plan = makeReferencePlan()
    ;(await freshStore()).savePlan(plan)
    const key = `lync-planner:plan:${plan.id}`
    const stored = JSON.parse(storage.getItem(key) ?? '') as Record<string, unknown>
    storage.setItem(key, JSON.stringify({ ...stored, done: 'not a list' }))
    const { loadPlan } = await freshStore()
    const loaded = await settled(() => loadPlan(plan.id))
    expect(loaded.status).toBe('broken')
    expect(checks.count).toBe(1)
  })
})
