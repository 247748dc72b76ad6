// Where every rule and checklist item comes from. IDs match
// ../shared/reference/lync-2013-migration.md; [S1] and [S2] are the seeds.
export const SOURCES = {
  S1: {
    title: 'Supported server migration paths and coexistence scenarios',
    url: 'https://technet.microsoft.com/en-us/library/Gg425764(v=OCS.15)',
  },
  S2: {
    title: 'Migration process - details (Group Chat to Persistent Chat)',
    url: 'https://technet.microsoft.com/en-us/library/JJ205264(v=OCS.15)',
  },
  S5: {
    title: 'Coexistence considerations (Group Chat and Persistent Chat)',
    url: 'https://technet.microsoft.com/en-us/library/JJ205131(v=OCS.15)',
  },
  S6: {
    title: 'Run backward compatibility for Persistent Chat Server',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/run-backward-compatibility-for-persistent-chat-server',
  },
  S7: {
    title: 'Export-CsPersistentChatData',
    url: 'https://learn.microsoft.com/powershell/module/skype/export-cspersistentchatdata',
  },
  S8: {
    title: 'Import-CsPersistentChatData',
    url: 'https://learn.microsoft.com/powershell/module/skype/import-cspersistentchatdata',
  },
  S9: {
    title: 'New-CsPersistentChatEndpoint',
    url: 'https://learn.microsoft.com/powershell/module/skype/new-cspersistentchatendpoint',
  },
  S10: {
    title: 'Database software support in Lync Server 2013',
    url: 'https://technet.microsoft.com/library/Gg398990(v=OCS.15)',
  },
  S13: {
    title: 'Components and topologies for Persistent Chat Server',
    url: 'https://technet.microsoft.com/en-us/library/Gg398500(v=OCS.15)',
  },
  S14: {
    title: 'Capacity planning for Persistent Chat Server',
    url: 'https://technet.microsoft.com/en-us/library/Gg615006(v=OCS.15)',
  },
  S15: {
    title: 'Set up system platforms (Persistent Chat)',
    url: 'https://technet.microsoft.com/en-us/library/JJ204783(v=OCS.15)',
  },
  S19: {
    title: 'Migration from Lync Server 2010 to Lync Server 2013 (phases)',
    url: 'https://technet.microsoft.com/en-us/library/JJ205369(v=OCS.15)',
  },
  S20: {
    title: 'Migration from Office Communications Server 2007 R2 to Lync Server 2013 (phases)',
    url: 'https://technet.microsoft.com/en-us/library/JJ205375(v=OCS.15)',
  },
  S31: {
    title: 'Migrating Group Chat servers',
    url: 'https://technet.microsoft.com/en-us/library/JJ688020(v=OCS.15)',
  },
  S32: {
    title: 'New-/Set-/Grant-CsPersistentChatPolicy',
    url: 'https://learn.microsoft.com/powershell/module/skype/set-cspersistentchatpolicy',
  },
  S33: {
    title: 'Get-/Set-CsPersistentChatRoom and Category',
    url: 'https://learn.microsoft.com/powershell/module/skype/get-cspersistentchatroom',
  },
  S30: {
    title: 'Administering servers after migration (Lync 2010 and 2013 admin tools)',
    url: 'https://technet.microsoft.com/en-us/library/JJ205023(v=OCS.15)',
  },
  S34: {
    title: 'Remove-CsTrustedApplicationPool',
    url: 'https://learn.microsoft.com/powershell/module/skype/remove-cstrustedapplicationpool',
  },
  S35: {
    title: 'Adding a Persistent Chat administrator',
    url: 'https://technet.microsoft.com/en-us/library/JJ205230(v=OCS.15)',
  },
  S55: {
    title: 'Get-CsTrustedApplication (its -Filter matches any part of the Identity)',
    url: 'https://learn.microsoft.com/powershell/module/skype/get-cstrustedapplication',
  },
  S56: {
    title: 'Start-CsWindowsService and Stop-CsWindowsService (local computer unless -ComputerName)',
    url: 'https://learn.microsoft.com/powershell/module/skype/start-cswindowsservice',
  },
  S16: {
    title: 'Required resources for Persistent Chat Server (same time zone as the next-hop pool)',
    url: 'https://technet.microsoft.com/en-us/library/JJ205211(v=OCS.15)',
  },
  S25a: {
    title: 'Move Conference Directories (Lync Server 2010)',
    url: 'https://technet.microsoft.com/en-us/library/Dn727126(v=OCS.15)',
  },
  S26: {
    title: 'Move the Lync Server 2010 Central Management Server to Lync Server 2013',
    url: 'https://technet.microsoft.com/en-us/library/JJ688013(v=OCS.15)',
  },
  S39: {
    title: 'Add Persistent Chat Server to the topology (file store, publisher rights, port 5041)',
    url: 'https://technet.microsoft.com/en-us/library/JJ205049(v=OCS.15)',
  },
  S40: {
    title: 'Backing up Persistent Chat databases (about 20 times the space of an export)',
    url: 'https://technet.microsoft.com/en-us/library/JJ945646(v=OCS.15)',
  },
  S41: {
    title: 'Failing over Persistent Chat Server (mgccomp is transient, not failed over)',
    url: 'https://technet.microsoft.com/en-us/library/JJ204772(v=OCS.15)',
  },
  S47: {
    title: 'Move-CsManagementServer (prerequisites; run locally)',
    url: 'https://learn.microsoft.com/powershell/module/skype/move-csmanagementserver',
  },
  S57: {
    title: 'Update DNS SRV records (every SIP domain, before the legacy pool goes)',
    url: 'https://technet.microsoft.com/en-us/library/JJ688139(v=OCS.15)',
  },
  S63: {
    title:
      'Community report: Persistent Chat pool-to-pool migration needs both SQL instances reachable (not re-checked)',
    url: 'https://ezcloudinfo.com/category/persistent-chat/',
  },
  S42: {
    title: 'Lync Server 2010 Group Chat Group Policy (LookupServerUri, ConfigurationMode)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg195779(v=ocs.14)',
  },
  S50: {
    title:
      'Move remaining users to Lync Server 2013 from OCS 2007 R2 (Move-CsLegacyUser cannot move names with leading or trailing spaces)',
    url: 'https://technet.microsoft.com/en-us/library/JJ687968(v=OCS.15)',
  },
  D29: {
    title:
      'KB 2466000: moving or enabling users with adminCount = 1 fails with "Insufficient access rights"',
    url: 'http://support.microsoft.com/kb/2466000',
  },
} as const

export type SourceId = keyof typeof SOURCES
