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
} as const

export type SourceId = keyof typeof SOURCES
