import { describe, expect, it } from 'vitest'
import type { Answers } from '../rules/answers'
import { makeAnswers, makePchatPool, withSlice } from '../rules/test-factory'
import { buildChecklist, checklistItemIds } from './build-checklist'
import { firstOutOfOrder } from './in-order'
import { buildScript } from './script'
import { SECTION_HEADINGS } from './types'

const gc = (patch: Partial<NonNullable<Answers['groupChat']>>, base = makeAnswers()) =>
  withSlice('groupChat', patch, base)
const ids = (answers: Answers) => checklistItemIds(buildChecklist(answers))
const item = (answers: Answers, id: string) => {
  const found = buildChecklist(answers)
    .sections.flatMap((s) => s.items)
    .find((i) => i.id === id)
  if (!found) throw new Error(`${id} missing`)
  return found
}
const ALWAYS_WITH_GC = [
  ...['PRE-01', 'PRE-02', 'PRE-03', 'PRE-04', 'PRE-05', 'PRE-06', 'PRE-07', 'PRE-08'],
  ...['PREP-01', 'PREP-04'],
  ...['EXP-01', 'EXP-02', 'EXP-03', 'EXP-04', 'EXP-06', 'EXP-07', 'EXP-08'],
  ...['URI-01', 'URI-02'],
  ...['DEC-01', 'DEC-02', 'DEC-03', 'DEC-04', 'DEC-05'],
]

describe('buildChecklist', () => {
  it('has the six sections, in order, with their headings', () => {
    expect(buildChecklist(makeAnswers()).sections.map((s) => s.heading)).toEqual([
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

  it('leaves out every Group Chat section, with a note, when there is no Group Chat', () => {
    const checklist = buildChecklist(withSlice('source', { groupChat: 'no' }))
    expect(checklistItemIds(checklist)).toEqual(['PRE-01', 'PRE-02', 'PRE-03', 'PRE-04', 'PRE-05'])
    for (const section of checklist.sections.slice(1)) {
      expect(section.items).toEqual([])
      expect(section.omitted).toMatch(/Group Chat is not deployed/)
    }
  })

  it('adds the file copy with both paths only when files were used', () => {
    expect(ids(makeAnswers())).not.toContain('FILE-01')
    const answers = gc({ filesUsed: 'yes', legacyFileStore: 'D:\\GroupChat\\Files' })
    expect(ids(answers)).toEqual(expect.arrayContaining(['PREP-06', 'FILE-01', 'FILE-02']))
    expect(item(answers, 'FILE-01').commands).toEqual([
      "xcopy.exe 'D:\\GroupChat\\Files' '\\\\fs01.contoso.com\\pchatfiles' /E /I /H /K",
    ])
  })

  it('ports the Lookup Server URI only when legacy clients must keep working', () => {
    const without = buildChecklist(gc({ legacyClients: 'no' }))
    expect(checklistItemIds(without)).not.toContain('URI-02')
    expect(without.sections[4]?.omitted).toMatch(/not ported/)
    expect(item(gc({ lookupUri: 'SIP:ocschat@contoso.com' }), 'URI-02').commands).toEqual([
      "New-CsPersistentChatEndpoint -SipAddress 'sip:ocschat@contoso.com' -PersistentChatPoolFqdn 'pchat.contoso.com'",
    ])
  })

  it('passes the cutoff date as -StartDate, with the documented contradiction', () => {
    expect(item(makeAnswers(), 'EXP-02').commands[0]).not.toContain('-StartDate')
    const answers = gc({ cutoffDate: '2010-01-01' })
    expect(item(answers, 'EXP-02').commands[0]).toBe(
      "Export-CsPersistentChatData -DBInstance 'gcsql.contoso.com\\GROUPCHAT' -DBName 'GroupChat' -FileName 'C:\\GroupChatMigration\\GroupChatExport.zip' -Report 'C:\\GroupChatMigration\\Export.html' -StartDate '2010-01-01'",
    )
    expect(item(answers, 'PREP-09').caution).toMatch(/RoomDirectory/)
  })

  it('backs up the Persistent Chat database only when content already exists', () => {
    expect(ids(makeAnswers())).not.toContain('EXP-05')
    const answers = withSlice('pools', { pchatPools: [makePchatPool({ existingContent: 'yes' })] })
    expect(ids(answers)).toContain('EXP-05')
    expect(item(answers, 'EXP-05').details[0]).toContain('pcsql.contoso.com\\PCHAT')
  })

  it('runs the -WhatIf import before the real one, into the target store', () => {
    const list = ids(makeAnswers())
    expect(list.indexOf('EXP-06')).toBeLessThan(list.indexOf('EXP-08'))
    expect(item(makeAnswers(), 'EXP-06').commands[0]).toMatch(
      /^Import-CsPersistentChatData -DBInstance 'pcsql\.contoso\.com\\PCHAT' .* -WhatIf$/,
    )
    expect(item(makeAnswers(), 'EXP-08').caution).toMatch(/XML file/)
  })

  it('adds each preparation step only where it applies, with the numbers', () => {
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
    for (const id of ['PREP-02', 'PREP-03', 'PREP-05', 'PREP-07', 'PREP-08', 'PREP-09']) {
      expect(ids(makeAnswers())).not.toContain(id)
    }
  })

  it('lists the remaining phases for the source product when other components are not done', () => {
    const lync = withSlice('source', { othersOnLync2013: 'no' })
    expect(item(lync, 'PRE-08').details.join('\n')).toMatch(
      /Phase 8: decommission the legacy pools/,
    )
    const ocs = withSlice('source', { products: ['ocs2007r2'], othersOnLync2013: 'no' })
    expect(item(ocs, 'PRE-08').details.join('\n')).toMatch(/BackCompatSite/)
    expect(item(ocs, 'PRE-08').title).toContain('Office Communications Server 2007 R2')
  })

  it('names OCS 2007 R2 Group Chat where it is the source', () => {
    const answers = gc({ sourceProduct: 'ocs2007r2' })
    expect(item(answers, 'DEC-03').title).toBe(
      'Uninstall Office Communications Server 2007 R2 Group Chat',
    )
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
    const cmd = item(answers, 'DEC-04').commands[1]
    expect(cmd).toBe("Remove-CsTrustedApplicationPool -Identity 'gc''pool.contoso.com'")
  })

  it('puts blockers above the checklist', () => {
    const checklist = buildChecklist(withSlice('source', { method: 'in-place' }))
    expect(checklist.blockers.map((b) => b.ruleId)).toEqual(['SRC-03'])
  })

  it('still reads with half a plan, using placeholders', () => {
    const checklist = buildChecklist({ source: makeAnswers().source })
    expect(item({ source: makeAnswers().source }, 'PRE-03').details[0]).toContain('<forest>')
    expect(checklist.sections).toHaveLength(6)
  })
})

describe('buildScript', () => {
  it('lists every command in order, each after its item ID, with a read-first header', () => {
    const checklist = buildChecklist(gc({ filesUsed: 'yes', legacyFileStore: 'D:\\Files' }))
    const script = buildScript(checklist, {
      planName: 'Contoso',
      generated: '2026-11-22',
      rulesVersion: 'x',
    })
    expect(script).toMatch(/^# Lync Server 2013 migration plan: Contoso/)
    expect(script).toMatch(/READ THIS SCRIPT BEFORE YOU RUN/)
    const order = [
      '# EXP-02',
      'Export-CsPersistentChatData',
      '# EXP-06',
      '-WhatIf',
      '# EXP-08',
      '# FILE-01',
      'xcopy.exe',
      '# URI-02',
      'New-CsPersistentChatEndpoint',
      '# DEC-04',
      'Remove-CsTrustedApplicationPool',
      '# DEC-05',
    ]
    expect(firstOutOfOrder(script, order)).toBeUndefined()
  })
  it('keeps a hostile plan name inside its comment', () => {
    const script = buildScript(buildChecklist(makeAnswers()), {
      planName: 'x\nRemove-Item C:\\',
      generated: 'd',
      rulesVersion: 'v',
    })
    expect(script.split('\r\n').some((l) => l.startsWith('Remove-Item'))).toBe(false)
  })
})
