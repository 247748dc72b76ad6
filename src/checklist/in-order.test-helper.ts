/**
 * The first needle that does not appear after the one before it in text, or
 * undefined when all appear in order. For checking generated scripts.
 */
export function firstOutOfOrder(text: string, needles: readonly string[]): string | undefined {
  let at = -1
  for (const needle of needles) {
    const next = text.indexOf(needle, at + 1)
    if (next <= at) return needle
    at = next
  }
  return undefined
}
