import { describe, expect, it } from 'vitest'
import type { Answers } from '../rules/answers'
import { makeAnswers, withSlice } from '../rules/test-factory'
import { buildChecklist, checklistItems } from './build-checklist'
import { EXAMPLE_PLANS } from './example-plans.test-helper'
import { firstOutOfOrder } from './in-order.test-helper'
import { withoutComments } from './ps-tokenizer.test-helper'
import { BOM, buildScript } from './script'
import { formatCommand } from './command-format'
import { joinedScript } from './command-format.test-helper'

const META = { planName: 'Contoso', generated: '2026-12-01', rulesVersion: 'x' }
const FIXTURES: [string, Answers][] = [
  ...Object.entries(EXAMPLE_PLANS).map(([id, p]): [string, Answers] => [id, p.answers]),
  ['baseline', makeAnswers()],
  ['files', withSlice('groupChat', { filesUsed: 'yes', legacyFileStore: '\\\\gc01\\files' })],
  ['files without a path', withSlice('groupChat', { filesUsed: 'yes', legacyFileStore: '' })],
  ['no target pool', withSlice('pools', { pchatPools: [] })],
  ['invalid lookup URI', withSlice('groupChat', { lookupUri: 'ocschat' })],
  ['half a plan', { source: makeAnswers().source }],
  ['nothing', {}],
]

describe('buildScript: the whole runbook', () => {
  it.each(FIXTURES)(
    '%s: every item, in order, with its Run on line and no placeholder',
    (_, answers) => {
      const checklist = buildChecklist(answers)
      const script = buildScript(checklist, META)
      const items = checklistItems(checklist)
      expect(script.startsWith(BOM)).toBe(true)
      expect(
        firstOutOfOrder(
          script,
          items.map((i) => `# ${i.id}: ${i.title}\r\n`),
        ),
      ).toBeUndefined()
      expect(script.match(/^# Run on: /gm) ?? []).toHaveLength(items.length)
      for (const i of items) {
        if (i.confirm) expect(script).toContain(`Confirm-Step '${i.id}: `)
        for (const c of i.commands)
          expect(script).toContain(`\r\n${formatCommand(c).replace(/\n/g, '\r\n')}\r\n`)
      }
      // No value is missing from a command: a missing value is a blocker, not a <placeholder>.
      expect(withoutComments(script.slice(1))).not.toMatch(/<[A-Za-z][^>]*>/)
    },
  )

  it('has a blocker wherever a command is missing a value', () => {
    for (const answers of [
      withSlice('pools', { pchatPools: [] }),
      withSlice('groupChat', { lookupUri: 'ocschat' }),
    ]) {
      const checklist = buildChecklist(answers)
      const missing = checklistItems(checklist).filter((i) =>
        i.details.some((d) => d.startsWith('No command yet')),
      )
      expect(missing.length).toBeGreaterThan(0)
      for (const i of missing) {
        const rule = /blocker ([A-Z]+-\d+)/.exec(i.details.join(' '))?.[1]
        expect(
          checklist.blockers.map((b) => b.ruleId),
          i.id,
        ).toContain(rule)
      }
    }
  })

  it('pauses for confirmation after each manual step, with Read-Host', () => {
    const script = buildScript(buildChecklist(makeAnswers()), META)
    expect(script).toContain("$answer = Read-Host ($Question + ' Type yes to go on')")
    const uri01 = script.slice(script.indexOf('# URI-01:'), script.indexOf('# URI-02:'))
    expect(uri01).toMatch(/# Manual step: no command\.\r\n(# .*\r\n)*Confirm-Step 'URI-01: /)
    expect(uri01).toMatch(/# Delete the Active Directory user account/)
  })

  it('puts each caution right above its command: -StartDate on the export', () => {
    const checklist = buildChecklist(withSlice('groupChat', { cutoffDate: '2010-01-01' }))
    const lines = joinedScript(buildScript(checklist, META), checklist).split('\r\n')
    const at = lines.findIndex(
      (l) => l.startsWith('Export-CsPersistentChatData') && !l.includes('Trial'),
    )
    expect(lines[at - 1]).toMatch(
      /^# Caution: .*-StartDate is valid only with -Level RoomDirectory/,
    )
    expect(lines[at]).toContain("-StartDate '2010-01-01'")
  })

  it('creates the working folder before the export writes to it', () => {
    const checklist = buildChecklist(makeAnswers())
    const script = joinedScript(buildScript(checklist, META), checklist)
    expect(
      firstOutOfOrder(script, [
        "New-Item -ItemType Directory -Path 'C:\\GroupChatMigration' -Force",
        "Export-CsPersistentChatData -DBInstance 'gcsql.contoso.com\\groupchat' -DBName 'GroupChat' -FileName 'C:\\GroupChatMigration\\",
      ]),
    ).toBeUndefined()
  })

  it('names omitted sections and open blockers', () => {
    const script = buildScript(
      buildChecklist(withSlice('source', { method: 'in-place', groupChat: 'no' })),
      META,
    )
    expect(script).toMatch(/# WARNING: the plan has 1 open blocker/)
    expect(script).toMatch(
      /# Not in this plan: Prepare the source data, .*Decommission: Group Chat is not deployed/,
    )
    expect(script).not.toMatch(/==== Decommission ====/)
  })

  it('keeps a hostile plan name inside its comment', () => {
    const script = buildScript(buildChecklist(makeAnswers()), {
      ...META,
      planName: 'x\nRemove-Item C:\\',
    })
    expect(script.split('\r\n').some((l) => l.startsWith('Remove-Item'))).toBe(false)
  })
})
