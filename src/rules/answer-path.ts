import type { Answers } from './answers'

type Leaf = string | number | boolean | bigint | symbol | null | undefined

/** Every dotted path into a value of type T: `a`, `a.b`, `list.${number}.field`. */
export type PathOf<T> = T extends Leaf
  ? never
  : T extends readonly (infer Item)[]
    ? `${number}` | `${number}.${PathOf<Item>}`
    : { [K in keyof T & string]-?: K | `${K}.${PathOf<NonNullable<T[K]>>}` }[keyof T & string]

/**
 * The answer a finding is about, as a dotted path into the plan's answers, for
 * example `sql.instances.${number}.edition`. Derived from the answers schema, so a
 * misspelt or stale path does not compile; at runtime it is a plain string.
 */
export type AnswerPath = PathOf<Answers>
