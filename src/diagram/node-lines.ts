import type { Severity } from '../rules/finding'
import { BOX_WIDTH, FONT } from './geometry'
import type { DiagramNode, Mark } from './model'
import { maxChars, WORD_BREAKS, wrap, wrapName } from './text-fit'

export type LineStyle = 'title' | 'name' | 'detail' | Severity

export interface NodeLine {
  text: string
  style: LineStyle
  /** Baseline, from the top of the box. */
  dy: number
}

const PAD_X = 8
const PAD_TOP = 5
const PAD_BOTTOM = 7
const LINE_HEIGHT: Record<LineStyle, number> = {
  title: 14,
  name: 16,
  detail: 14,
  blocker: 15,
  warning: 15,
  info: 15,
}
export const SEVERITY_WORDS: Record<Severity, string> = {
  blocker: 'Blocker',
  warning: 'Warning',
  info: 'Information',
}
const SEVERITIES: readonly Severity[] = ['blocker', 'warning', 'info']

/** "Blocker SQL-01, SQL-04", one phrase per severity present. */
export function markPhrases(marks: readonly Mark[]): { severity: Severity; text: string }[] {
  return SEVERITIES.flatMap((severity) => {
    const ids = marks.filter((m) => m.severity === severity).map((m) => m.ruleId)
    return ids.length ? [{ severity, text: `${SEVERITY_WORDS[severity]} ${ids.join(', ')}` }] : []
  })
}

/** The lines a box shows, fitted to its width; the full text stays in the node. */
export function nodeLines(node: DiagramNode): {
  lines: NodeLine[]
  height: number
  truncated: boolean
} {
  const width = BOX_WIDTH - 2 * PAD_X
  const lines: NodeLine[] = []
  let y = PAD_TOP
  let truncated = false
  const add = (text: string, style: LineStyle, maxLines: number) => {
    const mono = style === 'name'
    const size = mono ? FONT.name : style === 'title' || style === 'detail' ? FONT.title : FONT.mark
    const max = maxChars(width, size, mono)
    const fitted = mono ? wrapName(text, max, maxLines) : wrap(text, max, maxLines, WORD_BREAKS)
    truncated ||= fitted.truncated
    for (const line of fitted.lines) {
      lines.push({ text: line, style, dy: y + size })
      y += LINE_HEIGHT[style]
    }
  }
  add(node.title, 'title', 2)
  add(node.name, 'name', 3)
  for (const detail of node.details) add(detail, 'detail', 3)
  for (const phrase of markPhrases(node.marks)) add(phrase.text, phrase.severity, 2)
  return { lines, height: y + PAD_BOTTOM, truncated }
}

export const TEXT_PAD_X = PAD_X
