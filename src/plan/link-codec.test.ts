import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { crc32 } from './crc32'
import { inflateCapped } from './inflate-capped'
import {
  decodePlanFragment,
  encodePlanToFragment,
  encodePlanToFragmentV1,
  LINK_WARN_LENGTH,
  MAX_INFLATED_BYTES,
  MAX_LINK_LENGTH,
} from './link-codec'
import {
  checkPlanFileSize,
  MAX_PLAN_FILE_BYTES,
  parsePlanFileText,
  planToFileText,
} from './plan-file'
import { PROBLEM_TITLES } from './problems'
import { substitutionsOpeningAnotherPlan } from './link-integrity'
import { makeReferencePlan } from './test-plans'

const golden = (name: string) =>
  readFileSync(join(import.meta.dirname, 'golden', name), 'utf8').trim()

describe('share link codec', () => {
  it('round-trips the reference plan, ticks included', () => {
    const plan = makeReferencePlan()
    const decoded = decodePlanFragment(`#${encodePlanToFragment(plan)}`)
    expect(decoded).toEqual({ ok: true, plan, integrity: 'checked' })
  })
  it('writes format 2: the payload ends with the CRC-32 of the DEFLATE bytes', () => {
    const link = encodePlanToFragment(makeReferencePlan())
    expect(link).toMatch(/^plan=2\.\d+\./)
    const bytes = Buffer.from(link.split('.')[2]!, 'base64url')
    const deflated = bytes.subarray(0, bytes.length - 4)
    expect(bytes.readUInt32BE(bytes.length - 4)).toBe(crc32(deflated))
  })
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array())).toBe(0)
  })
  it('keeps the reference plan under the link budget', () => {
    expect(encodePlanToFragment(makeReferencePlan()).length).toBeLessThan(LINK_WARN_LENGTH)
  })
  it('opens the frozen golden link of format 1 forever, as unchecked', () => {
    const decoded = decodePlanFragment(golden('link-v1.txt'))
    expect(decoded).toEqual({
      ok: true,
      plan: JSON.parse(golden('link-v1.plan.json')),
      integrity: 'unchecked',
    })
  })
  it('opens the frozen golden link of format 2 forever, as checked', () => {
    const decoded = decodePlanFragment(golden('link-v2.txt'))
    expect(decoded).toEqual({
      ok: true,
      plan: JSON.parse(golden('link-v1.plan.json')),
      integrity: 'checked',
    })
  })
  it('refuses a format-2 link whose checksum does not match, even when it inflates', () => {
    const link = golden('link-v2.txt')
    const [, length, payload] = link.split('.')
    const bytes = Buffer.from(payload!, 'base64url')
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1
    const damaged = `plan=2.${length}.${bytes.toString('base64url')}`
    expect(damaged.length).toBe(link.length)
    const result = decodePlanFragment(damaged)
    expect(!result.ok && result.problem.kind).toBe('corrupt')
  })
  it('no single-character substitution of the reference link opens a different plan', () => {
    const v2 = substitutionsOpeningAnotherPlan(encodePlanToFragment(makeReferencePlan()))
    expect(v2.tried).toBeGreaterThan(50_000)
    expect(v2.different).toBe(0)
    // Format 1 has no checksum: some of its substitutions do open a different plan.
    const v1 = substitutionsOpeningAnotherPlan(encodePlanToFragmentV1(makeReferencePlan()), 29)
    expect(v1.different).toBeGreaterThan(0)
  }, 120_000)
  it.each([
    ['', 'empty'],
    ['#', 'empty'],
    ['plan=', 'corrupt'],
    ['somethingelse', 'corrupt'],
    ['plan=1.10.abc', 'truncated'],
    ['plan=1.3.abcd', 'corrupt'],
    ['plan=1.4.@@@@', 'corrupt'],
    ['plan=1.4.AAAA', 'corrupt'],
    ['plan=3.4.AAAA', 'newer-version'],
    ['plan=2.4.AAAA', 'corrupt'],
    ['plan=2.8.AAAAAAAA', 'corrupt'],
    ['plan=0.4.AAAA', 'corrupt'],
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
  }, 30_000)
  it('stops inflating at the cap, not after inflating everything', async () => {
    const { deflateSync } = await import('fflate')
    // ~100 KB of DEFLATE (a 136,000-character link) that inflates to 100 MB.
    const bomb = deflateSync(new Uint8Array(100_000_000).fill(32))
    const result = inflateCapped(bomb, MAX_INFLATED_BYTES)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.reason).toBe('too-large')
      expect(result.produced).toBeLessThan(MAX_INFLATED_BYTES + 1_100_000)
    }
  }, 30_000)
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

  describe('never throws, never hangs (properties, 10,000+ cases)', { timeout: 120_000 }, () => {
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
    ['', 'empty-file'],
    ['  \n', 'empty-file'],
    ['\uFEFF', 'empty-file'],
    ['{not json', 'corrupt'],
    ['[]', 'invalid-plan'],
    ['{"version": 99}', 'newer-version'],
    ['{"version": 1}', 'invalid-plan'],
  ])('reports %j as %s', (text, kind) => {
    const result = parsePlanFileText(text)
    expect(!result.ok && result.problem.kind).toBe(kind)
    expect(!result.ok && result.problem.message.length).toBeGreaterThan(10)
  })
  it('titles an empty file as a file, not as a link', () => {
    const result = parsePlanFileText('')
    expect(!result.ok && PROBLEM_TITLES[result.problem.kind]).toBe('This file is empty')
  })
  it('refuses a file over the size limit from its size alone, before reading it', () => {
    expect(checkPlanFileSize(1_000)).toBeNull()
    expect(checkPlanFileSize(MAX_PLAN_FILE_BYTES)).toBeNull()
    const big = checkPlanFileSize(20_800_000)
    expect(big?.kind).toBe('too-large')
    expect(big?.message).toMatch(/too large: 20\.8 MB/)
    expect(checkPlanFileSize(0)?.kind).toBe('empty-file')
  })
  it.each(['.', '..', '', 'a/b', 'p 1', '-p', 'x'.repeat(65), '%2e%2e'])(
    'refuses the plan ID %j',
    (id) => {
      const result = parsePlanFileText(planToFileText({ ...makeReferencePlan(), id }))
      expect(!result.ok && result.problem.errors?.[0]?.path).toBe('id')
    },
  )
  it('accepts the plan IDs the planner makes', () => {
    for (const id of ['p-0001', 'p-1b2c3d4e-5f60', 'a', 'A_9']) {
      expect(parsePlanFileText(planToFileText({ ...makeReferencePlan(), id })).ok).toBe(true)
    }
  })
})
