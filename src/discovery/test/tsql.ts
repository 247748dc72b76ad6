// The parts of T-SQL the tests need to read the generated queries back: the
// quoted names and strings, and the query with its names made plain so that
// node-sql-parser (which does not read a doubled ]] in a name, nor a query
// hint) can parse the rest.

export interface TsqlToken {
  kind: 'name' | 'string' | 'comment' | 'other'
  text: string
  value?: string
}

export function tokenizeTsql(sql: string): TsqlToken[] {
  const out: TsqlToken[] = []
  let i = 0
  while (i < sql.length) {
    const c = sql[i] as string
    if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i)
      const j = end < 0 ? sql.length : end
      out.push({ kind: 'comment', text: sql.slice(i, j) })
      i = j
      continue
    }
    if (c === '/' && sql[i + 1] === '*') throw new Error('block comments are not generated')
    if (c === '[' || c === "'" || ((c === 'N' || c === 'n') && sql[i + 1] === "'")) {
      const start = i
      if (c !== '[' && c !== "'") i += 1
      const close = sql[i] === '[' ? ']' : "'"
      let j = i + 1
      let value = ''
      for (;;) {
        if (j >= sql.length)
          throw new Error(`unterminated ${close === ']' ? 'name' : 'string'} at ${start}`)
        if (sql[j] === close) {
          if (sql[j + 1] === close) {
            value += close
            j += 2
            continue
          }
          break
        }
        value += sql[j]
        j += 1
      }
      out.push({ kind: close === ']' ? 'name' : 'string', text: sql.slice(start, j + 1), value })
      i = j + 1
      continue
    }
    if (c === '"') throw new Error('double-quoted names are not generated')
    const last = out[out.length - 1]
    if (last?.kind === 'other') last.text += c
    else out.push({ kind: 'other', text: c })
    i += 1
  }
  return out
}

/** The query with each bracketed name replaced by a plain one, and without its trailing hint. */
export function plainForParser(
  sql: string,
  rename: (name: string) => string,
): { text: string; hint: string } {
  const text = tokenizeTsql(sql)
    .map((t) => (t.kind === 'name' ? rename(t.value as string) : t.text))
    .join('')
  const m = /\s(OPTION \(MAXRECURSION \d+\))\s*$/.exec(text)
  return { text: m ? text.slice(0, m.index) : text, hint: m ? (m[1] as string) : '' }
}

const WRITES = new Set([
  'insert',
  'update',
  'delete',
  'replace',
  'create',
  'drop',
  'alter',
  'truncate',
  'rename',
  'grant',
  'revoke',
  'use',
  'set',
  'declare',
  'exec',
  'execute',
  'merge',
  'transaction',
  'lock',
  'unlock',
  'load_data',
  'proc',
])

/**
 * Walks a node-sql-parser AST: every statement must be a SELECT (with its
 * WITH), and no SELECT may write INTO a table. Returns what it found wrong.
 */
export function nonSelectParts(ast: unknown): string[] {
  const problems: string[] = []
  const statements = Array.isArray(ast) ? ast : [ast]
  for (const s of statements) {
    if ((s as { type?: unknown }).type !== 'select')
      problems.push(`statement ${String((s as { type?: unknown }).type)}`)
  }
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk)
    if (typeof node !== 'object' || node === null) return
    const record = node as Record<string, unknown>
    if (typeof record.type === 'string' && WRITES.has(record.type.toLowerCase()))
      problems.push(`node ${record.type}`)
    if (record.type === 'select') {
      const into = record.into as { expr?: unknown; position?: unknown } | null | undefined
      if (into && (into.expr || into.position)) problems.push('SELECT INTO')
    }
    Object.values(record).forEach(walk)
  }
  walk(statements)
  return problems
}
