// PowerShell treats ' and the typographic quotes U+2018, U+2019, U+201A and
// U+201B alike as single-quote characters. Inside a single-quoted string a
// quote character is escaped by doubling it; nothing else is special there
// ($, `, ;, newlines and double quotes are literal).
const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g

/** The one way a user's value enters a PowerShell command. */
export function psQuote(value: string): string {
  return `'${value.replace(SINGLE_QUOTES, (q) => q + q)}'`
}

/** A comment line for a generated script: no newline can end it early. */
export function psComment(text: string): string {
  return `# ${text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')}`
}
