import { deflateSync, strFromU8, strToU8 } from 'fflate'
import { crc32 } from './crc32'
import { checkJsonText } from './guard'
import { inflateCapped } from './inflate-capped'
import { parsePlanValue } from './parse-plan'
import type { Plan } from './plan'
import type { PlanProblem } from './problems'
import { problem } from './problems'
import { MAX_LINK_LENGTH } from './link-limits'

// NOTE: the link formats are frozen once released; these values must never change.
// Format 1: "1." + payload length + "." + base64url(raw DEFLATE(JSON of the plan)).
// Format 2: "2." + payload length + "." + base64url(raw DEFLATE(JSON) + CRC-32 of
// those DEFLATE bytes, 4 bytes big-endian). See docs/decisions/0006-*.md.
// The length lets a cut-off link be told apart from a damaged one.
export const LINK_FORMAT = 2
/** Links of these formats still open; format 1 cannot be checked for damage. */
export const LINK_FORMATS_READ = [1, 2] as const
export const LINK_PREFIX = 'plan='
export { LINK_WARN_LENGTH, MAX_LINK_LENGTH } from './link-limits'
/** The most a link may inflate to (checked while inflating). */
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
  const deflated = deflateSync(strToU8(JSON.stringify(plan)), { level: 9 })
  const bytes = new Uint8Array(deflated.length + 4)
  bytes.set(deflated)
  new DataView(bytes.buffer).setUint32(deflated.length, crc32(deflated))
  const payload = toBase64Url(bytes)
  return `${LINK_PREFIX}${LINK_FORMAT}.${payload.length}.${payload}`
}

/** Format 1, for tests and measurements only: the app writes format 2. */
export function encodePlanToFragmentV1(plan: Plan): string {
  const payload = toBase64Url(deflateSync(strToU8(JSON.stringify(plan)), { level: 9 }))
  return `${LINK_PREFIX}1.${payload.length}.${payload}`
}

// Kept here too for the modules that read links and files.
export type { DecodeResult } from './parse-plan'
export { parsePlanValue } from './parse-plan'

/**
 * 'checked': the link carried a checksum and it matched, so this is the plan
 * that was shared. 'unchecked': a format-1 link, which has no checksum; a
 * damaged one may open as a different plan, so the user should be told.
 */
export type LinkIntegrity = 'checked' | 'unchecked'
export type LinkDecodeResult =
  { ok: true; plan: Plan; integrity: LinkIntegrity } | { ok: false; problem: PlanProblem }

const DAMAGED =
  'This link has been changed or damaged on the way, so the plan cannot be read. Ask for the link again.'

/** Total: returns a plan or a typed problem for any input, and never throws. */
export function decodePlanFragment(fragment: string): LinkDecodeResult {
  try {
    return decode(fragment)
  } catch {
    // Not reached by any input the tests know; kept so that an unknown one cannot crash a page.
    return { ok: false, problem: problem('corrupt', DAMAGED) }
  }
}

function decode(fragment: string): LinkDecodeResult {
  const fail = (p: PlanProblem): LinkDecodeResult => ({ ok: false, problem: p })
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
  if ((format !== 1 && format !== 2) || match[2] === undefined) {
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
  let bytes = payload.length === expected ? fromBase64Url(payload) : null
  if (!bytes) return fail(problem('corrupt', DAMAGED))
  if (format === 2) {
    // The last 4 bytes are the CRC-32 of the DEFLATE bytes before them.
    if (bytes.length < 5) return fail(problem('corrupt', DAMAGED))
    const deflated = bytes.subarray(0, bytes.length - 4)
    const stored = new DataView(bytes.buffer, bytes.byteOffset + deflated.length, 4).getUint32(0)
    if (crc32(deflated) !== stored) return fail(problem('corrupt', DAMAGED))
    bytes = deflated
  }
  const inflated = inflateCapped(bytes, MAX_INFLATED_BYTES)
  if (!inflated.ok) {
    return fail(
      inflated.reason === 'too-large'
        ? problem(
            'too-large',
            'This plan is too large to open from a link. Ask for the plan file instead.',
          )
        : problem('corrupt', DAMAGED),
    )
  }
  let json: unknown
  try {
    const text = strFromU8(inflated.bytes)
    const tooDeep = checkJsonText(text)
    if (tooDeep) return fail(tooDeep)
    json = JSON.parse(text)
  } catch {
    return fail(problem('corrupt', DAMAGED))
  }
  const parsed = parsePlanValue(json)
  return parsed.ok
    ? { ok: true, plan: parsed.plan, integrity: format === 2 ? 'checked' : 'unchecked' }
    : parsed
}
