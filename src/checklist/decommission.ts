import { normalizeFqdn } from '../rules/common'
import { GC_PRODUCT_LABELS } from '../rules/group-chat'
import { GET_SERVICE_CAUTION, pchatServersCommands } from './export-import'
import { psQuote } from './powershell'
import { remainingPhasesAfter } from './remaining-phases'
import {
  ACTIVE_DIRECTORY,
  CMDLET_HOST,
  LEGACY_SERVERS,
  POLICY_HOST,
  SERVICES_HOST,
  TOPOLOGY_HOST,
} from './run-on'
import type { BuildContext, ChecklistItem } from './types'
import { NO_TARGET, normalizeSipUri, pchatTarget } from './values'

export function decommission(ctx: BuildContext): ChecklistItem[] {
  const { answers, groupChat: gc } = ctx
  if (!gc) return remainingPhasesAfter(ctx)
  const target = pchatTarget(answers)
  const product = GC_PRODUCT_LABELS[gc.sourceProduct]
  const gcPool = normalizeFqdn(gc.poolFqdn)
  const ported = gc.legacyClients === 'yes'
  const legacyClient =
    gc.sourceProduct === 'ocs2007r2' ? 'Communicator 2007 R2 Group Chat' : 'Lync 2010 Group Chat'
  const legacyClientWords = `${legacyClient} clients reach Persistent Chat only through a legacy endpoint (the same SIP URI, or configured by hand for it).`
  const selectPool = `Get-CsTrustedApplication | Where-Object { $_.TrustedApplicationPoolFqdn -eq ${psQuote(gcPool)} }`
  const items: ChecklistItem[] = [
    {
      id: 'DEC-01',
      title: 'Start the Persistent Chat services',
      details: [
        target
          ? `Turn on all computers of ${target.fqdn} and start the services on each, naming each server with -ComputerName; then check that every service shows Running.`
          : NO_TARGET,
      ],
      commands: target
        ? [
            ...pchatServersCommands(target.fqdn),
            'foreach ($computer in $pchatServers) { Start-CsWindowsService -ComputerName $computer }',
            'foreach ($computer in $pchatServers) { Get-CsWindowsService -ComputerName $computer }',
          ]
        : [],
      caution: `Without -ComputerName, Start-CsWindowsService starts the services of the local computer only. The server names come from the pool\u2019s Computers as Get-CsPool lists them; that property is not in the reference, so compare the list with Topology Builder. ${GET_SERVICE_CAUTION}`,
      runOn: SERVICES_HOST,
      confirm:
        'Does Get-CsWindowsService show every service Running on every Persistent Chat server?',
      why: 'Always with Group Chat: migration step 9.',
      sources: ['S2', 'S56'],
    },
    {
      id: 'DEC-02',
      title: 'Verify the migrated data',
      details: [
        'Check categories and rooms in the Lync Server Control Panel and with PowerShell; rooms you disabled before export should show Disabled.',
      ],
      commands: target
        ? [
            `Get-CsPersistentChatCategory -PersistentChatPoolFqdn ${psQuote(target.fqdn)}`,
            `Get-CsPersistentChatRoom -PersistentChatPoolFqdn ${psQuote(target.fqdn)} | Select-Object Name, Category, Disabled`,
          ]
        : [],
      runOn: CMDLET_HOST,
      confirm: 'Are the migrated categories and rooms all there?',
      why: 'Always with Group Chat: migration step 10.',
      sources: ['S2', 'S33'],
    },
  ]
  if (ported) {
    items.push({
      id: 'DEC-06',
      title: 'Verify the legacy endpoint and a legacy client sign-in',
      details: [
        `Check that the endpoint with ${normalizeSipUri(gc.lookupUri)} exists, then sign in with a legacy Group Chat client (one that had worked before) and open a migrated room.`,
      ],
      commands: ['Get-CsPersistentChatEndpoint'],
      runOn: `${CMDLET_HOST} Then a legacy Group Chat client, as an ordinary user.`,
      confirm: 'Does the endpoint exist, and did a legacy client sign in and open a room?',
      why: 'Because legacy Group Chat clients must keep working with no client change.',
      sources: ['S6', 'S9'],
    })
  }
  items.push(
    {
      id: 'DEC-03',
      title: `Uninstall ${product}`,
      details: [
        `Only after the checks above: uninstall ${product} from every computer of the Group Chat pool ${gcPool}. If compliance was used, its legacy data must already be kept (PREP-11).`,
      ],
      commands: [],
      runOn: LEGACY_SERVERS(gcPool),
      rollback:
        'None from here on: rolling back would mean reinstalling Group Chat and restoring PREP-01.',
      confirm: `Is ${product} uninstalled from every server of ${gcPool}?`,
      why: 'Always with Group Chat: migration step 11.',
      sources: ['S2'],
    },
    ...(ported ? [] : [retireLookupAccount(gc.lookupUri, gcPool)]),
    {
      id: 'DEC-04',
      title: 'Remove the trusted application and its pool',
      details: [
        `Remove the Group Chat trusted applications and the trusted application pool ${gcPool}: select exactly that pool\u2019s applications, read the list, remove them with -WhatIf, then for real; the same for the pool. This deletes them from the Central Management store and their Trusted Service Entries from Active Directory; Topology Builder\u2019s trusted application node does the same.`,
        'Do it before the legacy Front End pool that homes the Group Chat pool is removed (DEC-08): a trusted pool without a Registrar value cannot be removed. If the home pool is already gone, set a surviving pool with Set-CsTrustedApplicationPool -Registrar first, only to remove it.',
        'The last list command must return nothing. Enable-CsTopology at the end is optional.',
        ...(gc.sourceProduct === 'ocs2007r2'
          ? [
              'OCS 2007 R2: the merge of the OCS topology (Merge wizard, or Merge-CsLegacyTopology) must be run again after any change to the OCS topology, so run it again once OCS 2007 R2 Group Chat is uninstalled (DEC-03).',
            ]
          : []),
      ],
      commands: [
        selectPool,
        `${selectPool} | Remove-CsTrustedApplication -WhatIf`,
        `${selectPool} | Remove-CsTrustedApplication`,
        `Remove-CsTrustedApplicationPool -Identity ${psQuote(gcPool)} -WhatIf`,
        `Remove-CsTrustedApplicationPool -Identity ${psQuote(gcPool)}`,
        selectPool,
        'Enable-CsTopology',
      ],
      pauses: [
        ...(gc.sourceProduct === 'ocs2007r2'
          ? [
              {
                before: 0,
                question:
                  'Did you run the merge of the OCS topology again (Merge wizard, or Merge-CsLegacyTopology) after OCS 2007 R2 Group Chat was uninstalled (DEC-03)?',
              },
            ]
          : []),
        {
          before: 2,
          question: `Do the list and the -WhatIf show only the applications of ${gcPool}?`,
        },
        {
          before: 4,
          question: `Does the -WhatIf name only the trusted application pool ${gcPool}?`,
        },
        {
          before: 6,
          optional: true,
          question:
            'Run Enable-CsTopology now? Optional: whether it is needed after these removals is UNCONFIRMED (common practice).',
        },
      ],
      caution: `${
        gc.sourceProduct === 'ocs2007r2'
          ? 'UNCONFIRMED: whether an OCS 2007 R2 Group Chat pool exists as a Lync Server trusted application pool that these cmdlets can remove; if the first list is empty, remove it with the OCS 2007 R2 tools and your OCS records. '
          : ''
      }Get-CsTrustedApplication -Filter matches any part of the Identity (other pools whose name contains this one, application IDs), so the commands compare TrustedApplicationPoolFqdn for equality instead. Remove-CsTrustedApplicationPool also removes every computer, application and endpoint in the pool. Enable-CsTopology runs for RTCUniversalServerAdmins only if setup permissions were delegated with Set-CsSetupPermission; otherwise a domain admin runs it.`,
      runOn: TOPOLOGY_HOST,
      confirm: `Does the last list return nothing, with the trusted application pool ${gcPool} removed?`,
      why: 'Always with Group Chat: migration step 12.',
      sources: ['S2', 'S55', 'S34'],
    },
    {
      id: 'DEC-09',
      title: 'Check the site Persistent Chat policies before the global one',
      details: [
        'No user can use Persistent Chat until a policy allows it: the global policy has EnablePersistentChat set to False, and users must also be homed on Lync Server 2013.',
        'List the policies. A site policy (its Identity is site: followed by the site name) applies to that site\u2019s users instead of the global one, and a per-user grant instead of both: enable Persistent Chat in each site policy that should allow it (Set-CsPersistentChatPolicy with that Identity and -EnablePersistentChat $True), or those users stay without it after DEC-05.',
        'To enable chosen users only, skip DEC-05 (answer no at its question): create a policy with New-CsPersistentChatPolicy, naming it with -Identity and passing -EnablePersistentChat $True, and grant it to each user with Grant-CsPersistentChatPolicy -Identity (the user) -PolicyName (the policy\u2019s name). Grant-CsPersistentChatPolicy -PolicyName $Null removes a grant.',
      ],
      commands: ['Get-CsPersistentChatPolicy'],
      caution:
        'UNCONFIRMED: Get-CsPersistentChatPolicy is not in the reference (only Set-, New- and Grant-CsPersistentChatPolicy are); it only reads.',
      runOn: POLICY_HOST,
      confirm:
        'Are the site policies set, and is it decided whether DEC-05 enables everyone or you grant chosen users instead?',
      why: 'Always with Group Chat: site policies take precedence over the global one.',
      sources: ['S32'],
    },
    {
      id: 'DEC-05',
      title: 'Enable Persistent Chat for users by policy',
      details: [
        'The command enables Persistent Chat in the global policy, for every user homed on Lync Server 2013 whom no site policy or per-user grant covers (DEC-09).',
      ],
      commands: ['Set-CsPersistentChatPolicy -Identity global -EnablePersistentChat $True'],
      pauses: [
        {
          before: 0,
          optional: true,
          question:
            'Enable Persistent Chat for EVERY user via the global policy? Answer no if you grant chosen users instead (DEC-09).',
        },
      ],
      runOn: POLICY_HOST,
      why: 'Always with Group Chat: migration step 13.',
      sources: ['S2', 'S32'],
    },
    {
      id: 'DEC-07',
      title: 'Roll out the Lync 2013 clients',
      details: [
        'Deploy the Lync 2013 client to users homed on Lync Server 2013. It works only with a Lync Server 2013 Persistent Chat pool, never with a legacy Group Chat pool, and cannot upload or view room files.',
        `The legacy Group Chat pool is gone (DEC-03, DEC-04). ${ported ? '' : `${legacyClientWords} `}${
          ported
            ? `${legacyClient} clients keep reaching Persistent Chat through the legacy endpoint of URI-02, one pool at a time.`
            : `This plan creates no legacy endpoint, so ${legacyClient} clients no longer reach any chat rooms: move their users to the Lync 2013 client.`
        }${gc.sourceProduct === 'ocs2007r2' ? ' Communicator 2007 R2 users join Lync Server 2013 meetings with Lync Web App 2013.' : ''}`,
      ],
      commands: [],
      runOn: 'Your software distribution, for the users homed on Lync Server 2013.',
      confirm: 'Is the Lync 2013 client rolled out to the users enabled for Persistent Chat?',
      why: 'Always with Group Chat: the last step of seed 004 enables Persistent Chat through the new clients.',
      sources: ['S2', 'S5', 'S31'],
    },
  )
  items.push(...remainingPhasesAfter(ctx))
  return items
}

/** DEC-10: without a ported URI nothing deletes the ocschat@ account, and the pool-empty gate would find it. */
function retireLookupAccount(lookupUri: string, gcPool: string): ChecklistItem {
  const uri = lookupUri.trim() ? normalizeSipUri(lookupUri) : undefined
  const account = uri ? uri.replace(/^sip:/, '') : 'ocschat@ (the Lookup Server account)'
  return {
    id: 'DEC-10',
    title: `Delete the Lookup Server user account ${account}, no longer used`,
    details: [
      `The Lookup Server URI is not ported, so nothing else removes this account. It is a SIP-enabled user that the Group Chat Lookup Service registered with, homed on the legacy pool with the Group Chat pool ${gcPool}; with Group Chat uninstalled (DEC-03), nothing uses it. Delete it before the pool-empty gate (DEC-08), whose Get-CsUser check would otherwise find it on the legacy pool.`,
    ],
    commands: [],
    runOn: ACTIVE_DIRECTORY,
    confirm: `Is the account ${account} deleted from Active Directory?`,
    why: 'Because the Lookup Server URI is not ported (legacy clients need not keep working unchanged).',
    sources: ['S2', 'S6'],
  }
}
