import type { Answers } from './answers'
import type { AnswerPath } from './answer-path'
import type { PreflightRuleId } from './catalogue'
import { targetPchatPool } from './pools'

// Pre-flight results: what the read-only pre-flight script found on the export
// host, kept in the plan (plan.preflight) and turned into findings here, next
// to the rules that read the answers. Zod-free: the plan schema bounds them.

export const PREFLIGHT_STATUSES = ['pass', 'fail', 'unknown', 'manual'] as const
export type PreflightStatus = (typeof PREFLIGHT_STATUSES)[number]

/** Bounds of the stored results (the plan schema enforces them). */
export const PREFLIGHT_BOUNDS = {
  results: 20,
  id: 40,
  detail: 300,
  items: 50,
  item: 200,
  computer: 64,
  count: 10_000_000,
} as const

export interface StoredPreflightResult {
  id: string
  status: PreflightStatus
  /** What the script reported, as plain text. */
  detail: string
  count?: number
  items?: string[]
}

export interface StoredPreflight {
  /** When the administrator imported the results (ISO 8601, UTC). */
  importedAt: string
  /** The computer the script ran on, when it said. */
  computer?: string
  results: StoredPreflightResult[]
}

interface CheckText {
  /** What the check confirms, as a sentence. */
  title: string
  /** What failing means and what to do, in plain words. */
  onFail: string
  /** Why it matters, for a result the script could not check. */
  risk: string
  /** The answer it is about, when the plan holds one. */
  path?: (answers: Answers) => AnswerPath | undefined
  /** Where it points otherwise: the part of the plan it is about. */
  area: AnswerPath
}

const pchatPath =
  (field: 'storeInstance' | 'fileStore') =>
  (answers: Answers): AnswerPath | undefined => {
    const target = targetPchatPool(answers)
    return target ? `pools.pchatPools.${target.index}.${field}` : undefined
  }

// NOTE: these IDs are cited by administrators: never renumber or reuse one.
export const PREFLIGHT_TEXT: Record<PreflightRuleId, CheckText> = {
  'PRE-FLIGHT-01': {
    title: 'The legacy Group Chat SQL Server instance answers',
    onFail:
      'From the computer that will run Export-CsPersistentChatData, the legacy Group Chat database could not be reached. Fix the connection (name, firewall, rights) before the downtime window, or the export cannot run.',
    path: () => 'groupChat.sqlInstance',
    risk: 'Without it, Export-CsPersistentChatData cannot run in the downtime window.',
    area: 'groupChat',
  },
  'PRE-FLIGHT-02': {
    title: 'The Persistent Chat store SQL Server instance answers',
    onFail:
      'From the computer that will run Import-CsPersistentChatData, the Persistent Chat store instance could not be reached. Fix the connection before the downtime window, or the import cannot run.',
    path: pchatPath('storeInstance'),
    risk: 'Without it, Import-CsPersistentChatData cannot run in the downtime window.',
    area: 'pools.pchatPools',
  },
  'PRE-FLIGHT-03': {
    title: 'The Persistent Chat file store exists',
    onFail:
      'The Persistent Chat file store share was not found. It must exist before the topology that defines the Persistent Chat pool is published.',
    path: pchatPath('fileStore'),
    risk: 'The file store must exist before the topology that defines the Persistent Chat pool is published.',
    area: 'pools.pchatPools',
  },
  'PRE-FLIGHT-04': {
    title: 'The account running the checks has full control of the file store',
    onFail:
      'The account that ran the checks does not have full control of the file store. The account that publishes the topology must be in Domain Admins and RTCUniversalServerAdmins and have full control of the share (Topology Builder sets its permissions). This check reads the folder’s permissions only, not the share’s.',
    path: pchatPath('fileStore'),
    risk: 'The account that publishes the topology must be in Domain Admins and RTCUniversalServerAdmins and have full control of the file store share.',
    area: 'pools.pchatPools',
  },
  'PRE-FLIGHT-05': {
    title: 'A Persistent Chat policy turns Persistent Chat on',
    onFail:
      'No Persistent Chat policy has EnablePersistentChat set, so no user can use Persistent Chat after the migration. Turn it on in the global, a site or a user policy.',
    risk: 'Without a policy that turns Persistent Chat on, no user can use Persistent Chat after the migration.',
    area: 'pools.pchatPools',
  },
  'PRE-FLIGHT-06': {
    title: 'The Lookup Server URI pinned by Group Policy',
    onFail:
      'Check by hand whether Group Policy (the GroupChatConsole.adm template) sets LookupServerUri or ConfigurationMode for the legacy Group Chat client. A pinned client keeps asking for that URI: keep the same URI on the new endpoint, or change the policy. The script cannot read it: the registry location of these settings is UNCONFIRMED.',
    path: () => 'groupChat.lookupUri',
    risk: 'A client pinned by Group Policy keeps asking for that URI: keep the same URI on the new endpoint, or change the policy.',
    area: 'groupChat',
  },
  'PRE-FLIGHT-07': {
    title: 'No Lync-enabled user is a protected account',
    onFail:
      'These Lync-enabled users have adminCount = 1 (members of protected groups, where permissions are not inherited): moving or enabling them fails with "Insufficient access rights to perform the operation". Move them from the Lync Server Management Shell with RTCUniversalUserAdmins-equivalent rights, or fix their permissions first.',
    risk: 'Moving or enabling a user whose account has adminCount = 1 fails with "Insufficient access rights to perform the operation".',
    area: 'source.products',
  },
  'PRE-FLIGHT-08': {
    title: 'The Lookup Server account matches the plan',
    onFail:
      'No account was found with the Lookup Server URI of the plan. Find the exact SIP URI of the existing Lookup Server account: the new endpoint needs the identical URI, and that account must be deleted before the endpoint is created.',
    path: () => 'groupChat.lookupUri',
    risk: 'The new endpoint needs the identical SIP URI of the Lookup Server account, and that account must be deleted before the endpoint is created.',
    area: 'groupChat',
  },
  'PRE-FLIGHT-09': {
    title: 'No user name starts or ends with a space',
    onFail:
      'These users have a display name that starts or ends with a space: Move-CsLegacyUser cannot move them from OCS 2007 R2. Fix the names first.',
    risk: 'Move-CsLegacyUser cannot move OCS 2007 R2 users whose display name starts or ends with a space.',
    area: 'source.products',
  },
}

export const PREFLIGHT_RULE_IDS = Object.keys(PREFLIGHT_TEXT) as PreflightRuleId[]

export const isPreflightId = (id: string): id is PreflightRuleId =>
  Object.prototype.hasOwnProperty.call(PREFLIGHT_TEXT, id)

/** The answer a result is about, when the plan holds one (the review links to it). */
export const preflightAnswerPath = (
  id: PreflightRuleId,
  answers: Answers,
): AnswerPath | undefined => PREFLIGHT_TEXT[id].path?.(answers)

/** One line of plain text, at most `max` characters: no control or line-break characters. */
export function plainText(value: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim()
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}

/** "2026-12-02 02:50 UTC": the same on every machine and in print. */
export function importedWhen(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso)
  return m ? `${m[1]} ${m[2]} UTC` : 'at an unknown time'
}

/** The stored status of each result, by ID, for the review and the import's comparison. */
export function preflightStatusOf(
  stored: StoredPreflight | undefined,
): Map<PreflightRuleId, StoredPreflightResult> {
  const out = new Map<PreflightRuleId, StoredPreflightResult>()
  for (const r of stored?.results ?? []) if (isPreflightId(r.id) && !out.has(r.id)) out.set(r.id, r)
  return out
}
