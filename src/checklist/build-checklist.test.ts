import { describe, expect, it } from 'vitest'
import type { Answers } from '../rules/answers'
import { makeAnswers, makePchatPool, withSlice } from '../rules/test-factory'
import { absentNotes, buildChecklist, checklistItemIds, checklistItems } from './build-checklist'
import { SECTION_HEADINGS } from './types'

const gc = (patch: Partial<NonNullable<Answers['groupChat']>>, base = makeAnswers()) =>
  withSlice('groupChat', patch, base)
const ids = (answers: Answers) => checklistItemIds(buildChecklist(answers))
const item = (answers: Answers, id: string) => {
  const found = checklistItems(buildChecklist(answers)).find((i) => i.id === id)
  if (!found) throw new Error(`${id} missing`)
  return found
}
const ALWAYS_WITH_GC = [
  ...['PRE-01', 'PRE-02', 'PRE-03', 'PRE-04', 'PRE-05', 'PRE-06', 'PRE-07', 'PRE-08', 'PRE-09'],
  ...['PREP-01', 'PREP-11', 'PREP-04'],
  ...['EXP-10', 'EXP-09', 'EXP-01', 'EXP-02', 'EXP-03', 'EXP-04', 'EXP-06', 'EXP-07', 'EXP-08'],
  ...['URI-01', 'URI-02'],
  ...['DEC-01', 'DEC-02', 'DEC-06', 'DEC-03', 'DEC-04', 'DEC-09', 'DEC-05', 'DEC-07', 'DEC-08'],
  ...['DEC-11', 'DEC-12'],
]

describe('buildChecklist', () => {
  it('has the six sections, in order, with their headings, when all apply', () => {
    expect(
      buildChecklist(gc({ filesUsed: 'yes', legacyFileStore: 'D:\\F' })).sections.map(
        (s) => s.heading,
      ),
    ).toEqual([
      'Prerequisites',
      'Prepare the source data',
      'Export and import',
      'Copy chat room files',
      'Port the Lookup Server URI',
      'Decommission',
    ])
    expect(Object.values(SECTION_HEADINGS)).toHaveLength(6)
  })

  it('gives the baseline Lync 2010 plan exactly the items that always apply', () => {
    expect(ids(makeAnswers())).toEqual(ALWAYS_WITH_GC)
  })

  it('says where every item runs, and asks a question before going on past every manual step', () => {
    for (const i of checklistItems(
      buildChecklist(gc({ filesUsed: 'yes', legacyFileStore: 'D:\\F' })),
    )) {
      expect(i.runOn, i.id).toMatch(/\w{3}/)
      if (i.commands.length === 0) expect(i.confirm, i.id).toMatch(/\?$/)
    }
  })

  it('leaves out every Group Chat section, with a note, when there is no Group Chat', () => {
    const checklist = buildChecklist(withSlice('source', { groupChat: 'no' }))
    expect(checklistItemIds(checklist)).toEqual(['PRE-01', 'PRE-02', 'PRE-03', 'PRE-04', 'PRE-05'])
    // Sections that do not apply are absent, and the note says why, once.
    expect(checklist.sections.map((s) => s.id)).toEqual(['prerequisites'])
    expect(absentNotes(checklist)).toEqual([
      {
        headings: [
          'Prepare the source data',
          'Export and import',
          'Copy chat room files',
          'Port the Lookup Server URI',
          'Decommission',
        ],
        reason: 'Group Chat is not deployed, so there is no Group Chat data to migrate.',
        text: 'Prepare the source data, Export and import, Copy chat room files, Port the Lookup Server URI, Decommission: Group Chat is not deployed, so there is no Group Chat data to migrate.',
      },
    ])
  })

  it('lists the remaining phases without Group Chat too, the decommissioning last', () => {
    const answers = withSlice('source', { groupChat: 'no', othersOnLync2013: 'no' })
    expect(ids(answers)).toEqual([
      ...['PRE-01', 'PRE-02', 'PRE-03', 'PRE-04', 'PRE-05'],
      'PRE-08',
      ...['DEC-08', 'DEC-11', 'DEC-12'],
    ])
    expect(item(answers, 'PRE-08').details.join('\n')).toMatch(/Phase 7: post-migration/)
    expect(item(answers, 'PRE-08').details.join('\n')).not.toMatch(/Phase 8/)
    expect(item(answers, 'DEC-12').details.join('\n')).toMatch(/Phase 8: decommission/)
    expect(item(answers, 'DEC-08').caution).toBeUndefined()
    expect(JSON.stringify(item(answers, 'PRE-08'))).not.toMatch(/ocschat/)
    expect(item(answers, 'DEC-08').commands).toContain(
      "Get-CsUser -Filter {RegistrarPool -eq 'pool10.contoso.com'}",
    )
  })

  it('adds the file copy, its backup and a count check only when files were used', () => {
    expect(ids(makeAnswers())).not.toContain('FILE-01')
    const answers = gc({ filesUsed: 'yes', legacyFileStore: 'D:\\GroupChat\\Files' })
    expect(ids(answers)).toEqual(
      expect.arrayContaining(['PREP-06', 'PREP-12', 'FILE-01', 'FILE-02']),
    )
    const copy = item(answers, 'FILE-01')
    expect(copy.commands[0]).toBe(
      "xcopy.exe 'D:\\GroupChat\\Files' '\\\\fs01.contoso.com\\pchatfiles' /E /I /H /K",
    )
    expect(copy.commands.slice(1).join('\n')).toMatch(
      /Get-ChildItem -LiteralPath 'D:\\GroupChat\\Files'.*Count/,
    )
    expect(copy.runOn).toMatch(/Group Chat server that holds the legacy folder/)
    expect(ids(answers).indexOf('PREP-12')).toBeLessThan(ids(answers).indexOf('FILE-01'))
  })

  it('words FILE-02 by whether the Lookup Server URI is ported', () => {
    const files = { filesUsed: 'yes', legacyFileStore: 'D:\\F' } as const
    expect(item(gc(files), 'FILE-02').details.join(' ')).toMatch(/legacy endpoint \(URI-02\)/)
    expect(item(gc({ ...files, legacyClients: 'no' }), 'FILE-02').details.join(' ')).toMatch(
      /not ported/,
    )
  })

  it('ports the Lookup Server URI only when legacy clients must keep working', () => {
    const without = buildChecklist(gc({ legacyClients: 'no' }))
    expect(checklistItemIds(without)).not.toContain('URI-02')
    expect(checklistItemIds(without)).not.toContain('DEC-06')
    expect(without.sections.map((s) => s.id)).not.toContain('lookup')
    expect(without.absent.find((a) => a.id === 'lookup')?.reason).toMatch(
      /^No Lookup Server URI to port: legacy Group Chat clients need not keep working/,
    )
    expect(item(gc({ lookupUri: 'SIP:ocschat@contoso.com' }), 'URI-02').commands).toEqual([
      "New-CsPersistentChatEndpoint -SipAddress 'sip:ocschat@contoso.com' -PersistentChatPoolFqdn 'pchat.contoso.com'",
    ])
    expect(item(makeAnswers(), 'URI-02').caution).toMatch(/LookupServerUri/)
    expect(item(makeAnswers(), 'DEC-06').commands).toEqual(['Get-CsPersistentChatEndpoint'])
  })

  it('passes the cutoff date as -StartDate, with the documented contradiction on the export', () => {
    expect(item(makeAnswers(), 'EXP-02').commands[0]).not.toContain('-StartDate')
    expect(item(makeAnswers(), 'EXP-02').caution).not.toMatch(/RoomDirectory/)
    const answers = gc({ cutoffDate: '2010-01-01' })
    expect(item(answers, 'EXP-02').commands).toEqual([
      "Export-CsPersistentChatData -DBInstance 'gcsql.contoso.com\\groupchat' -DBName 'GroupChat' -FileName 'C:\\GroupChatMigration\\GroupChatExport.zip' -Report 'C:\\GroupChatMigration\\Export.html' -StartDate '2010-01-01'",
    ])
    expect(item(answers, 'EXP-02').caution).toMatch(/RoomDirectory/)
  })

  it('creates the working folder before anything writes to it', () => {
    const list = ids(makeAnswers())
    expect(item(makeAnswers(), 'PRE-09').commands).toEqual([
      "New-Item -ItemType Directory -Path 'C:\\GroupChatMigration' -Force",
      "New-Item -ItemType Directory -Path 'C:\\GroupChatMigration\\Trial' -Force",
    ])
    expect(list.indexOf('PRE-09')).toBeLessThan(list.indexOf('EXP-09'))
  })

  it('backs up the Persistent Chat database only when content already exists (PC-04)', () => {
    expect(ids(makeAnswers())).not.toContain('EXP-05')
    const answers = withSlice('pools', { pchatPools: [makePchatPool({ existingContent: 'yes' })] })
    expect(ids(answers)).toContain('EXP-05')
    expect(item(answers, 'EXP-05').details[0]).toContain('pcsql.contoso.com\\pchat')
    expect(item(answers, 'EXP-08').rollback).toMatch(/EXP-05/)
  })

  it('titles PRE-06 "keep it empty" only while the pool is empty', () => {
    expect(item(makeAnswers(), 'PRE-06').title).toMatch(/keep it empty/)
    const answers = withSlice('pools', { pchatPools: [makePchatPool({ existingContent: 'yes' })] })
    expect(item(answers, 'PRE-06').title).not.toMatch(/empty/)
  })

  it('runs the trial export, then the -WhatIf import before the real one, into the target store', () => {
    const list = ids(makeAnswers())
    expect(list.indexOf('EXP-09')).toBeLessThan(list.indexOf('EXP-01'))
    expect(list.indexOf('EXP-06')).toBeLessThan(list.indexOf('EXP-08'))
    expect(item(makeAnswers(), 'EXP-06').commands[0]).toMatch(
      /^Import-CsPersistentChatData -DBInstance 'pcsql\.contoso\.com\\pchat' .* -WhatIf$/,
    )
    expect(item(makeAnswers(), 'EXP-09').commands).toEqual([
      expect.stringMatching(/^Export-CsPersistentChatData .*Trial/),
    ])
    expect(item(makeAnswers(), 'EXP-08').caution).toMatch(/XML file/)
  })

  it('says which dry-run warnings may be accepted, and what a legacy fix costs', () => {
    const text = item(makeAnswers(), 'EXP-07').details.join(' ')
    expect(text).toMatch(/invitations off.*by design/)
    expect(text).toMatch(/starting the .* services again/)
  })

  it('inspects the .zip itself, not only the report', () => {
    expect(item(makeAnswers(), 'EXP-03').details.join(' ')).toMatch(/open the \.zip itself/)
  })

  it('keeps the legacy compliance data, saying the export may not carry it', () => {
    expect(item(makeAnswers(), 'PREP-11').caution).toMatch(/UNCONFIRMED.*compliance/)
  })

  it('has a rollback item that changes once the ocschat account is deleted', () => {
    const back = item(makeAnswers(), 'EXP-10').details.join(' ')
    expect(back).toMatch(/Until the ocschat@ .* deleted \(URI-01\)/)
    expect(back).toMatch(/recreated/)
    expect(item(makeAnswers(), 'URI-01').rollback).toMatch(/recreated/)
  })

  it('adds each preparation step only where it applies, with the numbers, in the Group Chat Admin Tool', () => {
    const answers = gc({
      categoryDepth: 3,
      rootManagers: 'yes',
      invitationsOffCategories: 2,
      federatedRooms: 5,
      roomsNotToMigrate: 7,
    })
    expect(ids(answers)).toEqual(
      expect.arrayContaining(['PREP-02', 'PREP-03', 'PREP-05', 'PREP-07', 'PREP-08']),
    )
    expect(item(answers, 'PREP-08').title).toBe('Disable the 7 rooms not to migrate')
    expect(item(answers, 'PREP-07').details[0]).toContain('5 rooms have')
    for (const id of ['PREP-02', 'PREP-03', 'PREP-05', 'PREP-08']) {
      expect(item(answers, id).details.join(' '), id).toContain('in the Group Chat Admin Tool')
    }
    for (const id of ['PREP-02', 'PREP-03', 'PREP-05', 'PREP-07', 'PREP-08', 'PREP-09']) {
      expect(ids(makeAnswers())).not.toContain(id)
    }
  })

  it('states the separator assumption only where a room inventory exists', () => {
    expect(item(gc({ categoryDepth: 3 }), 'PREP-02').caution).toBeUndefined()
    expect(item(makeAnswers(), 'PREP-04').caution).toBeUndefined()
    const withInventory = gc({
      inventory: { separator: ' - ', rooms: [], totalRooms: 0, existingNames: [] },
    })
    expect(item(withInventory, 'PREP-04').caution).toMatch(/assumes " - "/)
  })

  it('quotes seed 000 on SQL, and tailors it for Standard Edition with Express', () => {
    expect(item(makeAnswers(), 'PRE-04').details[0]).toContain(
      '"You must use separate and distinct computers running Microsoft SQL Server 2008 R2 or Microsoft SQL Server 2012',
    )
    expect(item(makeAnswers(), 'PRE-04').details.join(' ')).not.toMatch(/Express/)
    const se = withSlice('pools', {
      lyncPools: [
        { fqdn: 'se13.contoso.com', edition: 'standard', sqlInstance: 'se13.contoso.com\\RTC' },
      ],
    })
    expect(item(se, 'PRE-04').details.join(' ')).toMatch(
      /se13\.contoso\.com: a Standard Edition server keeps its databases in SQL Server 2012 Express/,
    )
  })

  it('names OCS 2007 R2 Group Chat where it is the source', () => {
    const answers = gc({ sourceProduct: 'ocs2007r2' })
    expect(item(answers, 'DEC-03').title).toBe(
      'Uninstall Office Communications Server 2007 R2 Group Chat',
    )
    expect(item(answers, 'DEC-07').details.join(' ')).toMatch(/Communicator 2007 R2 Group Chat/)
  })

  it('names the room inventory numbers: shorten the 2 room names over 256 characters', () => {
    const long = (n: string) => ({
      path: ['A'],
      name: n + 'x'.repeat(300),
      invitations: true,
      disabled: false,
      federated: 0,
    })
    const answers = gc({
      inventory: {
        separator: '/',
        rooms: [long('a'), long('b')],
        totalRooms: 2,
        existingNames: [],
      },
    })
    expect(item(answers, 'PREP-04').title).toBe('Shorten the 2 room names over 256 characters')
    expect(item(answers, 'PREP-04').details).toHaveLength(3)
  })

  it('quotes hostile values so they cannot break out of their strings', () => {
    const answers = withSlice('groupChat', { poolFqdn: "gc'pool.contoso.com" })
    expect(item(answers, 'DEC-04').commands.at(-3)).toBe(
      "Remove-CsTrustedApplicationPool -Identity 'gc''pool.contoso.com'",
    )
  })

  it('puts blockers above the checklist', () => {
    const checklist = buildChecklist(withSlice('source', { method: 'in-place' }))
    expect(checklist.blockers.map((b) => b.ruleId)).toEqual(['SRC-03'])
  })

  it('still reads with half a plan, with no placeholder', () => {
    const checklist = buildChecklist({ source: makeAnswers().source })
    expect(item({ source: makeAnswers().source }, 'PRE-03').details[0]).toContain(
      'not answered yet',
    )
    expect(checklist.sections.length + checklist.absent.length).toBe(6)
    expect(checklist.absent.map((a) => a.reason)).toContain(
      'The Group Chat answers are not complete yet (Source deployment and Group Chat steps).',
    )
    for (const i of checklistItems(checklist)) {
      expect(i.commands.join('\n'), i.id).not.toMatch(/<[^>]*>/)
    }
  })

  it('gives no command that needs the target pool when none is chosen, and says why', () => {
    const answers = withSlice('pools', { pchatPools: [] })
    for (const id of ['EXP-04', 'EXP-06', 'EXP-08', 'URI-02', 'DEC-01', 'DEC-02']) {
      expect(item(answers, id).commands, id).toEqual([])
    }
    expect(item(answers, 'EXP-06').details.join(' ')).toMatch(/PC-07/)
  })
})
