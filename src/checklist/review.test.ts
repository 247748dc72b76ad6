// Pins the fixes of the second runbook review (H1, W1-W9, U-items), one test each.
import { describe, expect, it } from 'vitest'
import type { Answers } from '../rules/answers'
import { evaluate } from '../rules/evaluate'
import { EDGE, FIXTURE } from '../rules/rule-fixtures.test-data'
import { makeAnswers, withSlice } from '../rules/test-factory'
import { buildChecklist, checklistItemIds, checklistItems } from './build-checklist'
import { EXAMPLE_PLANS } from './example-plans.test-helper'
import { joinedScript } from './command-format.test-helper'
import { commandText } from './markdown'
import { buildScript } from './script'
import type { ChecklistItem } from './types'

const META = { planName: 'Contoso', generated: '2026-12-01', rulesVersion: 'x' }
const PLANS: [string, Answers][] = [
  ...Object.entries(FIXTURE).map(([id, a]): [string, Answers] => [`fixture ${id}`, a]),
  ...Object.entries(EDGE).map(([id, a]): [string, Answers] => [`edge ${id}`, a]),
  ...Object.entries(EXAMPLE_PLANS).map(([id, p]): [string, Answers] => [
    `example ${id}`,
    p.answers,
  ]),
]
const LYNC = EXAMPLE_PLANS['lync2010-group-chat'].answers
const OCS = EXAMPLE_PLANS['ocs2007r2-group-chat'].answers
const SE = EXAMPLE_PLANS['standard-edition-express'].answers
const CNP = EXAMPLE_PLANS['content-in-new-pool'].answers
const NOGC = EXAMPLE_PLANS['no-group-chat-phases-pending'].answers

const items = (answers: Answers) => checklistItems(buildChecklist(answers))
const item = (answers: Answers, id: string): ChecklistItem => {
  const found = items(answers).find((i) => i.id === id)
  if (!found) throw new Error(`${id} missing`)
  return found
}
/** The runbook, each command on one line again (formatCommand cuts the long ones). */
const script = (answers: Answers) => {
  const checklist = buildChecklist(answers)
  return joinedScript(buildScript(checklist, META), checklist)
}
const allText = (i: ChecklistItem) =>
  [
    i.title,
    ...i.details,
    i.caution,
    i.rollback,
    i.confirm,
    i.runOn,
    ...(i.pauses ?? []).map((p) => p.question),
  ]
    .filter(Boolean)
    .join('\n')
/** The code lines of a script: no comments, no blank lines. */
const codeLines = (text: string) =>
  text.split('\r\n').filter((l) => l.trim() !== '' && !l.startsWith('#'))

describe('H1: the -WhatIf import is not trusted to write nothing', () => {
  it.each(PLANS)(
    '%s: no item says -WhatIf writes nothing; each -WhatIf import cites seed 004',
    (_, a) => {
      for (const i of items(a)) {
        expect(allText(i), i.id).not.toMatch(/nothing is written/i)
        if (
          i.commands.some(
            (c) => c.startsWith('Import-CsPersistentChatData') && c.endsWith('-WhatIf'),
          )
        )
          expect(i.caution, i.id).toMatch(
            /UNCONFIRMED: that an import with -WhatIf writes nothing.*populate the Back End Server/,
          )
      }
    },
  )

  it('where content exists (PC-04), no -WhatIf import runs before the backup of EXP-05', () => {
    expect(evaluate(CNP).some((f) => f.ruleId === 'PC-04')).toBe(true)
    const list = items(CNP)
    const firstImport = list.findIndex((i) =>
      i.commands.some((c) => c.startsWith('Import-CsPersistentChatData')),
    )
    expect(firstImport).toBeGreaterThan(list.findIndex((i) => i.id === 'EXP-05'))
    expect(item(CNP, 'EXP-09').commands.join('\n')).not.toMatch(/Import-CsPersistentChatData/)
  })

  it('U7: the trial export with services running is marked as a departure from seed step 1', () => {
    expect(item(LYNC, 'EXP-09').caution).toMatch(
      /UNCONFIRMED: an export while the legacy services run.*"All services must be stopped"/,
    )
  })
})

describe('W1/W6/W10-U10: pauses between the commands', () => {
  it.each(PLANS)(
    '%s: every -WhatIf line is followed by a pause before any other command',
    (_, a) => {
      const lines = codeLines(script(a))
      lines.forEach((line, n) => {
        if (!/ -WhatIf$/.test(line)) return
        expect(lines[n + 1] ?? '', line).toMatch(/^(Confirm-Step|if \(Confirm-Optional) '/)
      })
    },
  )

  it('DEC-04 pauses after each -WhatIf, checks the list at the end and offers Enable-CsTopology as optional', () => {
    const lines = codeLines(script(LYNC))
    const at = lines.findIndex((l) => l.endsWith('| Remove-CsTrustedApplication -WhatIf'))
    expect(lines.slice(at, at + 10)).toEqual([
      expect.stringMatching(/-WhatIf$/),
      "Confirm-Step 'DEC-04: Do the list and the -WhatIf show only the applications of gcpool.contoso.com?'",
      expect.stringMatching(/\| Remove-CsTrustedApplication$/),
      expect.stringMatching(/^Remove-CsTrustedApplicationPool .* -WhatIf$/),
      expect.stringMatching(/^Confirm-Step 'DEC-04: Does the -WhatIf name only/),
      "Remove-CsTrustedApplicationPool -Identity 'gcpool.contoso.com'",
      expect.stringMatching(/^Get-CsTrustedApplication \| Where-Object/),
      expect.stringMatching(
        /^if \(Confirm-Optional 'DEC-04: Run Enable-CsTopology now\? Optional: .*UNCONFIRMED/,
      ),
      'Enable-CsTopology',
      '}',
    ])
    expect(lines[at + 10]).toMatch(/^Confirm-Step 'DEC-04: Does the last list return nothing/)
  })

  it('W2: DEC-05 asks its own question right before the global policy, and no skips it', () => {
    const lines = codeLines(script(LYNC))
    const at = lines.indexOf(
      'Set-CsPersistentChatPolicy -Identity global -EnablePersistentChat $True',
    )
    expect(lines[at - 1]).toMatch(
      /^if \(Confirm-Optional 'DEC-05: Enable Persistent Chat for EVERY user via the global policy\?/,
    )
    expect(lines[at + 1]).toBe('}')
    expect(commandText(item(LYNC, 'DEC-05'))).toMatch(
      /^# Optional, run the next command only if yes: Enable Persistent Chat for EVERY user/,
    )
  })

  it('W6: the real import has its own "no errors" gate before URI-01', () => {
    expect(item(LYNC, 'EXP-08').confirm).toBe(
      'Does the import report (C:\\GroupChatMigration\\Import.html) show no errors?',
    )
    const s = script(LYNC)
    expect(s.indexOf("Confirm-Step 'EXP-08: ")).toBeLessThan(s.indexOf('# URI-01:'))
  })
})

describe('W3: the rollback of the ocschat@ account removes the endpoint first', () => {
  it.each(['EXP-10', 'URI-01'])('%s', (id) => {
    const text =
      id === 'EXP-10' ? item(LYNC, id).details.join(' ') : (item(LYNC, id).rollback ?? '')
    const remove = text.indexOf(
      "Remove-CsPersistentChatEndpoint -Identity 'sip:ocschat@contoso.com'",
    )
    expect(remove).toBeGreaterThan(-1)
    expect(remove).toBeLessThan(text.indexOf('recreate'))
    expect(text).toMatch(/UNCONFIRMED: whether a recreated account/)
  })
})

describe('W4/W5: a plan that does not port the Lookup Server URI', () => {
  it.each(
    PLANS.filter(
      ([, a]) =>
        a.groupChat && a.source?.groupChat === 'yes' && a.groupChat.legacyClients !== 'yes',
    ),
  )('%s: retires the ocschat@ account after DEC-03 and before the pool-empty gate', (_, a) => {
    const ids = checklistItemIds(buildChecklist(a))
    expect(ids.indexOf('DEC-10')).toBeGreaterThan(ids.indexOf('DEC-03'))
    expect(ids.indexOf('DEC-10')).toBeLessThan(ids.indexOf('DEC-08'))
    expect(item(a, 'DEC-10').title).toMatch(/Lookup Server user account ocschat@/)
  })

  it('the SE example is such a plan; a ported plan has no DEC-10', () => {
    expect(checklistItemIds(buildChecklist(SE))).toContain('DEC-10')
    expect(checklistItemIds(buildChecklist(LYNC))).not.toContain('DEC-10')
  })

  it('never says legacy clients can be pointed at the pool by hand without an endpoint', () => {
    const checklist = buildChecklist(
      withSlice('groupChat', { filesUsed: 'yes', legacyFileStore: 'D:\\F' }, SE),
    )
    const omitted = checklist.absent.find((s) => s.id === 'lookup')?.reason ?? ''
    expect(omitted).toMatch(
      /only through a legacy endpoint.*stop working.*New-CsPersistentChatEndpoint/,
    )
    expect(omitted).not.toMatch(/Point legacy clients to the new pool by hand/)
    const text = checklistItems(checklist).map(allText).join('\n')
    expect(text).not.toMatch(/through the legacy endpoint or manual configuration/)
    expect(
      checklistItems(checklist)
        .find((i) => i.id === 'FILE-02')
        ?.details.join(' '),
    ).toMatch(/creates no legacy endpoint/)
    expect(item(SE, 'DEC-07').details.join(' ')).toMatch(/creates no legacy endpoint/)
  })
})

describe('W8/W9: the decommissioning, split where it runs', () => {
  it('W9: the gate no longer asks for conference directories it runs before; DEC-12 checks them', () => {
    expect(item(LYNC, 'DEC-08').details.join(' ')).not.toMatch(
      /no conference directory may be left/,
    )
    const ids = checklistItemIds(buildChecklist(LYNC))
    expect(ids.indexOf('DEC-12')).toBeGreaterThan(ids.indexOf('DEC-08'))
    const dec12 = item(LYNC, 'DEC-12')
    const sel = (pool: string) =>
      `Get-CsConferenceDirectory | Where-Object { $_.ServiceID -match ('(^|:)' + [regex]::Escape('${pool}') + '$') }`
    expect(dec12.commands).toEqual([
      'Get-CsConferenceDirectory',
      sel('pool10.contoso.com'),
      `${sel('pool10.contoso.com')} | Move-CsConferenceDirectory -TargetPool 'pool13.contoso.com'`,
      sel('pool10.contoso.com'),
    ])
    expect(dec12.pauses?.map((p) => p.before)).toEqual([0, 2, 3])
    expect(item(OCS, 'DEC-12').commands.at(-1)).toBe(sel('ocspool.contoso.com'))
  })

  it('W8: the CMS move has the plan\u2019s values and a pause right before Uninstall-CsDatabase', () => {
    const dec11 = item(LYNC, 'DEC-11')
    expect(dec11.commands[0]).toBe(
      "Install-CsDatabase -CentralManagementDatabase -SQLServerFQDN 'sql13.contoso.com' -SQLInstanceName 'rtc'",
    )
    expect(dec11.runOn).toMatch(
      /Locally \(not remotely\).*Uninstall-CsDatabase.*Lync Server 2010 side/,
    )
    const lines = codeLines(script(LYNC))
    const at = lines.findIndex((l) => l.startsWith('Uninstall-CsDatabase'))
    expect(lines[at]).toBe(
      "Uninstall-CsDatabase -CentralManagementDatabase -SqlServerFqdn 'sql10.contoso.com' -SqlInstanceName 'rtc'",
    )
    expect(lines[at - 1]).toMatch(
      /^Confirm-Step 'DEC-11: Does Get-CsManagementStoreReplicationStatus/,
    )
    expect(checklistItemIds(buildChecklist(OCS))).not.toContain('DEC-11')
  })
})

describe('W10: the phases still pending carry their content from the reference', () => {
  it('Lync Server 2010: Phases 3 to 6 in full, and a Run on line for many computers', () => {
    const pre08 = item(NOGC, 'PRE-08')
    const text = pre08.details.join('\n')
    for (const words of [
      /Phase 3: .*prepare Active Directory.*define and publish the topology.*verify coexistence.*XMPP gateway policies and certificates/,
      /Phase 4: .*view the current users, verify user replication/,
      /Phase 5: .*verify its settings/,
      /Phase 6: .*with its private key.*next hop.*port 5061.*Verify federation and remote access.*protected Active Directory groups.*configure the XMPP gateway on Lync Server 2013/,
    ])
      expect(text).toMatch(words)
    expect(pre08.runOn).toMatch(
      /Active Directory preparation.*Lync Server 2010 servers.*Exchange server for ExchUCUtil\.ps1/,
    )
  })
})

describe('U8: cross-references', () => {
  it.each(PLANS)('%s: no item refers to an item ID absent from the plan', (_, a) => {
    const list = items(a)
    const ids = new Set(list.map((i) => i.id))
    for (const i of list) {
      for (const m of allText(i).matchAll(/\b(PRE|PREP|EXP|FILE|URI|DEC)-\d+\b/g)) {
        expect(ids.has(m[0]), `${i.id} refers to ${m[0]}`).toBe(true)
      }
    }
  })
})

describe('the .ps1 header', () => {
  it('U12: defines Confirm-Step before the throw, and says to run it first', () => {
    const s = script(LYNC)
    expect(s.indexOf('function Confirm-Step')).toBeLessThan(s.indexOf('throw "Read the script'))
    expect(s.indexOf('function Confirm-Optional')).toBeLessThan(s.indexOf('throw "Read the script'))
    expect(s).toMatch(/# Running steps by hand: first run the two function definitions below/)
  })

  it('U13: lists the open warnings before the first step', () => {
    const a = withSlice('groupChat', { categoryDepth: 3, federatedRooms: 2 }, makeAnswers())
    const s = script(a)
    const head = s.slice(0, s.indexOf('throw "Read the script'))
    for (const f of evaluate(a).filter((x) => x.severity !== 'blocker')) {
      expect(head).toContain(`#   ${f.ruleId} (${f.severity}): `)
    }
    expect(head).toMatch(/GC-01 \(warning\)/)
  })
})

describe('U items', () => {
  it('U2: SE Express is not for the Persistent Chat store of a Group Chat migration', () => {
    expect(item(SE, 'PRE-04').details.join(' ')).toMatch(/not for a Group Chat migration/)
  })
  it('U3/U4/U5: the OCS path', () => {
    expect(item(OCS, 'URI-02').caution).toMatch(
      /Communicator 2007 R2 Group Chat clients have an equivalent is UNCONFIRMED/,
    )
    expect(item(LYNC, 'URI-02').caution).not.toMatch(/Communicator/)
    expect(item(OCS, 'PRE-09').details.join(' ')).not.toMatch(/2010 tools/)
    expect(item(LYNC, 'PRE-09').details.join(' ')).toMatch(/2010 tools/)
    expect(item(OCS, 'DEC-04').details.join(' ')).toMatch(
      /run it again once OCS 2007 R2 Group Chat is uninstalled/,
    )
    expect(item(OCS, 'DEC-04').caution).toMatch(
      /UNCONFIRMED: whether an OCS 2007 R2 Group Chat pool exists as a Lync Server trusted application pool/,
    )
  })
  it('U9: the facts cite their own pages', () => {
    expect(item(LYNC, 'PREP-11').sources).toContain('S41')
    expect(item(LYNC, 'PREP-01').sources).toContain('S40')
    expect(item(LYNC, 'PRE-06').sources).toEqual(expect.arrayContaining(['S16', 'S39']))
    expect(item(LYNC, 'PRE-09').sources).toContain('S63')
  })
  it('U11: DEC-09 has no <placeholder> in its text', () => {
    expect(allText(item(LYNC, 'DEC-09'))).not.toMatch(/<[a-z][^>]*>/i)
  })
  it('U14: without Group Chat, the questions do not mention Persistent Chat or a home pool', () => {
    expect(item(NOGC, 'PRE-03').confirm).not.toMatch(/Persistent Chat/)
    expect(item(NOGC, 'PRE-05').confirm).not.toMatch(/home pool/)
  })
  it('U15: DEC-07 does not describe the uninstalled Group Chat pool as still homed', () => {
    expect(item(LYNC, 'DEC-07').details.join(' ')).not.toMatch(/stays homed/)
  })
})

describe('third review: the fixes of the second fresh-eyes review, in order', () => {
  it.each(PLANS)('1. %s: the trial (EXP-09) imports nothing, not even with -WhatIf', (_, a) => {
    const trial = items(a).find((i) => i.id === 'EXP-09')
    if (!trial) return
    expect(trial.commands.filter((c) => c.startsWith('Import-CsPersistentChatData'))).toEqual([])
    expect(trial.confirm).not.toMatch(/-WhatIf import/)
  })

  it('2. DEC-12 selects the conference directories anchored and escaped, lists them and pauses before the move', () => {
    const dec12 = item(LYNC, 'DEC-12')
    const selections = dec12.commands.filter((c) => c.includes('ServiceID'))
    expect(selections.length).toBeGreaterThan(0)
    for (const c of selections) {
      expect(c).toContain("-match ('(^|:)' + [regex]::Escape('pool10.contoso.com') + '$')")
      expect(c).not.toMatch(/-match '/)
    }
    const move = dec12.commands.findIndex((c) => c.includes('Move-CsConferenceDirectory'))
    expect(move).toBeGreaterThan(0)
    expect(dec12.commands.slice(0, move)).toContain('Get-CsConferenceDirectory')
    expect(dec12.pauses?.some((p) => p.before === move && !p.optional)).toBe(true)
    expect(dec12.caution).toMatch(/UNCONFIRMED: the form of ServiceID/)
    // What the filter means in PowerShell, as a JavaScript regex: no near-miss pool matches.
    const filter = new RegExp('(^|:)' + 'pool10.contoso.com'.replace(/\./g, '\\.') + '$', 'i')
    expect(filter.test('UserServer:pool10.contoso.com')).toBe(true)
    expect(filter.test('UserServer:bepool10.contoso.com')).toBe(false)
    expect(filter.test('UserServer:pool10.contoso.com.au')).toBe(false)
    expect(filter.test('UserServer:pool10xcontoso.com')).toBe(false)
  })

  it('3. DEC-11 pauses before Install-CsDatabase for the SRV records, the backup and where it runs', () => {
    const dec11 = item(LYNC, 'DEC-11')
    expect(dec11.commands[0]).toMatch(/^Install-CsDatabase/)
    const first = dec11.pauses?.find((p) => p.before === 0)
    expect(first?.optional).toBeFalsy()
    expect(first?.question).toMatch(
      /SRV.*every SIP domain.*Export-CsConfiguration.*Export-CsLisConfiguration.*locally/,
    )
    const lines = codeLines(script(LYNC))
    const install = lines.findIndex((l) => l.startsWith('Install-CsDatabase'))
    expect(lines[install - 1]).toMatch(/^Confirm-Step 'DEC-11: Are the DNS SRV records/)
  })

  it('4. the 2010 shell gets the two functions, and DEC-12 starts back in the 2013 shell', () => {
    const dec11 = item(LYNC, 'DEC-11')
    const uninstall = dec11.commands.findIndex((c) => c.startsWith('Uninstall-CsDatabase'))
    const before = dec11.pauses?.find((p) => p.before === uninstall)
    expect(before?.question).toMatch(
      /Lync Server 2010 Management Shell: define Confirm-Step and Confirm-Optional/,
    )
    const lines = codeLines(script(LYNC))
    const dec12 = lines.findIndex((l) => l.startsWith("Confirm-Step 'DEC-12:"))
    expect(lines[dec12]).toMatch(/Back in the Lync Server 2013 Management Shell/)
    expect(lines[dec12 - 1]).toMatch(/^Confirm-Step 'DEC-11:/)
  })

  it('5. a new backup of the Group Chat database after the stop, before the export', () => {
    for (const a of [LYNC, OCS, SE, CNP]) {
      const exp01 = item(a, 'EXP-01')
      expect(exp01.details.join(' ')).not.toMatch(/Make sure the backup of PREP-01 is done/)
      expect(exp01.details.join(' ')).toMatch(
        /new SQL Server backup of the Group Chat database.*before the export \(EXP-02\)|before the export \(EXP-02\), take a new SQL Server backup/,
      )
      expect(exp01.confirm).toMatch(/new backup of the Group Chat database .* after the stop/)
    }
  })

  it('6. OCS: move the conference directories, then separate pauses for the OCS pools and the BackCompatSite', () => {
    const dec12 = item(OCS, 'DEC-12')
    expect(dec12.commands.some((c) => /\| Move-CsConferenceDirectory -TargetPool '/.test(c))).toBe(
      true,
    )
    const lines = codeLines(script(OCS))
    const start = lines.findIndex((l) => l.startsWith('Get-CsConferenceDirectory'))
    const tail = lines.slice(start).filter((l) => l.startsWith("Confirm-Step 'DEC-12:"))
    expect(tail.length).toBeGreaterThanOrEqual(4)
    expect(tail.some((l) => /Next: decommission the OCS 2007 R2 servers and pools/.test(l))).toBe(
      true,
    )
    expect(tail.some((l) => /Next: remove the BackCompatSite/.test(l))).toBe(true)
    expect(tail.at(-1)).toMatch(/BackCompatSite removed/)
    const dec04 = item(OCS, 'DEC-04')
    expect(dec04.pauses?.find((p) => p.before === 0)?.question).toMatch(
      /merge of the OCS topology again/,
    )
  })

  it('7. the read-only cmdlets the reference does not hold are UNCONFIRMED', () => {
    expect(item(LYNC, 'EXP-04').caution).toMatch(/UNCONFIRMED: Get-CsWindowsService -ComputerName/)
    expect(item(LYNC, 'DEC-01').caution).toMatch(/UNCONFIRMED: Get-CsWindowsService -ComputerName/)
    expect(item(LYNC, 'DEC-09').caution).toMatch(/UNCONFIRMED: Get-CsPersistentChatPolicy/)
  })
})
