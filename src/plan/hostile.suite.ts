// Shared by hostile.test.ts (zod as in Node) and hostile.jitless.test.ts (zod as
// in the browser under the CSP). Not a test file itself: each of those runs it.
import fc from 'fast-check'
import { deflateSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { crc32 } from './crc32'
import { decodePlanFragment, encodePlanToFragment, MAX_LINK_LENGTH } from './link-codec'
import type { LinkDecodeResult } from './link-codec'
import { planSchema } from './plan'
import { parsePlanFileText, planToFileText } from './plan-file'
import type { PlanProblem } from './problems'
import { PROBLEM_TITLES } from './problems'
import { makeReferencePlan } from './test-plans'

/** FUZZ_FULL=1 runs the counts the issue names; the default keeps `vitest run` quick. */
const FULL = typeof process !== 'undefined' && process.env.FUZZ_FULL === '1'
export const LINK_RUNS = FULL ? 100_000 : 4_000
export const FILE_RUNS = FULL ? 40_000 : 1_500
const MAX_MS = 1000

/** A link of format 1 or 2 around any text, built as the encoder would build it. */
export function linkFromJsonText(text: string, format: 1 | 2 = 2): string {
  const deflated = deflateSync(strToU8(text), { level: 6 })
  let bytes = deflated
  if (format === 2) {
    bytes = new Uint8Array(deflated.length + 4)
    bytes.set(deflated)
    new DataView(bytes.buffer).setUint32(deflated.length, crc32(deflated))
  }
  const payload = Buffer.from(bytes).toString('base64url')
  return `plan=${format}.${payload.length}.${payload}`
}

const PLACEHOLDER = JSON.stringify('hostile value 7f3a9c')
const reference = makeReferencePlan()

/** The reference plan's JSON with one value replaced by `hostile` (JSON text). */
function planTextWith(path: readonly string[], hostile: string): string {
  const copy = JSON.parse(JSON.stringify(reference)) as Record<string, unknown>
  let node: Record<string, unknown> = copy
  for (const key of path.slice(0, -1)) {
    const next = node[key]
    if (next === null || typeof next !== 'object') node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[path.at(-1)!] = JSON.parse(PLACEHOLDER)
  return JSON.stringify(copy).replace(PLACEHOLDER, hostile)
}

/** Where hostile values go: the long lists, the short lists, scalars, the root. */
const TARGETS: readonly (readonly string[])[] = [
  ['answers', 'groupChat', 'inventory', 'rooms'],
  ['answers', 'groupChat', 'inventory', 'existingNames'],
  ['answers', 'groupChat', 'inventory', 'counts'],
  ['answers', 'groupChat', 'inventory'],
  ['answers', 'sql', 'instances'],
  ['answers', 'pools', 'lyncPools'],
  ['answers', 'pools', 'pchatPools'],
  ['answers', 'source', 'legacyPools'],
  ['answers', 'source', 'products'],
  ['answers', 'forest', 'sipDomains'],
  ['answers', 'forest'],
  ['answers'],
  ['done'],
  ['id'],
  ['name'],
  ['version'],
  ['extra'],
]

const repeatJoin = (item: string, n: number) => `[${Array(n).fill(item).join(',')}]`

/** Structurally hostile JSON texts: long lists, deep nesting, forbidden keys, wide objects. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  // Lists of empty objects (the reproducers are 24,571 rooms and 1,300,000 instances).
  fc
    .integer({ min: 0, max: 4 })
    .chain((scale) => fc.integer({ min: 1, max: [10, 100, 3_000, 30_000, 300_000][scale]! }))
    .map((n) => repeatJoin('{}', n)),
  fc.integer({ min: 1, max: 5_000 }).map((n) => repeatJoin('[]', n)),
  fc.integer({ min: 1, max: 5_000 }).map((n) => repeatJoin('null', n)),
  // Deep nesting, of arrays or objects.
  fc.integer({ min: 1, max: 200_000 }).map((d) => '['.repeat(d) + ']'.repeat(d)),
  fc.integer({ min: 1, max: 50_000 }).map((d) => '{"a":'.repeat(d) + '1' + '}'.repeat(d)),
  // Keys that mean harm when an object is copied.
  fc
    .constantFrom('__proto__', 'constructor', 'prototype')
    .chain((k) => fc.jsonValue({ maxDepth: 2 }).map((v) => `{"${k}":${JSON.stringify(v)}}`)),
  fc.constantFrom('__proto__', 'constructor').map((k) => `[{"${k}":{"polluted":true}}]`),
  // Wide objects and long strings.
  fc
    .integer({ min: 1, max: 5_000 })
    .map((n) => `{${Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',')}}`),
  fc.integer({ min: 0, max: 300_000 }).map((n) => JSON.stringify('x'.repeat(n))),
  // Rooms that are nearly right, in numbers.
  fc
    .integer({ min: 1, max: 3_000 })
    .map((n) =>
      repeatJoin(
        '{"path":[1],"name":2,"invitations":"yes","disabled":null,"federated":-1,"row":0}',
        n,
      ),
    ),
  // Anything at all.
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
)

/** Plan-like JSON texts: the reference plan with one hostile value, or arbitrary JSON. */
const planText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...TARGETS), hostileText) },
    { weight: 1, arbitrary: hostileText.map((t) => [null, t] as const) },
  )
  .map(([path, text]) => (path ? planTextWith(path, text) : text))

/** A rejection is a problem the page can show: a known kind, a message, at most 50 errors. */
function isTypedProblem(p: PlanProblem): boolean {
  return (
    p.kind in PROBLEM_TITLES &&
    typeof p.message === 'string' &&
    p.message.length > 10 &&
    (p.errors === undefined ||
      (p.errors.length <= 50 &&
        p.errors.every((e) => typeof e.path === 'string' && typeof e.message === 'string')))
  )
}

interface Tally {
  runs: number
  rejected: number
  /** Longest answer, wall clock (the 2-core machine is shared: this includes waiting). */
  slowestWall: number
  /** Longest answer in CPU time of this process: the work an answer costs. */
  slowest: number
  totalCpu: number
}
const newTally = (): Tally => ({ runs: 0, rejected: 0, slowestWall: 0, slowest: 0, totalCpu: 0 })

function timed<T extends { ok: boolean }>(tally: Tally, run: () => T): T {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const result = run()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  const ms = (used.user + used.system) / 1000
  tally.runs += 1
  tally.slowest = Math.max(tally.slowest, ms)
  tally.slowestWall = Math.max(tally.slowestWall, wall)
  tally.totalCpu += ms
  if (!result.ok) tally.rejected += 1
  if (ms > MAX_MS) throw new Error(`An answer took ${ms.toFixed(0)} ms of CPU`)
  return result
}

const okOrTyped = (r: LinkDecodeResult | ReturnType<typeof parsePlanFileText>) =>
  r.ok || isTypedProblem(r.problem)

const describeTally = (what: string, t: Tally) =>
  `${what}: ${t.runs.toLocaleString('en')} (${t.rejected.toLocaleString('en')} rejected), slowest ${t.slowest.toFixed(0)} ms CPU (${t.slowestWall.toFixed(0)} ms wall), ${(t.totalCpu / 1000).toFixed(1)} s CPU in all`

export function hostileSuite(mode: 'jit' | 'jitless'): void {
  // Generous timeouts: the figures that matter are the per-answer limits inside.
  describe(
    `hostile links and plan files (zod ${mode})`,
    { timeout: FULL ? 3_600_000 : 600_000 },
    () => {
      const link = encodePlanToFragment(reference)
      const linkTally = newTally()
      const fileTally = newTally()

      it('the 1,199-character link of 24,571 empty rooms is a typed problem, quickly', () => {
        const text = planTextWith(
          ['answers', 'groupChat', 'inventory', 'rooms'],
          repeatJoin('{}', 24_571),
        )
        for (const format of [1, 2] as const) {
          const hostile = linkFromJsonText(text, format)
          expect(hostile.length).toBeLessThan(2_000)
          const result = timed(linkTally, () => decodePlanFragment(hostile))
          expect(!result.ok && result.problem.kind).toBe('invalid-plan')
          expect(!result.ok && result.problem.errors?.length).toBe(50)
          expect(!result.ok && result.problem.errors?.[0]?.path).toMatch(
            /^answers\.groupChat\.inventory\.rooms\.0\./,
          )
        }
        // The same as a plan file (0.6 MB).
        const file = timed(fileTally, () => parsePlanFileText(text))
        expect(!file.ok && file.problem.kind).toBe('invalid-plan')
      })

      it('the 6,178-character link of 1,300,000 empty SQL instances is a typed problem, quickly', () => {
        const text = planTextWith(['answers', 'sql', 'instances'], repeatJoin('{}', 1_300_000))
        const hostile = linkFromJsonText(text)
        expect(hostile.length).toBeLessThan(MAX_LINK_LENGTH)
        const result = timed(linkTally, () => decodePlanFragment(hostile))
        expect(!result.ok && result.problem.kind).toBe('invalid-plan')
        expect(!result.ok && result.problem.errors?.[0]).toEqual({
          path: 'answers.sql.instances',
          message: 'A list of more than 1,000 entries; the planner reads at most 1,000 here.',
        })
        const file = timed(fileTally, () => parsePlanFileText(text))
        expect(!file.ok && file.problem.kind).toBe('invalid-plan')
      })

      it('a link nested two million levels deep is refused before it is parsed', () => {
        const hostile = linkFromJsonText('['.repeat(1_999_999) + ']'.repeat(1_999_999))
        const result = timed(linkTally, () => decodePlanFragment(hostile))
        expect(!result.ok && result.problem.kind).toBe('invalid-plan')
      })

      it('a plan file of 19.8 MB of empty rooms is a typed problem, in under a second', () => {
        const text = planTextWith(
          ['answers', 'groupChat', 'inventory', 'rooms'],
          repeatJoin('{}', 6_600_000),
        )
        expect(text.length).toBeGreaterThan(19_000_000)
        const file = timed(fileTally, () => parsePlanFileText(text))
        expect(!file.ok && file.problem.errors?.[0]?.path).toBe('answers.groupChat.inventory.rooms')
      })

      it('keys that would reach a prototype are refused, wherever they are', () => {
        for (const path of TARGETS) {
          const text = planTextWith(path, '{"__proto__":{"polluted":true}}')
          const result = parsePlanFileText(text)
          expect(!result.ok && result.problem.errors?.[0]?.message).toMatch(/__proto__/)
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      })

      it(`${LINK_RUNS.toLocaleString('en')} links: never a throw, never over 1 s, every rejection typed`, () => {
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=%#'
        const runs = (share: number) => Math.round(LINK_RUNS * share)
        const check = (input: string) =>
          okOrTyped(timed(linkTally, () => decodePlanFragment(input)))
        // Structurally hostile plans inside well-formed links of both formats.
        fc.assert(
          fc.property(planText, fc.constantFrom(1, 2), (text, format) =>
            check(linkFromJsonText(text, format as 1 | 2)),
          ),
          { numRuns: runs(0.3) },
        )
        // Random text, and random payloads behind well-formed headers.
        fc.assert(fc.property(fc.string({ maxLength: 3000 }), check), { numRuns: runs(0.2) })
        fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), check), {
          numRuns: runs(0.1),
        })
        fc.assert(
          fc.property(
            fc.uint8Array({ maxLength: 3000 }),
            fc.constantFrom(1, 2),
            (bytes, format) => {
              const payload = Buffer.from(bytes).toString('base64url')
              return check(`plan=${format}.${payload.length}.${payload}`)
            },
          ),
          { numRuns: runs(0.1) },
        )
        // Damage to a real link: truncation, substitution, insertion, deletion.
        fc.assert(
          fc.property(fc.nat(link.length), (n) => check(link.slice(0, n))),
          { numRuns: runs(0.1) },
        )
        fc.assert(
          fc.property(
            fc.nat(link.length - 1),
            fc.nat(alphabet.length - 1),
            fc.constantFrom('replace', 'insert', 'delete'),
            (at, c, how) => {
              const ch = alphabet[c]!
              const damaged =
                how === 'replace'
                  ? link.slice(0, at) + ch + link.slice(at + 1)
                  : how === 'insert'
                    ? link.slice(0, at) + ch + link.slice(at)
                    : link.slice(0, at) + link.slice(at + 1)
              const result = timed(linkTally, () => decodePlanFragment(damaged))
              // Format 2: damage never opens a different plan.
              return result.ok
                ? JSON.stringify(result.plan) === JSON.stringify(reference)
                : isTypedProblem(result.problem)
            },
          ),
          { numRuns: runs(0.2) },
        )
        expect(linkTally.runs).toBeGreaterThanOrEqual(LINK_RUNS)
        expect(linkTally.slowest).toBeLessThan(MAX_MS)
      })

      it(`${FILE_RUNS.toLocaleString('en')} plan files: never a throw, never over 1 s, every rejection typed`, () => {
        const check = (text: string) => okOrTyped(timed(fileTally, () => parsePlanFileText(text)))
        fc.assert(fc.property(planText, check), { numRuns: Math.round(FILE_RUNS * 0.7) })
        fc.assert(fc.property(fc.string({ maxLength: 2000 }), check), {
          numRuns: Math.round(FILE_RUNS * 0.15),
        })
        const file = planToFileText(reference)
        fc.assert(
          fc.property(fc.nat(file.length), fc.string({ maxLength: 3 }), (at, s) =>
            check(file.slice(0, at) + s + file.slice(at + 1)),
          ),
          { numRuns: Math.round(FILE_RUNS * 0.15) },
        )
        expect(fileTally.runs).toBeGreaterThanOrEqual(FILE_RUNS)
        expect(fileTally.slowest).toBeLessThan(MAX_MS)
      })

      it('reports what ran', () => {
        // Printed so a run's figures can be quoted; the assertions above are the test.
        process.stdout.write(
          `[hostile, zod ${mode}] ${describeTally('links', linkTally)}; ${describeTally('plan files', fileTally)}\n`,
        )
        expect(linkTally.runs + fileTally.runs).toBeGreaterThan(0)
      })
    },
  )

  if (mode === 'jitless') {
    it('jitless zod really is in effect: unguarded, the 24,571 empty rooms throw', () => {
      const value = JSON.parse(
        planTextWith(['answers', 'groupChat', 'inventory', 'rooms'], repeatJoin('{}', 24_571)),
      ) as unknown
      expect(() => planSchema.safeParse(value)).toThrow(RangeError)
    }, 60_000)
  }
}
