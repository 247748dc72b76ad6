import type { Answers } from '../../rules/answers'
import type { FieldErrors } from 'react-hook-form'
import type { Field } from './field-types'

export interface FieldError {
  path: string
  message: string
}

/** Flattens react-hook-form's nested errors into one list of paths and messages. */
export function flattenErrors(errors: FieldErrors, prefix = ''): FieldError[] {
  const out: FieldError[] = []
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue
    const path = key === 'root' ? prefix.replace(/\.$/, '') : `${prefix}${key}`
    const v = value as Record<string, unknown>
    if (typeof v.message === 'string' && v.message) out.push({ path, message: v.message })
    for (const [k, child] of Object.entries(v)) {
      if (k === 'message' || k === 'type' || k === 'ref' || k === 'types') continue
      if (child && typeof child === 'object') {
        out.push(...flattenErrors({ [k]: child } as FieldErrors, `${path}.`))
      }
    }
  }
  return dedupe(out)
}

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>()
  return errors.filter((e) => {
    const key = `${e.path}|${e.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The list item a path is inside, by its label and number ("Legacy pool 2"), if any. */
export function itemOf(fields: Field[], path: string): string | undefined {
  const match = /^([^.]+)\.(\d+)(\.|$)/.exec(path)
  const list = match ? fields.find((f) => f.name === match[1]) : undefined
  if (!match || !list || list.kind !== 'list') return undefined
  return `${list.itemLabel} ${Number(match[2]) + 1}`
}

/**
 * Errors inside a list item name the item, so the summary says which one:
 * "Legacy pool 2: enter the legacy pool FQDN".
 */
export function nameItems(errors: FieldError[], fields: Field[]): FieldError[] {
  return errors.map((e) => {
    const item = itemOf(fields, e.path)
    if (!item) return e
    const message = e.message.charAt(0).toLowerCase() + e.message.slice(1)
    return { ...e, message: `${item}: ${message}` }
  })
}

/** Field paths in the order they appear on the page, for ordering the summary. */
export function fieldOrder(
  fields: Field[],
  values: Record<string, unknown>,
  prefix = '',
): string[] {
  const out: string[] = []
  for (const f of fields) {
    const path = `${prefix}${f.name}`
    out.push(path)
    if (f.kind === 'list') {
      const items = Array.isArray(values[f.name])
        ? (values[f.name] as Record<string, unknown>[])
        : []
      items.forEach((item, i) => out.push(...fieldOrder(f.fields, item ?? {}, `${path}.${i}.`)))
    }
  }
  return out
}

export function sortByOrder<T extends { path: string }>(items: T[], order: string[]): T[] {
  const rank = (p: string) => {
    const i = order.indexOf(p)
    return i === -1 ? order.length : i
  }
  return [...items].sort((a, b) => rank(a.path) - rank(b.path))
}

/** The paths a step's page shows for these values: its fields, less those hidden by `showIf`. */
export function renderedPaths(
  fields: Field[],
  values: Record<string, unknown>,
  answers: Answers,
  prefix = '',
): string[] {
  const out: string[] = []
  for (const f of fields) {
    if (f.showIf && !f.showIf(values, answers)) continue
    const path = `${prefix}${f.name}`
    out.push(path)
    if (f.kind === 'list') {
      const items = Array.isArray(values[f.name])
        ? (values[f.name] as Record<string, unknown>[])
        : []
      items.forEach((item, i) =>
        out.push(...renderedPaths(f.fields, item ?? {}, answers, `${path}.${i}.`)),
      )
    }
  }
  return out
}
