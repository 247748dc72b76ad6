import { z } from 'zod'

/**
 * What of a step being typed can be checked already: every answer that passes its own
 * field's schema, and nothing else. An answer not given yet, or not valid yet, is left
 * out, so the rules see it as not answered (they read a missing answer as "not yet").
 * Lists keep their items; a list of choices keeps the valid ones. Objects' own
 * cross-field checks (a compliance instance when compliance is on) wait for Continue.
 */
export function answeredSoFar(schema: z.ZodType, value: unknown): unknown {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    return value === undefined ? undefined : answeredSoFar(schema.unwrap() as z.ZodType, value)
  }
  if (schema instanceof z.ZodObject) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
    const shape = schema.shape as Record<string, z.ZodType>
    const out: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(shape)) {
      const v = (value as Record<string, unknown>)[key]
      // A list not shown yet is an empty list, never a missing one.
      if (v === undefined && field instanceof z.ZodArray) out[key] = []
      if (v === undefined) continue
      const checked = answeredSoFar(field, v)
      if (checked !== undefined) out[key] = checked
    }
    return out
  }
  if (schema instanceof z.ZodArray) {
    if (!Array.isArray(value)) return []
    const element = schema.element as z.ZodType
    if (element instanceof z.ZodObject) return value.map((item) => answeredSoFar(element, item))
    return value.flatMap((item) => {
      const parsed = element.safeParse(item)
      return parsed.success ? [parsed.data] : []
    })
  }
  const parsed = schema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}
