import type { AnswerPath } from '../rules/answer-path'
import type { Answers, SliceKey } from '../rules/answers'
import { normalizeFqdn, sqlInstanceKey } from '../rules/common'
import { forestSchema } from '../rules/forest-schema'
import { groupChatSchema } from '../rules/group-chat-schema'
import { poolsSchema } from '../rules/pools-schema'
import { sourceSchema } from '../rules/source-schema'
import { SQL_ROLES } from '../rules/sql'
import { sqlSchema } from '../rules/sql-schema'
import type { DiscoverySource, ProposedAnswer } from './proposal'

/**
 * The answers as the wizard holds them: saved slices, or what a step's draft
 * holds. Loosely typed on purpose: an import can fill part of a step.
 */
export type AnswerTree = Partial<Record<SliceKey, unknown>>

export type ChangeKind = 'new' | 'same' | 'different'

export interface ChangeRow {
  /** The answer's path in the plan, with indexes of the plan's own rows. */
  path: AnswerPath
  label: string
  current: unknown
  proposed: unknown
  kind: ChangeKind
  inferred?: boolean
  source: DiscoverySource
}

// Lists whose rows are matched by what they are, not by position.
const COLLECTIONS: { prefix: string; key: (item: Record<string, unknown>) => string }[] = [
  { prefix: 'source.legacyPools', key: (i) => fqdnKey(i.fqdn) },
  { prefix: 'forest.sipDomains', key: (i) => fqdnKey(i.domain) },
  {
    prefix: 'sql.instances',
    key: (i) => {
      const server = typeof i.server === 'string' ? i.server : ''
      const instance = typeof i.instance === 'string' ? i.instance.trim() : ''
      return server ? sqlInstanceKey(instance ? `${server}\\${instance}` : server) : ''
    },
  },
  { prefix: 'pools.lyncPools', key: (i) => fqdnKey(i.fqdn) },
  { prefix: 'pools.pchatPools', key: (i) => fqdnKey(i.fqdn) },
]
const fqdnKey = (v: unknown) => (typeof v === 'string' && v.trim() ? normalizeFqdn(v) : '')

const INSTANCE_FIELDS = /\.(sqlInstance|storeInstance|complianceInstance)$/

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function getAt(tree: unknown, path: string): unknown {
  let node = tree
  for (const part of path.split('.')) {
    if (Array.isArray(node)) node = node[Number(part)]
    else if (isRecord(node)) node = node[part]
    else return undefined
  }
  return node
}

function isEmpty(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    (typeof v === 'string' && v.trim() === '') ||
    (Array.isArray(v) && v.length === 0)
  )
}

function canonical(path: string, v: unknown): unknown {
  if (typeof v === 'string') {
    if (INSTANCE_FIELDS.test(path)) return sqlInstanceKey(v) || v.trim().toLowerCase()
    return v.trim().toLowerCase().replace(/\.$/, '')
  }
  if (Array.isArray(v)) return [...v.map((x) => canonical(path, x))].map(String).sort()
  return v
}

function sameValue(path: string, a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(path, a)) === JSON.stringify(canonical(path, b))
}

/** Proposed rows of a list get the index of the plan's row they match, or the next free one. */
function rebase(current: AnswerTree, proposed: readonly ProposedAnswer[]): ProposedAnswer[] {
  const mapping = new Map<string, string>()
  for (const { prefix, key } of COLLECTIONS) {
    const existing = getAt(current, prefix)
    const rows = Array.isArray(existing) ? existing : []
    const keys = rows.map((r) => (isRecord(r) ? key(r) : ''))
    const items = new Map<string, Record<string, unknown>>()
    const order: string[] = []
    for (const p of proposed) {
      const m = p.path.match(/^(.*?)\.(\d+)\.(\w+)$/)
      if (!m || m[1] !== prefix) continue
      const index = m[2] as string
      if (!items.has(index)) {
        items.set(index, {})
        order.push(index)
      }
      ;(items.get(index) as Record<string, unknown>)[m[3] as string] = p.value
    }
    let next = rows.length
    const taken = new Set<number>()
    for (const index of order) {
      const k = key(items.get(index) as Record<string, unknown>)
      const found = k ? keys.findIndex((x, i) => x === k && !taken.has(i)) : -1
      const target = found >= 0 ? found : next++
      taken.add(target)
      mapping.set(`${prefix}.${index}.`, `${prefix}.${target}.`)
    }
  }
  return proposed.map((p) => {
    const m = p.path.match(/^(.*?\.\d+\.)/)
    const to = m ? mapping.get(m[1] as string) : undefined
    // The same path with another row index: still an AnswerPath.
    return to ? { ...p, path: (to + p.path.slice((m?.[1] as string).length)) as AnswerPath } : p
  })
}

/**
 * Compares what a discovery file proposes with the plan's answers, answer by
 * answer. Pools, domains and instances are matched by name, so a re-import
 * mid-migration lines up with what is already there. The databases an
 * instance hosts are merged (roles the file shows are added, none removed),
 * because the plan also lists databases that will only be created later.
 */
export function proposeChanges(
  current: AnswerTree,
  proposed: readonly ProposedAnswer[],
): ChangeRow[] {
  return rebase(current, proposed).map((p) => {
    const now = getAt(current, p.path)
    let value = p.value
    if (/^sql\.instances\.\d+\.roles$/.test(p.path) && Array.isArray(now) && Array.isArray(value)) {
      const union = new Set<unknown>([...now, ...value])
      value = SQL_ROLES.filter((r) => union.has(r))
    }
    const kind: ChangeKind = isEmpty(now)
      ? 'new'
      : sameValue(p.path, now, value)
        ? 'same'
        : 'different'
    const row: ChangeRow = {
      path: p.path,
      label: p.label,
      current: now,
      proposed: value,
      kind,
      source: p.source,
    }
    if (p.inferred) row.inferred = true
    return row
  })
}

/** The rows that would change the plan: what "accept all" accepts. */
export function changedPaths(rows: readonly ChangeRow[]): string[] {
  return rows.filter((r) => r.kind !== 'same').map((r) => r.path)
}

function setAt(tree: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.')
  let node: Record<string, unknown> | unknown[] = tree
  parts.forEach((part, i) => {
    const last = i === parts.length - 1
    const nextIsIndex = /^\d+$/.test(parts[i + 1] ?? '')
    const key: string | number = Array.isArray(node) ? Number(part) : part
    const holder = node as Record<string | number, unknown>
    if (last) {
      holder[key] = structuredCloneJson(value)
      return
    }
    let child = holder[key]
    if (nextIsIndex ? !Array.isArray(child) : !isRecord(child)) {
      child = nextIsIndex ? [] : {}
      holder[key] = child
    }
    node = child as Record<string, unknown> | unknown[]
  })
}

function structuredCloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

function compact(tree: unknown): void {
  if (Array.isArray(tree)) {
    for (let i = tree.length - 1; i >= 0; i -= 1) if (tree[i] === undefined) tree.splice(i, 1)
    tree.forEach(compact)
  } else if (isRecord(tree)) Object.values(tree).forEach(compact)
}

/**
 * The answers with the accepted rows applied, and nothing else changed: a
 * typed answer stays unless its row is accepted. Pure: returns a new tree.
 */
export function applyAccepted(
  current: AnswerTree,
  rows: readonly ChangeRow[],
  acceptedPaths: Iterable<string>,
): AnswerTree {
  const accepted = new Set(acceptedPaths)
  const next = structuredCloneJson(current) as Record<string, unknown>
  for (const row of rows) {
    if (row.kind === 'same' || !accepted.has(row.path)) continue
    setAt(next, row.path, row.proposed)
  }
  compact(next)
  return next as AnswerTree
}

const SLICE_SCHEMAS = {
  source: sourceSchema,
  forest: forestSchema,
  sql: sqlSchema,
  pools: poolsSchema,
  groupChat: groupChatSchema,
} as const

/**
 * After applyAccepted: each slice either passes its step's schema (it can be
 * saved as answered, through applySlice) or stays a draft of its step (the
 * administrator completes it in the wizard).
 */
export function settleSlices(tree: AnswerTree): {
  complete: Answers
  drafts: Partial<Record<SliceKey, Record<string, unknown>>>
} {
  const complete: Record<string, unknown> = {}
  const drafts: Partial<Record<SliceKey, Record<string, unknown>>> = {}
  for (const slice of Object.keys(SLICE_SCHEMAS) as SliceKey[]) {
    const value = tree[slice]
    if (!isRecord(value)) continue
    const parsed = SLICE_SCHEMAS[slice].safeParse(value)
    if (parsed.success) complete[slice] = parsed.data
    else drafts[slice] = value
  }
  return { complete: complete as Answers, drafts }
}
