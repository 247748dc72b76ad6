// A small PowerShell tokenizer for tests: only what decides where a string or a
// comment ends, following PowerShell's own rules (about_Quoting_Rules,
// about_Comments): U+0027 and U+2018-U+201B are single quotes, a doubled one is
// an escaped quote; U+0022 and U+201C-U+201E are double quotes, escaped by
// doubling or by a backtick; # starts a comment at the start of a token, <# #>
// is a block comment. Everything else is code.

export type TokenKind = 'code' | 'single' | 'double' | 'comment'
export interface Token {
  kind: TokenKind
  text: string
}

const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B'])
const DOUBLE = new Set(['"', '\u201C', '\u201D', '\u201E'])
const TOKEN_START = /[\s;{}()|,=]/

export function tokenize(src: string): Token[] {
  const tokens: Token[] = []
  let code = ''
  const flush = () => {
    if (code) tokens.push({ kind: 'code', text: code })
    code = ''
  }
  let i = 0
  while (i < src.length) {
    const c = src[i] as string
    const prev = i === 0 ? '\n' : (src[i - 1] as string)
    if (SINGLE.has(c)) {
      flush()
      let j = i + 1
      while (j < src.length) {
        if (SINGLE.has(src[j] as string)) {
          if (SINGLE.has(src[j + 1] as string)) j += 2
          else break
        } else j += 1
      }
      tokens.push({ kind: 'single', text: src.slice(i, j + 1) })
      i = j + 1
    } else if (DOUBLE.has(c)) {
      flush()
      let j = i + 1
      while (j < src.length) {
        const d = src[j] as string
        if (d === '`') j += 2
        else if (DOUBLE.has(d)) {
          if (DOUBLE.has(src[j + 1] as string)) j += 2
          else break
        } else j += 1
      }
      tokens.push({ kind: 'double', text: src.slice(i, j + 1) })
      i = j + 1
    } else if (c === '<' && src[i + 1] === '#') {
      flush()
      const end = src.indexOf('#>', i + 2)
      const stop = end < 0 ? src.length : end + 2
      tokens.push({ kind: 'comment', text: src.slice(i, stop) })
      i = stop
    } else if (c === '#' && TOKEN_START.test(prev)) {
      flush()
      let j = i
      while (j < src.length && src[j] !== '\r' && src[j] !== '\n') j += 1
      tokens.push({ kind: 'comment', text: src.slice(i, j) })
      i = j
    } else {
      code += c
      i += 1
    }
  }
  flush()
  return tokens
}

/** The code of a script with every string and comment taken out: what PowerShell runs. */
export function codeOf(src: string): string {
  return tokenize(src)
    .map((t) => (t.kind === 'code' ? t.text : t.kind === 'comment' ? '' : "''"))
    .join('')
}

/** A script without its comments: code and strings, what a placeholder could hide in. */
export function withoutComments(src: string): string {
  return tokenize(src)
    .filter((t) => t.kind !== 'comment')
    .map((t) => t.text)
    .join('')
}

// Windows code page 1252 for 0x80-0x9F (Microsoft's table). Node's
// TextDecoder('windows-1252') decodes these bytes as C1 controls (Latin-1),
// which hides exactly the quote characters that matter here.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

/** How Windows PowerShell 5.1 reads a script file's bytes: the BOM, or else the ANSI code page. */
export function decodeAs(bytes: Uint8Array, encoding: 'utf-8' | 'cp1252' | 'cp1250' | 'cp1251') {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes)
  if (encoding === 'cp1252') {
    return Array.from(bytes, (b) =>
      String.fromCharCode(b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as number) : b),
    ).join('')
  }
  return new TextDecoder(encoding === 'cp1250' ? 'windows-1250' : 'windows-1251').decode(bytes)
}
