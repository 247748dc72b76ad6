// Discovery: start the plan from the deployment's own data. Pure: the caller
// reads the file's bytes and passes the browser's DOMParser; nothing of a
// file is kept but the answers the administrator accepts.
export { decodeDiscoveryBytes, MAX_DISCOVERY_BYTES } from './bytes'
export type { AnswerTree, ChangeKind, ChangeRow } from './changes'
export { applyAccepted, changedPaths, proposeChanges, settleSlices } from './changes'
export type { CompanionImport } from './companion'
export { readCompanionCsv } from './companion'
export type { DiscoveryFile } from './discovery-file'
export { readDiscoveryFile } from './discovery-file'
export type { CompanionQuery, CompanionQueryId, QueryResult } from './group-chat-sql'
export {
  COMPANION_QUERIES,
  companionQuery,
  INVENTORY_APPROXIMATIONS,
  INVENTORY_EXTRA_COLUMNS,
  ROOM_INVENTORY_FILE,
  roomInventoryQuery,
  roomInventoryScript,
  SCHEMA_NOTE,
  sqlWrapperScript,
  tsqlIdentifier,
  tsqlString,
} from './group-chat-sql'
export type { OcsImport } from './ocs'
export { buildOcsDiscoveryScript, OCS_DISCOVERY_FILE, readOcsDiscovery } from './ocs'
export type { PreflightFinding, PreflightId, PreflightStatus } from './preflight'
export {
  buildPreflightScript,
  PREFLIGHT_CHECKS,
  PREFLIGHT_FILE,
  PREFLIGHT_IDS,
  readPreflight,
} from './preflight'
export type { DiscoveryProblem, DiscoveryProblemKind, DiscoveryResult } from './problems'
export type { DiscoverySource, ProposedAnswer } from './proposal'
export { INFERRED_NOTE } from './proposal'
export type { TopologyImport, TrustedPoolCandidate } from './topology'
export { MAX_TOPOLOGY_POOLS, readTopology } from './topology'
export type { XmlDocumentLike, XmlElementLike, XmlParse } from './xml'
