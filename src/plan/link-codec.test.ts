import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodePlanFragment,
  encodePlanToFragment,
  LINK_WARN_LENGTH,
  MAX_LINK_LENGTH,
} from './link-codec'
import { parsePlanFileText, planToFileText } from './plan-file'
import { makeReferencePlan } from './test-plans'

const golden = (name: string) =>
  readFileSync(join(import.meta.dirname, 'golden', name), 'utf8').trim()

describe('share link codec', () => {
  it('round-trips the reference plan, ticks included', () => {
    const plan = makeReferencePlan()
    const decoded = decodePlanFragment(`#${encodePlanToFragment(plan)}`)
    expect(decoded).toEqual({ ok: true, plan })
  })
  it('keeps the reference plan under the link budget', () => {
    expect(encodePlanToFragment(makeReferencePlan()).length).toBeLessThan(LINK_WARN_LENGTH)
  })
  it('opens the frozen golden link of format 1 forever', () => {
    const decoded = decodePlanFragment(golden('link-v1.txt'))
    expect(decoded.ok).toBe(true)
    if (decoded.ok) expect(decoded.plan).toEqual(JSON.parse(golden('link-v1.plan.json')))
  })
  it.each([
    ['', 'empty'],
    ['#', 'empty'],
    ['plan=', 'corrupt'],
    ['somethingelse', 'corrupt'],
    ['plan=1.10.abc', 'truncated'],
    ['plan=1.3.abcd', 'corrupt'],
    ['plan=1.4.@@@@', 'corrupt'],
    ['plan=1.4.AAAA', 'corrupt'],
    ['plan=2.4.AAAA', 'newer-version'],
    ['plan=1.AAAA', 'corrupt'],
  ])('reports %j as %s', (input, kind) => {
    const result = decodePlanFragment(input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problem.kind).toBe(kind)
      expect(result.problem.message.length).toBeGreaterThan(10)
    }
  })
  it('reports a link cut short as truncated', () => {
    const link = encodePlanToFragment(makeReferencePlan())
    const result = decodePlanFragment(link.slice(0, link.length - 40))
    expect(!result.ok && result.problem.kind).toBe('truncated')
  })
  it('refuses a huge input before decoding it', () => {
    const result = decodePlanFragment(`plan=1.${MAX_LINK_LENGTH}.${'A'.repeat(MAX_LINK_LENGTH)}`)
    expect(!result.ok && result.problem.kind).toBe('too-large')
  })
  it('refuses a small link that would inflate into a huge plan', async () => {
    const { deflateSync } = await import('fflate')
    const bomb = deflateSync(new Uint8Array(10_000_000).fill(32))
    const payload = Buffer.from(bomb).toString('base64url')
    const result = decodePlanFragment(`plan=1.${payload.length}.${payload}`)
    expect(!result.ok && result.problem.kind).toBe('too-large')
  })
  it('reports a plan from a newer plan version', () => {
    const link = encodePlanToFragment({ ...makeReferencePlan(), version: 7 as 1 })
    const result = decodePlanFragment(link)
    expect(!result.ok && result.problem.kind).toBe('newer-version')
  })
  it('reports a well-encoded but invalid plan with where the errors are', () => {
    const plan = makeReferencePlan()
    const broken = {
      ...plan,
      answers: { ...plan.answers, source: { ...plan.answers.source, method: 'teleport' } },
    }
    const result = decodePlanFragment(encodePlanToFragment(broken as never))
    expect(!result.ok && result.problem.kind).toBe('invalid-plan')
    expect(!result.ok && result.problem.errors?.[0]?.path).toBe('answers.source.method')
  })

  describe('never throws, never hangs (properties, 10,000+ cases)', () => {
    const valid = encodePlanToFragment(makeReferencePlan())
    const check = (input: string) => {
      const result = decodePlanFragment(input)
      return (
        result.ok ||
        (typeof result.problem.message === 'string' && result.problem.message.length > 0)
      )
    }
    it('random strings', () => {
      fc.assert(fc.property(fc.string({ maxLength: 3000 }), check), { numRuns: 4000 })
      fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: 1000 })
    })
    it('truncations of a valid link', () => {
      fc.assert(
        fc.property(fc.nat(valid.length), (n) => {
          const r = decodePlanFragment(valid.slice(0, n))
          return n === valid.length ? r.ok : !r.ok && r.problem.message.length > 0
        }),
        { numRuns: 2000 },
      )
    })
    it('byte flips of a valid link', () => {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=%#'
      fc.assert(
        fc.property(fc.nat(valid.length - 1), fc.nat(alphabet.length - 1), (at, c) =>
          check(valid.slice(0, at) + alphabet[c] + valid.slice(at + 1)),
        ),
        { numRuns: 3000 },
      )
    })
    it('random well-formed headers with random payloads', () => {
      fc.assert(
        fc.property(fc.base64String({ maxLength: 2000 }), (b64) => {
          const payload = b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '')
          return check(`plan=1.${payload.length}.${payload}`)
        }),
        { numRuns: 1000 },
      )
    })
  })
})

describe('plan file', () => {
  it('round-trips', () => {
    const plan = makeReferencePlan()
    expect(parsePlanFileText(planToFileText(plan))).toEqual({ ok: true, plan })
  })
  it.each([
    ['', 'empty'],
    ['{not json', 'corrupt'],
    ['[]', 'invalid-plan'],
    ['{"version": 99}', 'newer-version'],
    ['{"version": 1}', 'invalid-plan'],
  ])('reports %j as %s', (text, kind) => {
    const result = parsePlanFileText(text)
    expect(!result.ok && result.problem.kind).toBe(kind)
  })
})
