import type { ComponentType, ReactNode } from 'react'
import type { DefaultValues, FieldValues } from 'react-hook-form'
import type { z } from 'zod'
import type { Answers, SliceKey } from '../rules/answers'
import type { StepMeta } from '../ui/step-registry'
import { STEPS } from '../ui/step-registry'
import type { Field, FieldDef } from './form/field-types'

/** What one step file defines: its slice of the answers, schema, fields and layout. */
export interface StepModule<K extends SliceKey, I extends FieldValues> {
  meta: StepMeta & { slice: K }
  /** One line under the title. */
  lead: string
  /**
   * The step's zod schema, loaded on first need (zod stays off a step's first load):
   * the page starts it once drawn, and Continue waits for it, so nothing is unchecked.
   */
  loadSchema: () => Promise<z.ZodType<NonNullable<Answers[K]>, I>>
  /** The questions, in page order; names typed from the schema's input. */
  fields: FieldDef<I>[]
  /** Values of a step never answered. */
  empty(answers: Answers): DefaultValues<I>
  /**
   * The form's body when the step adds more than its fields (a panel, a note): it
   * places `fields`, which the page draws from `fields` above. Without it the body is
   * the fields alone.
   */
  Form?: ComponentType<StepFormProps<NonNullable<Answers[K]>>>
  /**
   * Values kept beside the form rather than in it (a 100,000-room inventory):
   * never watched, cloned or drafted on a keystroke; validated with the rest on Continue.
   */
  sideKeys?: readonly (keyof I & keyof NonNullable<Answers[K]> & string)[]
  /** Paths outside `fields` that the step's own panels render (finding targets). */
  panelPaths?: readonly string[]
}

/** Side values are kept as saved (the schema's output), never as typed text. */
export interface StepFormProps<O> {
  side: Partial<O>
  setSide: (patch: Partial<O>) => void
  /** The step's questions, drawn by the page. */
  fields: ReactNode
}

/** A step whatever its slice, as the registry, review and tests see it. */
export interface StepView {
  meta: StepMeta
  lead: string
  fields: Field[]
  panelPaths: readonly string[]
  empty(answers: Answers): Record<string, unknown>
}

export function viewOf<K extends SliceKey, I extends FieldValues>(m: StepModule<K, I>): StepView {
  return {
    meta: m.meta,
    lead: m.lead,
    fields: m.fields,
    panelPaths: m.panelPaths ?? [],
    empty: (answers) => m.empty(answers),
  }
}

export function stepMeta<const Id extends (typeof STEPS)[number]['id']>(
  id: Id,
): Extract<(typeof STEPS)[number], { id: Id }> {
  const meta = STEPS.find((s) => s.id === id)
  if (!meta) throw new Error(`No step ${id}`)
  return meta as Extract<(typeof STEPS)[number], { id: Id }>
}
