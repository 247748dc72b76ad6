import { psQuote } from './powershell'
import { ENDPOINT_HOST, ACTIVE_DIRECTORY } from './run-on'
import type { BuildContext, ChecklistItem } from './types'
import { fired, NO_TARGET, normalizeSipUri, pchatTarget } from './values'

export function portLookupUri({ answers, findings, groupChat: gc }: BuildContext): ChecklistItem[] {
  if (!gc || gc.legacyClients !== 'yes') return []
  const target = pchatTarget(answers)
  const invalid = fired(findings, 'GC-09')
  const uri = normalizeSipUri(gc.lookupUri)
  return [
    {
      id: 'URI-01',
      title: `Delete the Lookup Server user account ${uri.replace(/^sip:/, '')}`,
      details: [
        `Delete the Active Directory user account of the Lookup Server (${uri}). It pointed legacy clients to the Group Chat Lookup Service; the legacy pool and trusted entries are removed later (DEC-04).`,
      ],
      commands: [],
      caution:
        'UNCONFIRMED: whether legacy Group Chat keeps working if this account was moved to Lync Server 2013 first; leave it out of bulk user moves.',
      runOn: ACTIVE_DIRECTORY,
      rollback: `After this, rolling back to legacy Group Chat takes, in this order: remove the legacy endpoint of URI-02 first (Remove-CsPersistentChatEndpoint -Identity ${psQuote(uri)}), because it holds the same SIP URI; then recreate the account, SIP-enabled with ${uri} and homed on the legacy pool. UNCONFIRMED: whether a recreated account (a new Active Directory object) brings the legacy Lookup Service back; the sources document no rollback of this step.`,
      confirm: `Is the account ${uri.replace(/^sip:/, '')} deleted from Active Directory?`,
      why: 'Because legacy Group Chat clients must keep working with no client change.',
      sources: ['S2', 'S6'],
    },
    {
      id: 'URI-02',
      title: 'Create the legacy endpoint with the same SIP URI',
      details: [
        invalid
          ? 'No command yet: the Lookup Server URI of the plan is not valid (blocker GC-09).'
          : target
            ? `Create the Persistent Chat contact object for ${target.fqdn} with the identical SIP URI ${uri}, so legacy clients connect once the services start.`
            : NO_TARGET,
        'Legacy clients connect to one pool at a time; Lync 2013 clients do not use this endpoint.',
      ],
      commands:
        target && !invalid
          ? [
              `New-CsPersistentChatEndpoint -SipAddress ${psQuote(uri)} -PersistentChatPoolFqdn ${psQuote(target.fqdn)}`,
            ]
          : [],
      caution: `If the Lync 2010 Group Chat clients have LookupServerUri (or ConfigurationMode) set by Group Policy (GroupChatConsole.adm template), the endpoint must use that same URI, or the policy must change before cutover. Where these settings sit in the registry is UNCONFIRMED.${gc.sourceProduct === 'ocs2007r2' ? ' These policy settings are documented for the Lync 2010 Group Chat client; whether Communicator 2007 R2 Group Chat clients have an equivalent is UNCONFIRMED.' : ''}`,
      runOn: ENDPOINT_HOST,
      rollback: 'Remove-CsPersistentChatEndpoint removes the endpoint again.',
      why: 'Because legacy Group Chat clients must keep working with no client change.',
      sources: ['S2', 'S6', 'S9'],
    },
  ]
}
