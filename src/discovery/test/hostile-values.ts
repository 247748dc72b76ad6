// The quoting corpus of src/checklist/powershell.test.ts (repeated here: that
// file exports nothing), plus names that attack T-SQL's own quoting.
export const HOSTILE = [
  "O'Brien",
  "'; Remove-Item C:\\ -Recurse; '",
  '‘smart’ quotes',
  '‚low‛ quotes',
  "'''",
  '$(Invoke-Expression calc)',
  '`n`r backtick',
  'a; b | c & d',
  'line1\nline2\r\nline3',
  '"double"',
  'x'.repeat(5000),
  '\u2019',
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
