import { describe, expect, it } from 'vitest'
import { loadOnDemand } from './load-on-demand'

describe('loadOnDemand', () => {
  it('loads once, and tries again after a failed load', async () => {
    let calls = 0
    const load = loadOnDemand(() => {
      calls++
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(calls)
    })
    await expect(load()).rejects.toThrow('offline')
    const second = load()
    expect(load()).toBe(second)
    await expect(second).resolves.toBe(2)
    await expect(load()).resolves.toBe(2)
    expect(calls).toBe(2)
  })
})
