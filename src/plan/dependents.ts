import type { Answers, SliceKey } from '../rules/answers'

export interface Reask {
  slice: SliceKey
  /** What the step showed before, to prefill it when it is asked again. */
  draft: Record<string, unknown>
  reason: string
}

/**
 * Puts one step's answers into the plan and drops or re-asks the answers that
 * depended on the old ones. Pure: the caller saves the result.
 */
export function applySlice<K extends SliceKey>(
  answers: Answers,
  key: K,
  value: NonNullable<Answers[K]>,
): { answers: Answers; reask: Reask[] } {
  const next: Answers = { ...answers, [key]: value }
  const reask: Reask[] = []
  if (key === 'source') {
    const source = value as NonNullable<Answers['source']>
    if (source.groupChat === 'no') {
      // No Group Chat: its answers leave the plan (and the checklist).
      delete next.groupChat
      if (next.forest) next.forest = { ...next.forest, pchatForest: '' }
    } else if (next.groupChat && !source.products.includes(next.groupChat.sourceProduct)) {
      const { sourceProduct: _dropped, ...rest } = next.groupChat
      delete next.groupChat
      reask.push({
        slice: 'groupChat',
        draft: rest,
        reason: 'The Group Chat product no longer matches the source deployment; choose it again.',
      })
    }
  }
  return { answers: next, reask }
}
