import { crc32 } from '../plan/crc32'
import { PLAN_VERSION } from '../plan/version'

// A plan is checked in full (zod, every rule schema) once: when it is opened or
// imported, or the first time this version of the planner reads text it did not
// write. Its stored text is then marked as known good, so a page that only reads
// the plan loads no schema. The mark is the plan version, the text's length and
// its CRC-32: any other text (another version's, a hand edit) is checked again.

export const checkMarkKey = (planId: string) => `checked:${planId}`

export function checkMark(text: string): string {
  return `${PLAN_VERSION}:${text.length}:${crc32(new TextEncoder().encode(text)).toString(16)}`
}
