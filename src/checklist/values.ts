import type { Answers } from '../rules/answers'
import { normalizeFqdn, parseSqlInstanceRef } from '../rules/common'
import type { RuleId } from '../rules/catalogue'
import type { Finding } from '../rules/finding'
import type { PchatPool } from '../rules/pools'
import { targetPchatPool } from '../rules/pools'
import { psQuote } from './powershell'

/** Working folder for the export files on the computer where the cmdlets run. */
export const EXPORT_FOLDER = 'C:\\GroupChatMigration'
export const EXPORT_FILE = `${EXPORT_FOLDER}\\GroupChatExport.zip`
export const EXPORT_REPORT = `${EXPORT_FOLDER}\\Export.html`
export const IMPORT_WHATIF_REPORT = `${EXPORT_FOLDER}\\ImportWhatIf.html`
export const IMPORT_REPORT = `${EXPORT_FOLDER}\\Import.html`
export const TRIAL_FOLDER = `${EXPORT_FOLDER}\\Trial`
export const TRIAL_FILE = `${TRIAL_FOLDER}\\GroupChatExport.zip`
export const TRIAL_EXPORT_REPORT = `${TRIAL_FOLDER}\\Export.html`

/** Creates a working folder; -Force makes it harmless when the folder exists. */
export const newFolder = (path: string) =>
  `New-Item -ItemType Directory -Path ${psQuote(path)} -Force`

/** An instance reference as the rules show it: server and instance name in lower case, no trailing dot. */
export function normalizeInstance(value: string): string {
  const parsed = parseSqlInstanceRef(value)
  if (!parsed) return value.trim()
  return parsed.instance ? `${parsed.server}\\${parsed.instance}` : parsed.server
}

/** `sip:` in lower case and the domain normalised like an FQDN; the user part as typed. */
export function normalizeSipUri(value: string): string {
  const trimmed = value.trim().replace(/^sip:/i, '')
  const at = trimmed.lastIndexOf('@')
  if (at < 0) return `sip:${trimmed}`
  return `sip:${trimmed.slice(0, at)}@${normalizeFqdn(trimmed.slice(at + 1))}`
}

/** A UNC path with its server name normalised; local paths as typed. */
export function normalizeUnc(value: string): string {
  const trimmed = value.trim()
  const match = /^\\\\([^\\]+)(\\.*)?$/.exec(trimmed)
  if (!match) return trimmed
  return `\\\\${normalizeFqdn(match[1] ?? '')}${match[2] ?? ''}`
}

export interface Target {
  fqdn: string
  store: string
  fileStore: string
  homePool: string
  existingContent: boolean
  pool: PchatPool
}

/** The target Persistent Chat pool with its values normalised, or undefined (PC-07). */
export function pchatTarget(answers: Answers): Target | undefined {
  const pool = targetPchatPool(answers)?.pool
  if (!pool) return undefined
  return {
    fqdn: normalizeFqdn(pool.fqdn),
    store: normalizeInstance(pool.storeInstance),
    fileStore: normalizeUnc(pool.fileStore),
    homePool: normalizeFqdn(pool.homePool),
    existingContent: pool.existingContent === 'yes',
    pool,
  }
}

/** Said wherever a command needs the target pool and the plan has none. */
export const NO_TARGET =
  'No command yet: the plan names no Persistent Chat pool as the migration target (blocker PC-07). Choose the target pool in the pools step.'

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}

/** The first finding of a rule, if it fired. Items that exist because of a rule key off this. */
export function fired(findings: readonly Finding[], ruleId: RuleId): Finding | undefined {
  return findings.find((f) => f.ruleId === ruleId)
}

/** How many things a finding is about, as the rule counted them (contract 1). */
export function findingCount(f: Finding | undefined): number | undefined {
  return f?.count
}
