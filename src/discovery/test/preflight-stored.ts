import type { StoredPreflight } from '../../rules/preflight'
import { decodeDiscoveryBytes } from '../bytes'
import { readPreflight } from '../preflight'
import { fixtureBytes } from './xml-parser'

export const IMPORTED = '2026-12-02T02:50:12.345Z'

/** The pre-flight fixture as the import keeps it in the plan. */
export function fixtureStored(): StoredPreflight {
  const decoded = decodeDiscoveryBytes(fixtureBytes('preflight.json'))
  if (!decoded.ok) throw new Error(decoded.problem.message)
  const read = readPreflight(decoded.text)
  if (!read.ok) throw new Error(read.problem.message)
  return { importedAt: IMPORTED, ...read.preflight }
}
