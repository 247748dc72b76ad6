import { psQuote } from './powershell'
import type { BuildContext, ChecklistItem } from './types'
import { fired, NO_TARGET, normalizeUnc, pchatTarget } from './values'

const countFiles = (path: string) =>
  `(Get-ChildItem -LiteralPath ${psQuote(path)} -Recurse -Force | Where-Object { -not $_.PSIsContainer } | Measure-Object).Count`

export function copyFiles({ answers, findings, groupChat: gc }: BuildContext): ChecklistItem[] {
  if (!gc || !fired(findings, 'GC-05')) return []
  const target = pchatTarget(answers)
  const from = gc.legacyFileStore ? normalizeUnc(gc.legacyFileStore) : undefined
  const ported = gc.legacyClients === 'yes'
  const local = from !== undefined && !from.startsWith('\\\\')
  return [
    {
      id: 'FILE-01',
      title: 'XCOPY the whole upload folder to the Persistent Chat file store',
      details: [
        from && target
          ? `Copy everything under ${from} to ${target.fileStore}, subfolders included. The migration tools do not copy files.`
          : target
            ? 'No command yet: the plan has no legacy file store path. Enter it in the Group Chat step.'
            : NO_TARGET,
        `Run it where the legacy folder is a local path${local ? ` (${from} is local to a Group Chat server: run it there)` : ''}, so the copy does not go through a second share. The account needs read on the legacy folder and write on the Persistent Chat file store share.`,
        'Then compare the two file counts the last commands print: the file store must hold at least as many files as the legacy folder (more if Persistent Chat already stored files there).',
      ],
      commands:
        from && target
          ? [
              `xcopy.exe ${psQuote(from)} ${psQuote(target.fileStore)} /E /I /H /K`,
              countFiles(from),
              countFiles(target.fileStore),
            ]
          : [],
      caution:
        'UNCONFIRMED: the folder inside the file store share where Persistent Chat expects the files; seed 004 says only to copy the whole folder to the file store. The command copies into the file store path of the plan.',
      runOn: local
        ? 'Windows PowerShell on the Group Chat server that holds the legacy folder, as an account with read on it and write on the Persistent Chat file store share. Define Confirm-Step and Confirm-Optional (the two functions at the top of the script) in that shell first.'
        : 'Windows PowerShell on the file server that holds the legacy folder, as an account with read on it and write on the Persistent Chat file store share. Define Confirm-Step and Confirm-Optional (the two functions at the top of the script) in that shell first.',
      rollback: 'The legacy folder is not changed; its backup is PREP-12.',
      confirm: 'Does the file store hold at least as many files as the legacy folder?',
      why: 'Because files were uploaded in rooms (GC-05).',
      sources: ['S2'],
    },
    {
      id: 'FILE-02',
      title: 'Tell users where files can be seen',
      details: [
        'The Lync 2013 client cannot upload or view files in chat rooms; legacy Group Chat clients still can.',
        ported
          ? 'Legacy clients keep reaching the new pool through the legacy endpoint (URI-02) with no change, so users who need the files keep using the legacy client for them.'
          : 'The Lookup Server URI is not ported and this plan creates no legacy endpoint, so legacy clients do not reach the new pool: a legacy client reaches Persistent Chat only through a legacy endpoint (with a new SIP URI, configured by hand in the client, one pool at a time). Users who need the files need such an endpoint and that configuration.',
      ],
      commands: [],
      runOn: 'Planning: the migration lead, in the announcement to users.',
      confirm: 'Are the users who need room files told which client shows them?',
      why: 'Because files were uploaded in rooms (GC-05).',
      sources: ['S2', 'S6'],
    },
  ]
}
