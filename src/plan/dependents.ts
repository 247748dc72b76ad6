import type { Answers, SliceKey } from '../rules/answers'

export interface Reask {
  slice: SliceKey
  /** What the step showed before, to prefill it when it is asked again. */
  draft: Record<string, unknown>
  reason: string
}

/**
 * Answers taken out of the plan because another answer made them moot, kept so
 * they come back when that answer flips back. Never dropped silently.
 */
export interface Parked {
  groupChat?: NonNullable<Answers['groupChat']>
  pchatForest?: string
}

export interface Applied {
  answers: Answers
  reask: Reask[]
  /** What is parked after this change (replaces what was parked before). */
  parked: Parked
  /** Slices brought back from the parked answers. */
  restored: SliceKey[]
}

/**
 * Puts one step's answers into the plan, and parks, restores or re-asks the
 * answers that depend on them. Pure: the caller saves the result.
 */
export function applySlice<K extends SliceKey>(
  answers: Answers,
  key: K,
  value: NonNullable<Answers[K]>,
  parked: Parked = {},
): Applied {
  const next: Answers = { ...answers, [key]: value }
  if (key !== 'source') return { answers: next, reask: [], parked, restored: [] }
  const source = value as NonNullable<Answers['source']>
  if (source.groupChat === 'no') {
    // No Group Chat: its answers leave the plan (and the checklist), parked until Yes again.
    const keep: Parked = {}
    const groupChat = next.groupChat ?? parked.groupChat
    const pchatForest = next.forest?.pchatForest || parked.pchatForest
    if (groupChat) keep.groupChat = groupChat
    if (pchatForest) keep.pchatForest = pchatForest
    delete next.groupChat
    if (next.forest) next.forest = { ...next.forest, pchatForest: '' }
    return { answers: next, reask: [], parked: keep, restored: [] }
  }
  const restored: SliceKey[] = []
  if (!next.groupChat && parked.groupChat) {
    next.groupChat = parked.groupChat
    restored.push('groupChat')
  }
  if (next.forest && !next.forest.pchatForest && parked.pchatForest) {
    next.forest = { ...next.forest, pchatForest: parked.pchatForest }
    restored.push('forest')
  }
  const reask: Reask[] = []
  let keep: Parked = {}
  if (next.groupChat && !source.products.includes(next.groupChat.sourceProduct)) {
    const { sourceProduct: _dropped, ...rest } = next.groupChat
    // Parked whole, so the product comes back if the products flip back.
    keep = { groupChat: next.groupChat }
    delete next.groupChat
    reask.push({
      slice: 'groupChat',
      draft: rest,
      reason: 'The Group Chat product no longer matches the source deployment; choose it again.',
    })
  }
  return { answers: next, reask, parked: keep, restored }
}
