import type { Answers } from '../../rules/answers'

export interface Option {
  value: string
  label: string
  hint?: string
}

export type Values = Record<string, unknown>

// Callbacks are methods, not function properties, so a field typed for one
// step's values is still a `Field` for the renderer and the review.
interface Base<T, K extends string> {
  /** A key of the step's values (typed from its zod schema). */
  name: K
  label: string
  hint?: string
  /** Shown only when this returns true for the values being typed and the saved answers. */
  showIf?(values: T, answers: Answers): boolean
  /**
   * A value derived from other answers (this form's values, `form`, or the saved
   * answers): the field takes it while the user has not changed the field, so a
   * value is never typed twice; the user confirms it, or changes it.
   */
  follows?(values: T, answers: Answers, form: Values, path: string): string | undefined
}

interface TextKind {
  kind: 'text'
  width?: 'short' | 'medium' | 'long'
  optional?: boolean
  inputMode?: 'numeric' | 'text'
  placeholder?: string
  type?: 'text' | 'date'
  suggestions?(answers: Answers): string[]
}
interface RadiosKind {
  kind: 'radios'
  options: Option[]
  inline?: boolean
}
interface CheckboxesKind {
  kind: 'checkboxes'
  options: Option[]
}
interface SelectKind {
  kind: 'select'
  options: Option[]
}
interface ListKind<U> {
  kind: 'list'
  itemLabel: string
  /** The item in running text: "Add another {noun}". */
  noun: string
  fields: FieldDef<U>[]
  empty(): Partial<U>
  /** The item's title on the review page. */
  summary?(item: U): string
  /** Where an item listed from earlier answers came from ("Named in Source deployment..."). */
  origin?(item: U, answers: Answers): string | undefined
}
type Leaf = TextKind | RadiosKind | SelectKind

/**
 * One field of a step, its name checked against the step's form values `T`
 * (`z.input` of the step's schema): a typo in a name does not compile.
 * Arrays of objects are lists of sub-fields; arrays of strings are checkboxes.
 */
export type FieldDef<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends readonly (infer U)[]
    ? U extends string
      ? Base<T, K> & CheckboxesKind
      : Base<T, K> & ListKind<U>
    : Base<T, K> & Leaf
}[keyof T & string]

/** A field as the renderer and the review walk it, whatever step it belongs to. */
export type Field =
  | (Base<Values, string> & (Leaf | CheckboxesKind))
  | (Base<Values, string> & Omit<ListKind<Values>, 'fields'> & { fields: Field[] })
