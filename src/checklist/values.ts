import type { Answers } from '../rules/answers'
import { targetPchatPool } from '../rules/pools'

// Placeholders stand in for answers not given yet, so a half-filled plan still
// reads; they are spelled so that nobody could run them by mistake.
export const MISSING = (what: string) => `<${what}>`

/** Working folder for the export files on the server where the cmdlets run. */
export const EXPORT_FOLDER = 'C:\\GroupChatMigration'
export const EXPORT_FILE = `${EXPORT_FOLDER}\\GroupChatExport.zip`
export const EXPORT_REPORT = `${EXPORT_FOLDER}\\Export.html`
export const IMPORT_WHATIF_REPORT = `${EXPORT_FOLDER}\\ImportWhatIf.html`
export const IMPORT_REPORT = `${EXPORT_FOLDER}\\Import.html`

export function pchatTarget(answers: Answers) {
  const target = targetPchatPool(answers)?.pool
  return {
    fqdn: target?.fqdn ?? MISSING('Persistent Chat pool FQDN'),
    store: target?.storeInstance ?? MISSING('Persistent Chat SQL instance'),
    fileStore: target?.fileStore ?? MISSING('Persistent Chat file store'),
    homePool: target?.homePool ?? MISSING('home pool'),
    activeServers: target?.activeServers,
    existingContent: target?.existingContent === 'yes',
    pool: target,
  }
}

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}
