import type { FieldValues } from 'react-hook-form'
import type { Answers, SliceKey } from '../rules/answers'
import type { Field, Values } from './form/field-types'
import type { StepModule } from './step-module'

const isObject = (v: unknown): v is Values =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Keeps only what each field can show: a draft is outside input (another tab,
 * an older version, a hand edit), so `{"inventory":{"rooms":"x"}}` or a list
 * that is not a list never reaches the form.
 */
export function sanitizeDraft(fields: Field[], draft: Values): Values {
  const out: Values = {}
  for (const f of fields) {
    const v = draft[f.name]
    if (f.kind === 'text') {
      if (typeof v === 'string' || typeof v === 'number') out[f.name] = v
    } else if (f.kind === 'radios' || f.kind === 'select') {
      if (typeof v === 'string') out[f.name] = v
    } else if (f.kind === 'checkboxes') {
      if (Array.isArray(v)) out[f.name] = v.filter((x) => typeof x === 'string')
    } else if (Array.isArray(v)) {
      out[f.name] = v.filter(isObject).map((item) => sanitizeDraft(f.fields, item))
    }
  }
  return out
}

/** What a step's form starts with: its draft, else its saved answers, else its empty values. */
export function draftValues<K extends SliceKey, I extends FieldValues>(
  module: StepModule<K, I>,
  answers: Answers,
  draft: unknown,
  sideKeys: readonly string[],
): { form: Values; side: Partial<NonNullable<Answers[K]>> } {
  const saved = answers[module.meta.slice] as Values | undefined
  const source = isObject(draft)
    ? sanitizeDraft(module.fields, draft)
    : (saved ?? (module.empty(answers) as Values))
  const form: Values = {}
  for (const [k, v] of Object.entries(source)) if (!sideKeys.includes(k)) form[k] = v
  const side: Values = {}
  for (const k of sideKeys) if (saved?.[k] !== undefined) side[k] = saved[k]
  // Side values come only from the saved, schema-checked answers of this step.
  return { form, side: side as Partial<NonNullable<Answers[K]>> }
}
