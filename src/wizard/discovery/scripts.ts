import type { Answers } from '../../rules/answers'
import type { CompanionQuery } from '../../discovery/group-chat-sql'
import {
  companionQuery,
  INVENTORY_APPROXIMATIONS,
  roomInventoryQuery,
  roomInventoryScript,
  ROOM_INVENTORY_FILE,
  SCHEMA_NOTE,
  sqlWrapperScript,
} from '../../discovery/group-chat-sql'
import { buildOcsDiscoveryScript, OCS_DISCOVERY_FILE } from '../../discovery/ocs'
import { buildPreflightScript, PREFLIGHT_FILE } from '../../discovery/preflight'
import type { ScriptInfo } from './script-panel'

const NO_SEND = 'It changes nothing and sends nothing anywhere; its output stays on your computer.'

export function ocsScript(answers: Answers): ScriptInfo {
  return {
    title: 'OCS 2007 R2 discovery script',
    fileName: 'ocs-discovery.ps1',
    text: buildOcsDiscoveryScript(answers),
    does: `Reads the OCS 2007 R2 pool settings, SIP domains and version through WMI, and the forest's schema version from Active Directory, and writes ${OCS_DISCOVERY_FILE}. Import that file here: the schema version also tells OCS 2007 from OCS 2007 R2.`,
    doesNot: `${NO_SEND} It writes only ${OCS_DISCOVERY_FILE}.`,
    runOn:
      'An OCS 2007 R2 server (or a computer with its administrative tools), as a user who can read the OCS settings; Windows PowerShell 2.0 or later.',
    notes: [
      'UNCONFIRMED: Microsoft documentation does not name the WMI namespace of these classes; the script uses root\\cimv2 and says so when a class is not found.',
    ],
  }
}

export function preflightScript(answers: Answers): ScriptInfo {
  return {
    title: 'Pre-flight checks',
    fileName: 'preflight.ps1',
    text: buildPreflightScript(answers),
    does: `Checks what can be caught before the window: both SQL Server instances answer, the Persistent Chat file store exists and you can write to it, a Persistent Chat policy is enabled, protected accounts and the Lookup Server account. Writes ${PREFLIGHT_FILE}; import it here and each result becomes a finding with its PRE-FLIGHT ID.`,
    doesNot: `${NO_SEND} It writes only ${PREFLIGHT_FILE}. It cannot see a Lookup Server URI pinned by Group Policy on clients: that one is checked by hand.`,
    runOn:
      'The Lync Server 2013 computer that will run Export-CsPersistentChatData and Import-CsPersistentChatData, in the Lync Server Management Shell, as the account that will run the migration.',
  }
}

const SQL_NOTE = SCHEMA_NOTE

export function inventoryScripts(sqlInstance: string, database: string): ScriptInfo[] | string {
  const query = roomInventoryQuery(database)
  const script = roomInventoryScript(sqlInstance, database)
  if (!query.ok) return query.message
  if (!script.ok) return script.message
  const notes = [SQL_NOTE, ...INVENTORY_APPROXIMATIONS.map((a) => `Approximation: ${a}`)]
  return [
    {
      title: 'Room inventory: PowerShell wrapper',
      fileName: 'groupchat-room-inventory.ps1',
      text: script.text,
      does: `Runs the room inventory query below with your Windows account and writes ${ROOM_INVENTORY_FILE} in the planner's inventory format (extra columns: node_id, depth, room_invitations, message_count, last_post, name_has_slash). Import that file in the Group Chat step's room inventory.`,
      doesNot: `${NO_SEND} The query only reads (SELECT); counting messages scans the chat table, so run it off-hours.`,
      runOn:
        'Any Windows computer that reaches the Group Chat SQL Server instance, as a user with read access to the Group Chat database (db_datareader).',
      notes,
    },
    {
      title: 'Room inventory: the query alone',
      fileName: 'groupchat-room-inventory.sql',
      text: query.text,
      does: 'The same query, for SQL Server Management Studio: walks the category tree, resolves inherited invitation settings and counts federated members, one row per room.',
      doesNot:
        'It only reads (SELECT). Saved from Management Studio, the result needs the header row and comma separators to import.',
      runOn: 'SQL Server Management Studio, connected to the Group Chat database.',
    },
  ]
}

export function companionScript(
  q: CompanionQuery,
  sqlInstance: string,
  database: string,
): ScriptInfo | string {
  const query = companionQuery(q.id, database)
  if (!query.ok) return query.message
  return {
    title: q.title,
    fileName: q.fileName.replace(/\.csv$/, '.ps1'),
    text: sqlWrapperScript({
      title: q.title,
      sqlInstance,
      database,
      sql: query.text,
      fileName: q.fileName,
    }),
    does: `${q.answers} Writes ${q.fileName}; import it or paste its rows below.`,
    doesNot: `${NO_SEND} The query only reads (SELECT).`,
    runOn:
      'Any Windows computer that reaches the Group Chat SQL Server instance, as a user with read access to the Group Chat database.',
    notes: [SQL_NOTE],
  }
}
