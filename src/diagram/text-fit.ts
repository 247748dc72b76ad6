/**
 * Text cannot be measured without a browser, so widths are estimated from the
 * character count: monospace fonts advance 0.6em per character; proportional
 * text measured 0.47em to 0.65em a character in Chromium (0.5 to 0.56 typical).
 * The picture also clips each box's text, so a rare wide line cannot spill out.
 */
export const MONO_ADVANCE = 0.61
export const SANS_ADVANCE = 0.58
export const ELLIPSIS = '…'

export function maxChars(width: number, fontSize: number, mono: boolean): number {
  return Math.max(1, Math.floor(width / (fontSize * (mono ? MONO_ADVANCE : SANS_ADVANCE))))
}

export function estimateWidth(text: string, fontSize: number, mono: boolean): number {
  return [...text].length * fontSize * (mono ? MONO_ADVANCE : SANS_ADVANCE)
}

/** Shortens to at most `max` characters, ending in an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text]
  if (chars.length <= max) return text
  return chars.slice(0, Math.max(0, max - 1)).join('') + ELLIPSIS
}

/** Pieces that a line may break after: spaces for prose, dots and backslashes for names. */
function pieces(text: string, breakAfter: RegExp): string[] {
  const out: string[] = []
  let current = ''
  for (const ch of text) {
    current += ch
    if (breakAfter.test(ch)) {
      out.push(current)
      current = ''
    }
  }
  if (current) out.push(current)
  return out
}

export const NAME_BREAKS = /[.\\@/\-_]/
/** Where a name breaks best: between server and instance, user and domain, share and folder. */
const STRONG_BREAKS = /[\\@/]/
export const WORD_BREAKS = /\s/

/**
 * Wraps text onto at most `maxLines` lines of `max` characters, breaking after
 * the given characters where it can; the last line ends in an ellipsis when text is left over.
 */
export function wrap(
  text: string,
  max: number,
  maxLines: number,
  breakAfter: RegExp,
): { lines: string[]; truncated: boolean } {
  const lines: string[] = []
  let line = ''
  // A piece too long for a line (an FQDN in prose) breaks like a name.
  const all = pieces(text.trim(), breakAfter).flatMap((p) =>
    [...p].length > max ? pieces(p, NAME_BREAKS) : [p],
  )
  for (const piece of all) {
    let rest = line === '' ? piece.trimStart() : piece
    while (rest !== '') {
      if ([...(line + rest).trimEnd()].length <= max) {
        line += rest
        break
      }
      if (line === '') {
        // Longer than a whole line: cut it where the line ends.
        const chars = [...rest]
        lines.push(chars.slice(0, max).join(''))
        rest = chars.slice(max).join('')
      } else {
        lines.push(line.trimEnd())
        line = ''
        rest = rest.trimStart()
      }
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd())
  if (lines.length <= maxLines) return { lines, truncated: false }
  const kept = lines.slice(0, maxLines - 1)
  const last = [...(lines[maxLines - 1] ?? '')]
  kept.push(last.slice(0, Math.min(last.length, max - 1)).join('') + ELLIPSIS)
  return { lines: kept, truncated: true }
}

/** Wraps a name at a backslash, @ or slash when that fits, else after any dot or dash too. */
export function wrapName(text: string, max: number, maxLines: number): ReturnType<typeof wrap> {
  if (pieces(text.trim(), STRONG_BREAKS).every((p) => [...p].length <= max)) {
    const strong = wrap(text, max, maxLines, STRONG_BREAKS)
    if (!strong.truncated) return strong
  }
  return wrap(text, max, maxLines, NAME_BREAKS)
}
