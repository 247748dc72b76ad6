import { HOSTILE_NAMES } from '../../plan/hostile-names.test-helper'

// The quoting corpus of the checklist (less the empty name: a query needs a name),
// plus names that attack T-SQL's own quoting.
export const HOSTILE = [
  ...HOSTILE_NAMES.filter((name) => name !== ''),
  'gc]db',
  ']]; DROP TABLE tblNode; --',
  "gc'; DELETE FROM tblChat; --",
  '#> <# comment',
  "@'\n'@",
]

/** For test names: each value shown short. */
export const LABELLED: [string, string][] = HOSTILE.map((v) => [
  JSON.stringify(v.length > 40 ? `${v.slice(0, 20)}… (${v.length} characters)` : v),
  v,
])
