import { GC_PRODUCT_LABELS } from '../rules/group-chat'
import { psQuote } from './powershell'
import type { BuildContext, ChecklistItem } from './types'
import { MISSING, pchatTarget } from './values'

export function copyFiles({ answers, groupChat: gc }: BuildContext): ChecklistItem[] {
  if (!gc || gc.filesUsed !== 'yes') return []
  const target = pchatTarget(answers)
  const from = gc.legacyFileStore || MISSING('legacy file store')
  return [
    {
      id: 'FILE-01',
      title: 'XCOPY the whole upload folder to the Persistent Chat file store',
      details: [
        `Copy everything under ${from} to ${target.fileStore}, subfolders included. The migration tools do not copy files.`,
      ],
      commands: [`xcopy.exe ${psQuote(from)} ${psQuote(target.fileStore)} /E /I /H /K`],
      why: 'Because files were uploaded in rooms (GC-05).',
      sources: ['S2'],
    },
    {
      id: 'FILE-02',
      title: 'Tell users where files can be seen',
      details: [
        'The Lync 2013 client cannot upload or view files in chat rooms. Users who need the files keep using the legacy Group Chat client for them.',
      ],
      commands: [],
      why: 'Because files were uploaded in rooms (GC-05).',
      sources: ['S2'],
    },
  ]
}

export function portLookupUri({ answers, groupChat: gc }: BuildContext): ChecklistItem[] {
  if (!gc || gc.legacyClients !== 'yes') return []
  const target = pchatTarget(answers)
  const uri = gc.lookupUri.trim().replace(/^sip:/i, 'sip:')
  return [
    {
      id: 'URI-01',
      title: `Delete the Lookup Server user account ${uri.replace(/^sip:/, '')}`,
      details: [
        `Delete the Active Directory user account of the Lookup Server (${uri}). It pointed legacy clients to the Group Chat Lookup Service; the legacy pool and trusted entries are removed later.`,
      ],
      commands: [],
      why: 'Because legacy Group Chat clients must keep working with no client change.',
      sources: ['S2', 'S6'],
    },
    {
      id: 'URI-02',
      title: 'Create the legacy endpoint with the same SIP URI',
      details: [
        `Create the Persistent Chat contact object for ${target.fqdn} with the identical SIP URI, so legacy clients connect once the services start.`,
      ],
      commands: [
        `New-CsPersistentChatEndpoint -SipAddress ${psQuote(uri)} -PersistentChatPoolFqdn ${psQuote(target.fqdn)}`,
      ],
      why: 'Because legacy Group Chat clients must keep working with no client change.',
      sources: ['S2', 'S6', 'S9'],
    },
  ]
}

export function decommission({ answers, groupChat: gc }: BuildContext): ChecklistItem[] {
  if (!gc) return []
  const target = pchatTarget(answers)
  const product = GC_PRODUCT_LABELS[gc.sourceProduct]
  return [
    {
      id: 'DEC-01',
      title: 'Start the Persistent Chat services',
      details: [`Turn on all computers of ${target.fqdn} and start the services on each.`],
      commands: ['Start-CsWindowsService'],
      why: 'Always with Group Chat: migration step 9.',
      sources: ['S2', 'S34'],
    },
    {
      id: 'DEC-02',
      title: 'Verify the migrated data',
      details: ['Check categories and rooms in the Lync Server Control Panel and with PowerShell.'],
      commands: [
        `Get-CsPersistentChatCategory -PersistentChatPoolFqdn ${psQuote(target.fqdn)}`,
        `Get-CsPersistentChatRoom -PersistentChatPoolFqdn ${psQuote(target.fqdn)} | Select-Object Name, Category, Disabled`,
      ],
      why: 'Always with Group Chat: migration step 10.',
      sources: ['S2', 'S33'],
    },
    {
      id: 'DEC-03',
      title: `Uninstall ${product}`,
      details: [`Uninstall ${product} from every computer of the Group Chat pool ${gc.poolFqdn}.`],
      commands: [],
      why: 'Always with Group Chat: migration step 11.',
      sources: ['S2'],
    },
    {
      id: 'DEC-04',
      title: 'Remove the trusted application and its pool',
      details: [
        `Remove the Group Chat trusted application and the trusted application pool ${gc.poolFqdn}. This deletes them from the Central Management store and their Trusted Service Entries from Active Directory; Topology Builder's trusted application node does the same.`,
        'A pool with no Registrar value cannot be removed: set one first with Set-CsTrustedApplicationPool -Registrar.',
      ],
      commands: [
        `Get-CsTrustedApplication -Filter ${psQuote(`*${gc.poolFqdn}*`)} | Remove-CsTrustedApplication`,
        `Remove-CsTrustedApplicationPool -Identity ${psQuote(gc.poolFqdn)}`,
      ],
      caution:
        'UNCONFIRMED: whether Enable-CsTopology is needed after these removals; it is common practice.',
      why: 'Always with Group Chat: migration step 12.',
      sources: ['S2', 'S34'],
    },
    {
      id: 'DEC-05',
      title: 'Enable Persistent Chat for users by policy',
      details: [
        'No user can use Persistent Chat until a policy allows it: the global policy has EnablePersistentChat set to False. Users must also be homed on Lync Server 2013. Enable it globally, or create a policy and grant it to chosen users.',
      ],
      commands: ['Set-CsPersistentChatPolicy -Identity global -EnablePersistentChat $True'],
      why: 'Always with Group Chat: migration step 13.',
      sources: ['S2', 'S32'],
    },
  ]
}
