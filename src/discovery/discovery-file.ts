import { decodeDiscoveryBytes } from './bytes'
import type { OcsImport } from './ocs'
import { OCS_DISCOVERY_FORMAT, readOcsDiscovery } from './ocs'
import type { ReadPreflight } from './preflight'
import { PREFLIGHT_FORMAT, readPreflight } from './preflight'
import type { DiscoveryProblem } from './problems'
import { refuse } from './problems'
import type { TopologyImport } from './topology'
import { readTopology } from './topology'
import type { XmlParse } from './xml'

export type DiscoveryFile =
  | { ok: true; kind: 'topology'; topology: TopologyImport }
  | { ok: true; kind: 'ocs-discovery'; ocs: OcsImport }
  | { ok: true; kind: 'preflight'; preflight: ReadPreflight; ignored: string[] }
  | { ok: false; problem: DiscoveryProblem }

/**
 * Reads any file the planner's discovery accepts, from its bytes: a topology
 * document (XML), the OCS discovery JSON or the pre-flight JSON. Nothing of
 * the file is kept but what the result holds; on a problem, nothing changes.
 */
export function readDiscoveryFile(bytes: Uint8Array, parse: XmlParse): DiscoveryFile {
  const decoded = decodeDiscoveryBytes(bytes)
  if (!decoded.ok) return decoded
  const text = decoded.text
  const first = text.trimStart().charAt(0)
  if (first === '<') {
    const topology = readTopology(text, parse)
    return topology.ok ? { ok: true, kind: 'topology', topology } : topology
  }
  if (first === '{') {
    if (text.includes(`"${PREFLIGHT_FORMAT}"`)) {
      const pre = readPreflight(text)
      return pre.ok
        ? { ok: true, kind: 'preflight', preflight: pre.preflight, ignored: pre.ignored }
        : pre
    }
    if (text.includes(`"${OCS_DISCOVERY_FORMAT}"`)) {
      const ocs = readOcsDiscovery(text)
      return ocs.ok ? { ok: true, kind: 'ocs-discovery', ocs } : ocs
    }
    return refuse(
      'wrong-format',
      'This JSON file was not written by one of the planner’s scripts. Import the file the OCS discovery or the pre-flight script wrote.',
    )
  }
  return refuse(
    'wrong-format',
    'The planner reads a topology document (Get-CsTopology -AsXml, or a Topology Builder .tbxml) or the JSON file one of its scripts wrote. This file is neither.',
  )
}
