import { zodResolver } from '@hookform/resolvers/zod'
import type { FieldValues, Resolver } from 'react-hook-form'
import type { z } from 'zod'
import { answeredSoFar } from './answered-so-far'

/**
 * What a step does with its schema: the form's resolver, and the typed slice as the
 * rules should see it while typing. Loaded on first need with the schema itself, so
 * zod and the resolver are not on a step's first load (src/wizard/use-step-checks.ts).
 */
export interface StepChecks<I extends FieldValues, O> {
  resolver: Resolver<I, unknown, O>
  /** The saved or typed slice, parsed when valid. */
  parse(value: unknown): { success: true; data: O } | { success: false }
  /** The typed slice as far as it is answered: valid answers only (see answeredSoFar). */
  answered(value: unknown): unknown
}

export function stepChecks<I extends FieldValues, O>(schema: z.ZodType<O, I>): StepChecks<I, O> {
  return {
    resolver: zodResolver(schema),
    parse: (value) => {
      const parsed = schema.safeParse(value)
      return parsed.success ? { success: true, data: parsed.data } : { success: false }
    },
    answered: (value) => answeredSoFar(schema, value),
  }
}
