import type { z } from 'zod'
import { MAX_INVENTORY_ROOMS } from '../rules/rooms'
import { MAX_EXISTING_NAMES } from './inventory-summary'
import type { PlanProblem } from './problems'
import { problem } from './problems'

// A cheap, bounded look at the shape of parsed JSON before zod sees it. zod
// collects every issue of every array element before the planner keeps 50; in
// the browser it runs without code generation, where one push of ~120,000 issues
// throws and a million-element array takes minutes. So: refuse hostile shapes
// here, then let zod check large lists one element at a time, stopping early.

/** Limits of the structural check. Every plan the planner writes is far inside them. */
export const STRUCTURE_LIMITS = {
  /** Objects, arrays and values together (a 200,000-room inventory is about 2 million). */
  maxNodes: 3_000_000,
  /** Nesting; a plan is 7 levels deep at most. */
  maxDepth: 24,
  /** Keys of one object; the largest object of a plan has about 20. */
  maxKeys: 200,
  /** Characters of one string or key. */
  maxStringLength: 100_000,
  /** Elements of any list not named in LONG_LISTS. */
  maxListLength: 1_000,
} as const

/** The lists that may be long, by dotted path (numbers written as *). */
export const LONG_LISTS: Record<string, number> = {
  'answers.groupChat.inventory.rooms': MAX_INVENTORY_ROOMS,
  'answers.groupChat.inventory.existingNames': MAX_EXISTING_NAMES,
}

/** Keys that mean harm when code later copies or merges the object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export const MAX_REPORTED_ISSUES = 50

const fmt = (n: number) => n.toLocaleString('en')

function joinPath(path: readonly (string | number)[]): string {
  return path.map(String).join('.') || '(the whole plan)'
}

/**
 * Scans JSON text before JSON.parse for nesting deeper, lists longer, or more
 * values than any plan has: parsing a million nested brackets (a few hundred
 * characters as a link) takes seconds, and a million empty objects take time
 * and memory the tab may not have. Linear; it keeps one key per nesting level.
 * Null when the text is within the limits; JSON.parse still judges its syntax,
 * and checkStructure the parsed value.
 */
export function checkJsonText(text: string): PlanProblem | null {
  const L = STRUCTURE_LIMITS
  const shape = (path: string, message: string) =>
    problem(
      'invalid-plan',
      'This plan is not shaped like a plan from the migration planner, so it was not read further.',
      [{ path, message }],
    )
  // Per open bracket (index = depth): array or object, commas so far, the
  // list limit once looked up, and for objects the last key read.
  const isArray: boolean[] = [false]
  const commas: number[] = [0]
  const limit: number[] = [0]
  const keys: string[] = ['']
  let depth = 0
  let values = 0
  let expectKey = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      // A string: skip to its end. A backslash escapes the next character.
      const start = i
      for (i += 1; i < text.length; i++) {
        const d = text.charCodeAt(i)
        if (d === 0x5c) i += 1
        else if (d === 0x22) break
      }
      if (expectKey) {
        keys[depth] = text.slice(start + 1, Math.min(i, start + 201))
        expectKey = false
      }
    } else if (c === 0x5b || c === 0x7b) {
      depth += 1
      values += 1
      if (depth > L.maxDepth) {
        return shape(
          '(the whole plan)',
          `Nested more than ${L.maxDepth} levels deep; a plan has far fewer.`,
        )
      }
      isArray[depth] = c === 0x5b
      commas[depth] = 0
      limit[depth] = 0
      keys[depth] = ''
      expectKey = c === 0x7b
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth -= 1
      expectKey = false
    } else if (c === 0x2c) {
      values += 1
      if (values > L.maxNodes) {
        return problem(
          'too-large',
          `This plan holds more than ${fmt(L.maxNodes)} values, more than any plan the planner makes.`,
        )
      }
      if (depth === 0) continue
      if (!isArray[depth]) {
        expectKey = true
        continue
      }
      const n = (commas[depth] = commas[depth]! + 1) + 1
      if (n <= L.maxListLength) continue
      if (limit[depth] === 0) {
        const key = [...Array(depth - 1).keys()].map((d) => (isArray[d + 1] ? '*' : keys[d + 1]))
        limit[depth] = LONG_LISTS[key.join('.')] ?? L.maxListLength
      }
      if (n > limit[depth]!) {
        const path = [...Array(depth - 1).keys()]
          .map((d) => (isArray[d + 1] ? commas[d + 1] : keys[d + 1]))
          .join('.')
        return shape(
          path || '(the whole plan)',
          `A list of more than ${fmt(limit[depth]!)} entries; the planner reads at most ${fmt(limit[depth]!)} here.`,
        )
      }
    }
  }
  return null
}

interface Frame {
  value: object
  parent: Frame | null
  key: string | number
  depth: number
}

function pathOf(frame: Frame | null, last?: string | number): (string | number)[] {
  const path: (string | number)[] = last === undefined ? [] : [last]
  for (let f = frame; f && f.parent; f = f.parent) path.unshift(f.key)
  return path
}

/**
 * Walks parsed JSON once, without recursion, and stops at the first limit it
 * crosses. Returns null when the shape is within every limit.
 */
export function checkStructure(root: unknown): PlanProblem | null {
  const invalid = (path: (string | number)[], message: string) =>
    problem(
      'invalid-plan',
      'This plan is not shaped like a plan from the migration planner, so it was not read further.',
      [{ path: joinPath(path), message }],
    )
  const L = STRUCTURE_LIMITS
  let nodes = 0
  const stack: Frame[] = []
  // Counts a value; pushes objects and arrays; returns a problem for a bad leaf.
  const visit = (value: unknown, parent: Frame | null, key: string | number, depth: number) => {
    nodes += 1
    if (typeof value === 'string') {
      return value.length > L.maxStringLength
        ? invalid(
            pathOf(parent, key),
            `A text of ${fmt(value.length)} characters; the planner reads at most ${fmt(L.maxStringLength)}.`,
          )
        : null
    }
    if (value !== null && typeof value === 'object') stack.push({ value, parent, key, depth })
    return null
  }
  const first = visit(root, null, '', 0)
  if (first) return first
  while (stack.length > 0) {
    const frame = stack.pop()!
    if (nodes > L.maxNodes) {
      return problem(
        'too-large',
        `This plan holds more than ${fmt(L.maxNodes)} values, more than any plan the planner makes.`,
      )
    }
    const { value, depth } = frame
    if (depth >= L.maxDepth) {
      return invalid(
        pathOf(frame),
        `Nested more than ${L.maxDepth} levels deep; a plan has far fewer.`,
      )
    }
    if (Array.isArray(value)) {
      // Only a list longer than the general limit needs its path looked up.
      if (value.length > L.maxListLength) {
        const max = LONG_LISTS[listKey(frame)] ?? L.maxListLength
        if (value.length > max) {
          return invalid(
            pathOf(frame),
            `A list of ${fmt(value.length)} entries; the planner reads at most ${fmt(max)} here.`,
          )
        }
      }
      for (let i = value.length - 1; i >= 0; i--) {
        const bad = visit(value[i], frame, i, depth + 1)
        if (bad) return bad
      }
      continue
    }
    const keys = Object.keys(value)
    if (keys.length > L.maxKeys) {
      return invalid(
        pathOf(frame),
        `An object with ${fmt(keys.length)} keys; the planner reads at most ${fmt(L.maxKeys)}.`,
      )
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i]!
      if (FORBIDDEN_KEYS.has(k)) return invalid(pathOf(frame, k), `The key "${k}" is not allowed.`)
      if (k.length > L.maxStringLength) {
        return invalid(pathOf(frame), `A key of ${fmt(k.length)} characters.`)
      }
      const bad = visit((value as Record<string, unknown>)[k], frame, k, depth + 1)
      if (bad) return bad
    }
  }
  return nodes > L.maxNodes
    ? problem(
        'too-large',
        `This plan holds more than ${fmt(L.maxNodes)} values, more than any plan the planner makes.`,
      )
    : null
}

/** The path of a list with element numbers written as *, as LONG_LISTS names them. */
function listKey(frame: Frame): string {
  return pathOf(frame)
    .map((p) => (typeof p === 'number' ? '*' : p))
    .join('.')
}

// --- Validation with an early stop -----------------------------------------

interface Issue {
  path: (string | number)[]
  message: string
}

/** The parts of a zod schema's definition this walk reads; anything else is a leaf. */
interface Def {
  type: string
  innerType?: z.ZodType
  in?: z.ZodType
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def

/** Wrappers whose inner schema checks the same value. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional'])

/** Lists shorter than this are left to the whole-plan parse: their issues are few. */
const ELEMENTWISE_FROM = 64

/**
 * Finds the long lists of `value` by following `schema`, and checks them one
 * element at a time, stopping at `limit` issues. Everything else (short lists,
 * single values, object-level checks) is left to the whole parse that follows,
 * where the issues are bounded by the structure limits.
 */
function collectListIssues(
  schema: z.ZodType,
  value: unknown,
  path: (string | number)[],
  out: Issue[],
  limit: number,
): void {
  let s = schema
  for (let guard = 0; guard < 16; guard++) {
    const d = defOf(s)
    if (WRAPPERS.has(d.type) && d.innerType) s = d.innerType
    else if (d.type === 'pipe' && d.in) s = d.in
    else break
  }
  const def = defOf(s)
  if (def.type === 'object' && def.shape && value !== null && typeof value === 'object') {
    if (Array.isArray(value)) return
    for (const key of Object.keys(def.shape)) {
      if (out.length >= limit) return
      if (!Object.hasOwn(value, key)) continue
      collectListIssues(
        def.shape[key]!,
        (value as Record<string, unknown>)[key],
        [...path, key],
        out,
        limit,
      )
    }
    return
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    if (value.length < ELEMENTWISE_FROM) return
    for (let i = 0; i < value.length && out.length < limit; i++) {
      const result = def.element.safeParse(value[i])
      if (result.success) continue
      for (const issue of result.error.issues) {
        if (out.length >= limit) break
        out.push({ path: [...path, i, ...issue.path.map(pathKey)], message: issue.message })
      }
    }
  }
}

const pathKey = (p: PropertyKey): string | number => (typeof p === 'number' ? p : String(p))

export type BoundedParse<T> =
  { success: true; data: T } | { success: false; errors: { path: string; message: string }[] }

/**
 * zod's safeParse with at most `limit` issues kept and an early stop in long
 * lists. Call checkStructure first: its limits bound what the whole parse can do.
 */
export function boundedSafeParse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  limit = MAX_REPORTED_ISSUES,
): BoundedParse<z.output<S>> {
  const early: Issue[] = []
  collectListIssues(schema, value, [], early, limit)
  if (early.length > 0) {
    return {
      success: false,
      errors: early.map((i) => ({ path: joinPath(i.path), message: i.message })),
    }
  }
  const parsed = schema.safeParse(value)
  if (parsed.success) return { success: true, data: parsed.data }
  return {
    success: false,
    errors: parsed.error.issues.slice(0, limit).map((issue) => ({
      path: joinPath(issue.path.map(pathKey)),
      message: issue.message,
    })),
  }
}
