// A small PowerShell tokenizer for the tests: enough of the language to show
// that a generated script has the same shape whatever value is quoted into it,
// and which commands it runs. It throws on anything it does not know.

export type PsTokenKind =
  | 'string' // single-quoted or here-string: literal
  | 'expandable' // double-quoted: PowerShell expands $ inside
  | 'comment'
  | 'variable'
  | 'word'
  | 'parameter'
  | 'number'
  | 'op'
  | 'newline'

export interface PsToken {
  kind: PsTokenKind
  /** The text as written. */
  text: string
  /** For strings: the value PowerShell reads. */
  value?: string
}

const SINGLE = "'\u2018\u2019\u201A\u201B"
const DOUBLE = '"\u201C\u201D\u201E'
const OPS = [
  '::',
  '$(',
  '@(',
  '@{',
  '+=',
  '-=',
  '==',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  ',',
  '.',
  ';',
  '|',
  '=',
  '+',
  '*',
  '/',
  '%',
  '!',
  '>',
  '<',
  '&',
]

export function tokenizePs(src: string): PsToken[] {
  const out: PsToken[] = []
  let i = 0
  const at = (k = 0) => src[i + k] ?? ''
  while (i < src.length) {
    const c = at()
    if (c === '\uFEFF' && i === 0) {
      i += 1
      continue
    }
    if (c === ' ' || c === '\t') {
      i += 1
      continue
    }
    if (c === '`' && (at(1) === '\n' || at(1) === '\r')) {
      i += at(1) === '\r' && at(2) === '\n' ? 3 : 2
      continue
    }
    if (c === '\r' || c === '\n') {
      const len = c === '\r' && at(1) === '\n' ? 2 : 1
      out.push({ kind: 'newline', text: src.slice(i, i + len) })
      i += len
      continue
    }
    if (c === '<' && at(1) === '#') {
      const end = src.indexOf('#>', i + 2)
      if (end < 0) throw new Error('unterminated block comment')
      out.push({ kind: 'comment', text: src.slice(i, end + 2) })
      i = end + 2
      continue
    }
    if (c === '#') {
      let j = i
      while (j < src.length && src[j] !== '\n' && src[j] !== '\r') j += 1
      out.push({ kind: 'comment', text: src.slice(i, j) })
      i = j
      continue
    }
    if (
      c === '@' &&
      (SINGLE.includes(at(1)) || DOUBLE.includes(at(1))) &&
      (at(2) === '\n' || at(2) === '\r')
    ) {
      const end = src.indexOf(`\n${at(1)}@`, i + 2)
      if (end < 0) throw new Error('unterminated here-string')
      const body = src
        .slice(i + 2, end)
        .replace(/^\r?\n/, '')
        .replace(/\r$/, '')
      out.push({
        kind: SINGLE.includes(at(1)) ? 'string' : 'expandable',
        text: src.slice(i, end + 3),
        value: body,
      })
      i = end + 3
      continue
    }
    if (SINGLE.includes(c)) {
      let j = i + 1
      let value = ''
      for (;;) {
        if (j >= src.length) throw new Error('unterminated single-quoted string')
        const d = src[j] as string
        if (SINGLE.includes(d)) {
          if (SINGLE.includes(src[j + 1] ?? '')) {
            value += d
            j += 2
            continue
          }
          break
        }
        value += d
        j += 1
      }
      out.push({ kind: 'string', text: src.slice(i, j + 1), value })
      i = j + 1
      continue
    }
    if (DOUBLE.includes(c)) {
      let j = i + 1
      let value = ''
      for (;;) {
        if (j >= src.length) throw new Error('unterminated double-quoted string')
        const d = src[j] as string
        if (d === '`') {
          value += src[j + 1] ?? ''
          j += 2
          continue
        }
        if (d === '$' && src[j + 1] === '(')
          throw new Error('subexpression in a double-quoted string')
        if (DOUBLE.includes(d)) {
          if (DOUBLE.includes(src[j + 1] ?? '')) {
            value += d
            j += 2
            continue
          }
          break
        }
        value += d
        j += 1
      }
      out.push({ kind: 'expandable', text: src.slice(i, j + 1), value })
      i = j + 1
      continue
    }
    if (c === '$' && at(1) === '{') {
      const end = src.indexOf('}', i)
      if (end < 0) throw new Error('unterminated ${}')
      out.push({ kind: 'variable', text: src.slice(i, end + 1) })
      i = end + 1
      continue
    }
    if (c === '$' && /[\w?_$]/.test(at(1))) {
      const m = /^\$(?:[?$]|[A-Za-z_][\w]*(?::[A-Za-z_]\w*)?)/.exec(src.slice(i))
      if (!m) throw new Error(`bad variable at ${i}`)
      out.push({ kind: 'variable', text: m[0] })
      i += m[0].length
      continue
    }
    if (c === '-' && /[A-Za-z]/.test(at(1))) {
      const m = /^-[A-Za-z]+/.exec(src.slice(i)) as RegExpExecArray
      out.push({ kind: 'parameter', text: m[0] })
      i += m[0].length
      continue
    }
    if (/[0-9]/.test(c)) {
      const m = /^(0x[0-9a-f]+|\d+(\.\d+)?)/i.exec(src.slice(i)) as RegExpExecArray
      out.push({ kind: 'number', text: m[0] })
      i += m[0].length
      continue
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w]*(?:[-.][A-Za-z_]\w*)*/.exec(src.slice(i)) as RegExpExecArray
      out.push({ kind: 'word', text: m[0] })
      i += m[0].length
      continue
    }
    const op = OPS.find((o) => src.startsWith(o, i))
    if (op) {
      out.push({ kind: 'op', text: op })
      i += op.length
      continue
    }
    if (c === '-') {
      out.push({ kind: 'op', text: '-' })
      i += 1
      continue
    }
    throw new Error(
      `unexpected ${JSON.stringify(c)} at ${i}: ${JSON.stringify(src.slice(i, i + 40))}`,
    )
  }
  return out
}

/** The token shape, with string values left out: equal shapes mean a value changed no structure. */
export function shape(tokens: readonly PsToken[]): string[] {
  return tokens.map((t) =>
    t.kind === 'string' ? 'string' : t.kind === 'comment' ? 'comment' : `${t.kind}:${t.text}`,
  )
}

// Commands the generated scripts may run: they read, or write the one output file.
export const READ_ONLY_COMMANDS = new Set([
  'Get-WmiObject',
  'Get-Acl',
  'Get-CsUser',
  'Get-CsPersistentChatPolicy',
  'Get-Date',
  'Select-Object',
  'Where-Object',
  'ForEach-Object',
  'Sort-Object',
  'Test-Path',
  'Join-Path',
  'New-Object',
  'Out-File',
  'Write-Host',
  'ConvertTo-PlannerJson',
  'ConvertTo-PlannerCsvField',
  'Test-PlannerSql',
  'Get-Command',
])
// .NET objects the scripts may create, and members that would write.
export const ALLOWED_TYPES = new Set([
  'System.Data.SqlClient.SqlConnection',
  'System.Data.SqlClient.SqlCommand',
  'System.Data.SqlClient.SqlConnectionStringBuilder',
  'System.DirectoryServices.DirectorySearcher',
  'System.Security.Principal.SecurityIdentifier',
  'System.Collections.ArrayList',
])
export const WRITING_MEMBERS = [
  'ExecuteNonQuery',
  'WriteAllText',
  'WriteAllLines',
  'WriteAllBytes',
  'CommitChanges',
  'SetInfo',
  'Put',
  'PutEx',
  'Delete',
  'DeleteTree',
  'SetAccessControl',
  'MoveTo',
  'Rename',
  'Create',
  'InvokeSet',
  'Invoke',
]

/** Every command a script runs, and what is wrong with it for a read-only script. */
export function readOnlyViolations(tokens: readonly PsToken[]): string[] {
  const problems: string[] = []
  tokens.forEach((t, i) => {
    if (t.kind === 'expandable') problems.push(`double-quoted string ${t.text}`)
    if (t.kind !== 'word') return
    if (/^[A-Za-z]+-[A-Za-z]+$/.test(t.text) && !READ_ONLY_COMMANDS.has(t.text))
      problems.push(`command ${t.text}`)
    if (WRITING_MEMBERS.includes(t.text)) problems.push(`member ${t.text}`)
    if (
      /^(Invoke|iex|Start|Set|Remove|New|Clear|Grant|Revoke|Move|Export|Import|Enable|Disable)$/i.test(
        t.text,
      )
    ) {
      problems.push(`word ${t.text}`)
    }
    if (t.text === 'New-Object') {
      const type = tokens[i + 1]
      if (!type || type.kind !== 'word' || !ALLOWED_TYPES.has(type.text))
        problems.push(`New-Object ${type?.text}`)
    }
    if (t.text === 'Out-File') {
      const [p, v] = [tokens[i + 1], tokens[i + 2]]
      if (p?.text !== '-FilePath' || v?.text !== '$OutFile')
        problems.push('Out-File to a file other than $OutFile')
    }
  })
  return problems
}
