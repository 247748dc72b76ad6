/**
 * Names an administrator could type that would break a command if quoted badly: the one
 * corpus of the quoting tests (PowerShell here; the discovery tests add T-SQL's).
 */
export const HOSTILE_NAMES = [
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
  '',
  '\u2019',
] as const
