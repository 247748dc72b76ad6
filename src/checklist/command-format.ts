// How a command is shown, copied, printed and put in the runbook: one text for all.
// A long command is cut only between tokens, where PowerShell itself allows a line
// to go on: after a pipe at the end of a line, or at a backtick that ends a line
// (about_Parsing, about_Special_Characters). A cut never falls in a string.

/**
 * Longer commands are cut, so a printed line fits the page and never wraps: at 7.5 pt
 * a monospace character is about 1.6 mm, and the item's column on A4 or Letter holds
 * about 110 of them.
 */
export const COMMAND_WIDTH = 104
const INDENT = '    '
/** The line continuation: a space, a backtick, and nothing after it on the line. */
export const CONTINUATION = ' `'

const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B'])
const DOUBLE = new Set(['"', '\u201C', '\u201D', '\u201E'])
const OPEN = new Set(['(', '{', '['])
const CLOSE = new Set([')', '}', ']'])

interface Gap {
  /** The whitespace run between two tokens: text.slice(start, end). */
  start: number
  end: number
  /** Bracket depth at the gap, counted from the start of the text (may go below 0). */
  depth: number
  /** How many script blocks ({ }) are open at the gap. */
  blocks: number
  kind: 'pipe' | 'parameter' | 'open-block' | 'close-block' | 'other'
}

/**
 * The gaps between tokens where a line may be cut. Undefined when the text holds
 * something this reader does not follow (a comment, a backtick, a line break, an
 * open string): such a command is never cut.
 */
function gapsOf(text: string): Gap[] | undefined {
  const gaps: Gap[] = []
  const stack: string[] = []
  let depth = 0
  let i = 0
  while (i < text.length) {
    const c = text[i] as string
    if (SINGLE.has(c) || DOUBLE.has(c)) {
      const quotes = SINGLE.has(c) ? SINGLE : DOUBLE
      let j = i + 1
      while (j < text.length && !(quotes.has(text[j]!) && !quotes.has(text[j + 1]!)))
        j += quotes.has(text[j]!) || (quotes === DOUBLE && text[j] === '`') ? 2 : 1
      if (j >= text.length) return undefined
      i = j + 1
    } else if (c === '#' || c === '`' || c === '\n' || c === '\r') {
      return undefined
    } else if (OPEN.has(c)) {
      stack.push(c)
      depth += 1
      i += 1
    } else if (CLOSE.has(c)) {
      stack.pop()
      depth -= 1
      i += 1
    } else if (/\s/.test(c)) {
      let j = i
      while (j < text.length && /\s/.test(text[j]!)) j += 1
      const before = text[i - 1]
      const next = text.slice(j, j + 2)
      if (i > 0 && j < text.length) {
        const blocks = stack.filter((b) => b === '{').length
        const kind =
          before === '|'
            ? 'pipe'
            : before === '{'
              ? 'open-block'
              : next[0] === '}'
                ? 'close-block'
                : /^-[A-Za-z]/.test(next)
                  ? 'parameter'
                  : 'other'
        gaps.push({ start: i, end: j, depth, blocks, kind })
      }
      i = j
    } else {
      i += 1
    }
  }
  return gaps
}

/** The text cut at the given gaps, each piece trimmed of the gap. */
function cutAt(text: string, gaps: readonly Gap[]): string[] {
  const pieces: string[] = []
  let at = 0
  for (const g of gaps) {
    pieces.push(text.slice(at, g.start))
    at = g.end
  }
  pieces.push(text.slice(at))
  return pieces
}

/** The lines of a text at an indent, cut as little as it takes to fit the width. */
function lay(text: string, indent: string, width: number): string[] {
  if (indent.length + text.length <= width) return [indent + text]
  const gaps = gapsOf(text)
  if (!gaps) return [indent + text]
  const inner = indent + INDENT
  const lowest = (list: Gap[]) =>
    list.filter((g) => g.depth === Math.min(...list.map((x) => x.depth)))
  // A pipeline: one stage a line, each line but the last ending with its pipe.
  const pipes = lowest(gaps.filter((g) => g.kind === 'pipe' && g.blocks === 0))
  if (pipes.length > 0) {
    return cutAt(text, pipes).flatMap((stage, n) => lay(stage, n === 0 ? indent : inner, width))
  }
  // One parameter a line, each line but the last ending with the backtick continuation.
  const params = gaps.filter((g) => g.kind === 'parameter' && g.blocks === 0)
  const outer = params.filter((g) => g.depth === 0)
  // A script block: its body on lines of its own, between the braces.
  const open = gaps.find((g) => g.kind === 'open-block' && g.depth === 1 && g.blocks === 1)
  const close = open
    ? gaps.find((g) => g.kind === 'close-block' && g.depth === 1 && g.start > open.start)
    : undefined
  const chosen = outer.length > 0 ? outer : open && close ? [] : lowest(params)
  if (chosen.length > 0) {
    return cutAt(text, chosen).map(
      (p, n, all) => `${n === 0 ? indent : inner}${p}${n < all.length - 1 ? CONTINUATION : ''}`,
    )
  }
  if (open && close) {
    return [
      ...lay(text.slice(0, open.start), indent, width),
      ...lay(text.slice(open.end, close.start), inner, width),
      indent + text.slice(close.end),
    ]
  }
  return [indent + text]
}

/**
 * A command as it is shown, copied and run. One that fits COMMAND_WIDTH stays on one
 * line. A longer one is cut between tokens only: a pipeline after each pipe, a command
 * before each parameter (with PowerShell's backtick continuation), a script block after
 * its { and before its }. Only whitespace between tokens changes.
 */
export function formatCommand(command: string, width = COMMAND_WIDTH): string {
  return lay(command, '', width).join('\n')
}

/** A formatted command as one line again (for tests and search): the cuts joined by a space. */
export function joinCommand(text: string): string {
  return text.replace(/ `(?=\r?\n)/g, '').replace(/[ \t]*\r?\n[ \t]*/g, ' ')
}
