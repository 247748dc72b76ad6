import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate'
import { migratePlan } from './migrate'
import type { Plan } from './plan'
import { planSchema } from './plan'
import type { PlanProblem } from './problems'
import { issuesToErrors, problem } from './problems'

// NOTE: the link format is frozen once released; these values must never change.
// Format 1: "1." + payload length + "." + base64url(raw DEFLATE(JSON of the plan)).
// The length lets a cut-off link be told apart from a damaged one.
export const LINK_FORMAT = 1
export const LINK_PREFIX = 'plan='
/** A typical plan stays well below; above this the app offers the plan file. */
export const LINK_WARN_LENGTH = 2000
/** Longer input is refused before any decoding work. */
export const MAX_LINK_LENGTH = 200_000
/** The most a link may inflate to. */
export const MAX_INFLATED_BYTES = 4_000_000

const B64_ALPHABET = /^[A-Za-z0-9_-]*$/

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!B64_ALPHABET.test(text) || text.length % 4 === 1) return null
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4)
  try {
    const binary = atob(padded)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return bytes
  } catch {
    return null
  }
}

export function encodePlanToFragment(plan: Plan): string {
  const payload = toBase64Url(deflateSync(strToU8(JSON.stringify(plan)), { level: 9 }))
  return `${LINK_PREFIX}${LINK_FORMAT}.${payload.length}.${payload}`
}

/** Inflates with a hard cap, so a small link cannot expand into a huge one. */
function inflateCapped(data: Uint8Array): Uint8Array | 'too-large' | 'truncated' | 'corrupt' {
  const chunks: Uint8Array[] = []
  let total = 0
  let ended = false
  let tooLarge = false
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length
    if (total > MAX_INFLATED_BYTES) {
      tooLarge = true
      throw new Error('too large')
    }
    chunks.push(chunk)
    if (final) ended = true
  })
  try {
    inflater.push(data, true)
  } catch (error) {
    if (tooLarge) return 'too-large'
    // fflate's code 0 is "unexpected EOF": the stream stopped early.
    return (error as { code?: number }).code === 0 ? 'truncated' : 'corrupt'
  }
  if (!ended) return 'truncated'
  const out = new Uint8Array(total)
  let offset = 0
  for (const c of chunks) {
    out.set(c, offset)
    offset += c.length
  }
  return out
}

export type DecodeResult = { ok: true; plan: Plan } | { ok: false; problem: PlanProblem }

/** Total: returns a plan or a typed problem for any input, and never throws. */
export function decodePlanFragment(fragment: string): DecodeResult {
  const fail = (p: PlanProblem): DecodeResult => ({ ok: false, problem: p })
  if (typeof fragment !== 'string') return fail(problem('empty', 'There is no plan in this link.'))
  if (fragment.length > MAX_LINK_LENGTH) {
    return fail(
      problem(
        'too-large',
        `This link is ${fragment.length.toLocaleString('en')} characters long, more than the ${MAX_LINK_LENGTH.toLocaleString('en')} the planner opens. Ask for the plan file instead.`,
      ),
    )
  }
  const text = fragment.replace(/^#/, '').trim()
  if (text === '') return fail(problem('empty', 'There is no plan in this link.'))
  if (!text.startsWith(LINK_PREFIX)) {
    return fail(problem('corrupt', 'This link does not hold a plan from the migration planner.'))
  }
  const body = text.slice(LINK_PREFIX.length)
  const match = /^(\d{1,6})\.(?:(\d{1,7})\.)?(.*)$/s.exec(body)
  if (!match) {
    return fail(problem('corrupt', 'This link does not hold a plan in a form the planner knows.'))
  }
  const format = Number(match[1])
  if (format > LINK_FORMAT) {
    return fail(
      problem(
        'newer-version',
        `This link was made by a newer version of the planner (link format ${format}; this one reads up to ${LINK_FORMAT}). Open it with the newer version, or ask for the plan file.`,
      ),
    )
  }
  if (format !== LINK_FORMAT || match[2] === undefined) {
    return fail(problem('corrupt', 'This link does not hold a plan in a form the planner knows.'))
  }
  const expected = Number(match[2])
  const payload = match[3] ?? ''
  if (payload.length < expected) {
    return fail(
      problem(
        'truncated',
        `This link has been cut short: ${payload.length.toLocaleString('en')} of ${expected.toLocaleString('en')} characters arrived. Copy the whole link again; some mail programs break long links.`,
      ),
    )
  }
  const bytes = payload.length === expected ? fromBase64Url(payload) : null
  if (!bytes) {
    return fail(
      problem(
        'corrupt',
        'This link has been changed or damaged on the way, so the plan cannot be read. Ask for the link again.',
      ),
    )
  }
  const inflated = inflateCapped(bytes)
  if (inflated === 'too-large') {
    return fail(
      problem(
        'too-large',
        'This plan is too large to open from a link. Ask for the plan file instead.',
      ),
    )
  }
  if (inflated === 'truncated' || inflated === 'corrupt') {
    return fail(
      problem(
        'corrupt',
        'This link has been changed or damaged on the way, so the plan cannot be read. Ask for the link again.',
      ),
    )
  }
  let json: unknown
  try {
    json = JSON.parse(strFromU8(inflated))
  } catch {
    return fail(
      problem(
        'corrupt',
        'This link has been changed or damaged on the way, so the plan cannot be read. Ask for the link again.',
      ),
    )
  }
  return parsePlanValue(json)
}

/** Shared by links, files and storage: migrate old versions, then validate. */
export function parsePlanValue(json: unknown): DecodeResult {
  const migrated = migratePlan(json)
  if (!migrated.ok) {
    return {
      ok: false,
      problem:
        migrated.problem === 'newer-version'
          ? problem(
              'newer-version',
              `This plan was saved by a newer version of the planner (plan version ${migrated.version}). Open it with the newer version.`,
            )
          : problem(
              'invalid-plan',
              'This is not a plan from the migration planner: it has no plan version.',
            ),
    }
  }
  const parsed = planSchema.safeParse(migrated.value)
  if (!parsed.success) {
    return {
      ok: false,
      problem: problem(
        'invalid-plan',
        'This plan was read, but some of its answers are not valid, so it cannot be opened.',
        issuesToErrors(parsed.error),
      ),
    }
  }
  return { ok: true, plan: parsed.data }
}
