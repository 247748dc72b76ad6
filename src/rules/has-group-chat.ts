import type { Answers } from './answers'

/**
 * Whether the source answers say Group Chat is deployed. In a module of its own, with no
 * schema, so pages that only read answers (the start page's plan list) load no zod.
 */
export function hasGroupChat(answers: Answers): boolean {
  return answers.source?.groupChat === 'yes'
}
