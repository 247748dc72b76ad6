import type { Answers } from '../../rules/answers'

export interface Option {
  value: string
  label: string
  hint?: string
}

interface Base {
  /** Path inside the step's values, e.g. `legacyPools` or `fqdn`. */
  name: string
  label: string
  hint?: string
  /** Shown only when this returns true for the values being typed and the saved answers. */
  showIf?: (values: Record<string, unknown>, answers: Answers) => boolean
}

export type FieldDef =
  | (Base & {
      kind: 'text'
      width?: 'short' | 'medium' | 'long'
      optional?: boolean
      inputMode?: 'numeric' | 'text'
      placeholder?: string
      type?: 'text' | 'date'
      suggestions?: (answers: Answers) => string[]
    })
  | (Base & { kind: 'radios'; options: Option[]; inline?: boolean })
  | (Base & { kind: 'checkboxes'; options: Option[] })
  | (Base & { kind: 'select'; options: Option[] })
  | (Base & {
      kind: 'list'
      itemLabel: string
      /** The item in running text: "Add another {noun}". */
      noun: string
      fields: FieldDef[]
      empty: () => Record<string, unknown>
      /** The item's title on the review page. */
      summary?: (item: Record<string, unknown>) => string
    })
