import type { Severity } from './finding'
import type { SourceId } from './sources'

// NOTE: rule IDs are part of the product and are cited by administrators.
// Never renumber or reuse one; retire an ID by leaving it here, unused.
export const RULES_VERSION = '2026.12-1'

interface RuleEntry {
  severity: Severity
  /** When the rule fires, in one line, for the rules page. */
  when: string
  sources: readonly SourceId[]
}

export const RULES = {
  'SRC-01': {
    severity: 'blocker',
    when: 'A source product other than Lync Server 2010 or OCS 2007 R2 (OCS 2007, LCS 2005, other) is deployed, whether ticked or set on a legacy pool.',
    sources: ['S1'],
  },
  'SRC-02': {
    severity: 'blocker',
    when: 'Both Lync Server 2010 and OCS 2007 R2 are deployed, ticked or set on legacy pools: a mixed source, and three versions cannot coexist.',
    sources: ['S1'],
  },
  'SRC-03': {
    severity: 'blocker',
    when: 'The migration method is not side-by-side.',
    sources: ['S1'],
  },
  'SRC-04': {
    severity: 'blocker',
    when: "A Lync Server 2013 pool reuses a legacy pool's FQDN (side-by-side means new names).",
    sources: ['S1'],
  },
  'SRC-05': {
    severity: 'warning',
    when: 'Group Chat is to be migrated but other components or users are not yet on Lync Server 2013 (Group Chat goes last).',
    sources: ['S1', 'S2'],
  },
  'FOR-01': {
    severity: 'blocker',
    when: 'The Lync Server 2013 forest differs from the legacy forest.',
    sources: ['S1'],
  },
  'FOR-02': {
    severity: 'blocker',
    when: "The Persistent Chat pool's forest differs from the legacy Group Chat forest.",
    sources: ['S2'],
  },
  'SQL-01': {
    severity: 'blocker',
    when: "A SQL Server instance hosts a Lync Server 2013 database and a legacy pool's database.",
    sources: ['S1'],
  },
  'SQL-02': {
    severity: 'blocker',
    when: 'A Lync Server 2013 database (back end, Persistent Chat, compliance) is on a SQL Server version other than 2008 R2 or 2012.',
    sources: ['S1', 'S10'],
  },
  'SQL-03': {
    severity: 'blocker',
    when: 'An unsupported SQL Server edition or bitness for a Lync Server 2013 database (Web, Workgroup, 32-bit; Express only for Standard Edition or local stores).',
    sources: ['S10'],
  },
  'SQL-04': {
    severity: 'blocker',
    when: 'One SQL Server instance holds more than one back-end database or more than one Persistent Chat database.',
    sources: ['S13'],
  },
  'SQL-05': {
    severity: 'warning',
    when: 'The Persistent Chat store shares an instance with an Enterprise Edition back end (supported, not recommended).',
    sources: ['S13', 'S15'],
  },
  'PC-01': {
    severity: 'blocker',
    when: 'There is no Lync Server 2013 pool, or the Persistent Chat home pool is not one of them.',
    sources: ['S2'],
  },
  'PC-02': {
    severity: 'blocker',
    when: 'The target Persistent Chat pool is Standard Edition (Group Chat cannot migrate to it).',
    sources: ['S15'],
  },
  'PC-03': {
    severity: 'blocker',
    when: 'More than one target Persistent Chat pool is chosen for the one legacy Group Chat pool.',
    sources: ['S2'],
  },
  'PC-04': {
    severity: 'warning',
    when: 'Categories, rooms or add-ins already exist in the new pool: same-named items are overwritten; back it up.',
    sources: ['S2'],
  },
  'PC-05': {
    severity: 'blocker',
    when: 'More than 4 active Persistent Chat servers in the pool.',
    sources: ['S14'],
  },
  'PC-06': {
    severity: 'warning',
    when: 'The Persistent Chat pool is the single-server pool type: it can never be extended.',
    sources: ['S13'],
  },
  'GC-01': {
    severity: 'warning',
    when: "Categories are nested deeper than one level: they are flattened and sub-categories get their parents' names as a prefix.",
    sources: ['S2'],
  },
  'GC-02': {
    severity: 'warning',
    when: 'There are managers on the root category: they become managers of every room.',
    sources: ['S2'],
  },
  'GC-03': {
    severity: 'blocker',
    when: "A room's name with its parent category prefix is longer than 256 characters.",
    sources: ['S2'],
  },
  'GC-04': {
    severity: 'warning',
    when: 'A category has invitations off: its rooms will have invitations off.',
    sources: ['S2'],
  },
  'GC-05': {
    severity: 'info',
    when: 'Files were uploaded in rooms: they must be copied by hand, and the Lync 2013 client cannot show them.',
    sources: ['S2'],
  },
  'GC-06': {
    severity: 'warning',
    when: 'Rooms have federated users: those users lose access (no federation in Persistent Chat).',
    sources: ['S2'],
  },
  'GC-07': {
    severity: 'info',
    when: 'Some rooms are not to be migrated: mark them disabled before export.',
    sources: ['S2'],
  },
  'GC-08': {
    severity: 'blocker',
    when: 'Two rooms would have the same name after flattening, or a room clashes with one already in the new pool (names are unique per pool).',
    sources: ['S2', 'S33'],
  },
  'GC-09': {
    severity: 'blocker',
    when: 'Legacy Group Chat clients must keep working unchanged, and the Lookup Server URI is not a valid sip: URI in one of the SIP domains.',
    sources: ['S2', 'S9'],
  },
  'GC-10': {
    severity: 'warning',
    when: 'The Group Chat product does not match the legacy product that homes it (a Lync Server 2010 Group Chat pool is homed on a Lync Server 2010 pool, an OCS 2007 R2 Group Chat pool on an OCS 2007 R2 pool).',
    sources: ['S5', 'S31'],
  },
  'SRC-06': {
    severity: 'blocker',
    when: 'A Persistent Chat pool reuses the FQDN of the Group Chat pool, of a legacy pool, or of a Lync Server 2013 Enterprise Edition pool (Persistent Chat cannot share an Enterprise Edition Front End).',
    sources: ['S1', 'S15'],
  },
  'SQL-06': {
    severity: 'warning',
    when: 'A Lync Server 2013 database sits on the same computer as a legacy database, in another instance: seed 000 asks for "separate and distinct computers".',
    sources: ['S1'],
  },
  'PC-07': {
    severity: 'blocker',
    when: 'Group Chat is to be migrated but no Persistent Chat pool is chosen as the target.',
    sources: ['S2'],
  },
  'PC-08': {
    severity: 'blocker',
    when: "The Persistent Chat pool's type and its server count disagree (a single-server pool with more than one server).",
    sources: ['S13'],
  },
} as const satisfies Record<string, RuleEntry>

export type RuleId = keyof typeof RULES
export const RULE_IDS = Object.keys(RULES) as RuleId[]

/**
 * Pre-flight checks: findings from the pre-flight script's results kept in the
 * plan (src/rules/preflight.ts), not from the answers. The severity is the one
 * a failed check has; a passed check is information.
 */
// NOTE: cited by administrators like the rules above: never renumber or reuse one.
export const PREFLIGHT_RULES = {
  'PRE-FLIGHT-01': {
    severity: 'blocker',
    when: 'The pre-flight script could not reach the legacy Group Chat SQL Server instance from the export host.',
    sources: ['S7', 'S63'],
  },
  'PRE-FLIGHT-02': {
    severity: 'blocker',
    when: 'The pre-flight script could not reach the Persistent Chat store SQL Server instance from the export host.',
    sources: ['S8', 'S63'],
  },
  'PRE-FLIGHT-03': {
    severity: 'blocker',
    when: 'The pre-flight script did not find the Persistent Chat file store (it must exist before the topology is published).',
    sources: ['S39'],
  },
  'PRE-FLIGHT-04': {
    severity: 'warning',
    when: 'The account that ran the pre-flight script has no full control of the Persistent Chat file store folder.',
    sources: ['S39'],
  },
  'PRE-FLIGHT-05': {
    severity: 'warning',
    when: 'No Persistent Chat policy has EnablePersistentChat set.',
    sources: ['S32'],
  },
  'PRE-FLIGHT-06': {
    severity: 'info',
    when: 'Always, when pre-flight results are imported: whether Group Policy pins the Lookup Server URI is checked by hand.',
    sources: ['S42'],
  },
  'PRE-FLIGHT-07': {
    severity: 'warning',
    when: 'Lync-enabled users have adminCount = 1 (protected accounts): moving or enabling them fails.',
    sources: ['D29'],
  },
  'PRE-FLIGHT-08': {
    severity: 'warning',
    when: "No account has the plan's Lookup Server URI.",
    sources: ['S2', 'S6'],
  },
  'PRE-FLIGHT-09': {
    severity: 'warning',
    when: 'OCS 2007 R2 users have a display name that starts or ends with a space (Move-CsLegacyUser cannot move them).',
    sources: ['S50'],
  },
} as const satisfies Record<string, RuleEntry>

export type PreflightRuleId = keyof typeof PREFLIGHT_RULES
/** Every ID a finding can carry: the rules' and the pre-flight checks'. */
export type FindingId = RuleId | PreflightRuleId
