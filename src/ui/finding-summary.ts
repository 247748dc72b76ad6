import type { FindingId, RuleId } from '../rules/catalogue'
import { formatCount } from '../rules/common'

const count = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`

type Counted = (n: number) => string
/**
 * Each rule in a few words, for one-line summaries (the error summary, the review): the
 * full message stays under the field. A rule that counts things says so with its count
 * when the finding carries one. Typed by the catalogue: a new rule without a short title
 * does not compile.
 */
const SHORT: Record<RuleId, string | [title: string, counted: Counted]> = {
  'SRC-01': [
    'Unsupported source product',
    (n) => count(n, 'unsupported source product', 'unsupported source products'),
  ],
  'SRC-02': 'Lync Server 2010 and OCS 2007 R2 both deployed',
  'SRC-03': 'Migration method is not side-by-side',
  'SRC-04': "Lync Server 2013 pool reuses a legacy pool's FQDN",
  'SRC-05': 'Group Chat is not migrated last',
  'SRC-06': "Persistent Chat pool reuses another pool's FQDN",
  'FOR-01': 'Lync Server 2013 forest differs from the legacy forest',
  'FOR-02': 'Persistent Chat forest differs from the Group Chat forest',
  'SQL-01': 'New and legacy databases on one instance',
  'SQL-02': 'Unsupported SQL Server version',
  'SQL-03': 'Unsupported SQL Server edition',
  'SQL-04': [
    'Databases of one kind share an instance',
    (n) => `${count(n, 'pool', 'pools')} with the same kind of database on one instance`,
  ],
  'SQL-05': 'Persistent Chat store beside an Enterprise Edition back end',
  'SQL-06': [
    'New database on a computer with a legacy database',
    (n) => `New database on a computer with ${count(n, 'legacy database', 'legacy databases')}`,
  ],
  'PC-01': 'No Lync Server 2013 pool to home Persistent Chat',
  'PC-02': 'Target Persistent Chat pool is Standard Edition',
  'PC-03': [
    'More than one target Persistent Chat pool',
    (n) =>
      `${count(n, 'target Persistent Chat pool', 'target Persistent Chat pools')}, one allowed`,
  ],
  'PC-04': 'Content already in the new pool will be overwritten',
  'PC-05': [
    'More than 4 active servers',
    (n) => `${count(n, 'active server', 'active servers')}, at most 4`,
  ],
  'PC-06': 'Single-server pool can never be extended',
  'PC-07': 'No target Persistent Chat pool',
  'PC-08': [
    'Single-server pool with more than one server',
    (n) => `Single-server pool with ${count(n, 'server', 'servers')}`,
  ],
  'GC-01': 'Categories nested too deep: they will be flattened',
  'GC-02': 'Root category managers will manage every room',
  'GC-03': ['Room names too long', (n) => count(n, 'room name too long', 'room names too long')],
  'GC-04': [
    'Categories with invitations off',
    (n) => count(n, 'category with invitations off', 'categories with invitations off'),
  ],
  'GC-05': 'Uploaded files to copy by hand',
  'GC-06': [
    'Rooms with federated users',
    (n) => count(n, 'room with federated users', 'rooms with federated users'),
  ],
  'GC-07': [
    'Rooms to mark disabled',
    (n) => count(n, 'room to mark disabled', 'rooms to mark disabled'),
  ],
  'GC-08': ['Room names clash', (n) => count(n, 'room name clashes', 'room names clash')],
  'GC-09': 'Lookup Server URI not usable',
  'GC-10': 'Group Chat product does not match its home pool',
}

/** A rule of the catalogue, not a pre-flight result (those have preflight-summary.ts). */
export const isRuleId = (id: FindingId): id is RuleId => Object.hasOwn(SHORT, id)

/**
 * One short line for a rule's finding, built from what it carries: "GC-03: 2 room names too
 * long", with the item it is about when it is one of several ("SQL-02: Unsupported SQL
 * Server version (SQL Server instance 2)"). A pre-flight result's line is in
 * preflight-summary.ts, with the text of the checks, which a step never shows.
 */
export function shortFinding(f: { ruleId: RuleId; count?: number }, item?: string): string {
  const short = SHORT[f.ruleId]
  const text =
    typeof short === 'string' ? short : f.count === undefined ? short[0] : short[1](f.count)
  return `${f.ruleId}: ${text}${item ? ` (${item})` : ''}`
}
