import { describe, expect, it } from 'vitest'
import { psQuote } from './powershell'
import { buildChecklist, checklistItems } from './build-checklist'
import { COMMAND_WIDTH, formatCommand, joinCommand } from './command-format'
import { EXAMPLE_PLANS } from './example-plans.test-helper'
import { tokenize } from './ps-tokenizer.test-helper'

const EXPORT =
  "Export-CsPersistentChatData -DBInstance 'gcsql.contoso.com\\groupchat' -DBName 'GroupChat' -FileName 'C:\\GroupChatMigration\\GroupChatExport.zip' -Report 'C:\\GroupChatMigration\\Export.html'"

const strings = (text: string) =>
  tokenize(text)
    .filter((t) => t.kind !== 'code')
    .map((t) => t.text)

const COMMANDS = Object.values(EXAMPLE_PLANS).flatMap((p) =>
  checklistItems(buildChecklist(p.answers)).flatMap((i) => i.commands.map((c) => [i.id, c])),
)

describe('formatCommand', () => {
  it('leaves a command that fits on one line as it is', () => {
    expect(formatCommand('Get-CsPersistentChatEndpoint')).toBe('Get-CsPersistentChatEndpoint')
  })

  it('puts each parameter of a long command on its own line, with the backtick continuation', () => {
    expect(formatCommand(EXPORT).split('\n')).toEqual([
      'Export-CsPersistentChatData `',
      "    -DBInstance 'gcsql.contoso.com\\groupchat' `",
      "    -DBName 'GroupChat' `",
      "    -FileName 'C:\\GroupChatMigration\\GroupChatExport.zip' `",
      "    -Report 'C:\\GroupChatMigration\\Export.html'",
    ])
  })

  it('ends a pipeline stage with its pipe, and cuts a stage only when it is still too long', () => {
    const pipeline = `Get-CsTrustedApplication | Where-Object { $_.TrustedApplicationPoolFqdn -eq ${psQuote('gcpool.contoso.com')} } | Remove-CsTrustedApplication -WhatIf`
    expect(formatCommand(pipeline).split('\n')).toEqual([
      'Get-CsTrustedApplication |',
      "    Where-Object { $_.TrustedApplicationPoolFqdn -eq 'gcpool.contoso.com' } |",
      '    Remove-CsTrustedApplication -WhatIf',
    ])
  })

  it('puts the body of a long script block on lines of its own, between its braces', () => {
    const block =
      'foreach ($computer in $pchatServers) { Stop-CsWindowsService -ComputerName $computer -Graceful }'
    expect(formatCommand(block, 80).split('\n')).toEqual([
      'foreach ($computer in $pchatServers) {',
      '    Stop-CsWindowsService -ComputerName $computer -Graceful',
      '}',
    ])
  })

  it('never cuts inside a string, or where a comment is', () => {
    const quoted = `Write-Output ${psQuote(`a -b | c { d } ${'x'.repeat(90)}`)}`
    expect(formatCommand(quoted)).toBe(quoted)
    const commented = `${EXPORT} # -Note`
    expect(formatCommand(commented)).toBe(commented)
    expect(formatCommand(`${EXPORT} 'open`)).toBe(`${EXPORT} 'open`)
  })

  it.each(COMMANDS)(
    '%s: cut only between tokens, fits the width, and joins back to the same command',
    (_, command) => {
      const text = formatCommand(command!)
      expect(joinCommand(text)).toBe(command)
      // The strings of the command are the same strings: no cut fell inside one.
      expect(strings(text)).toEqual(strings(command!))
      for (const line of text.split('\n')) {
        expect(line.length, line).toBeLessThanOrEqual(COMMAND_WIDTH)
        // A continuation is a space and a backtick, with nothing after it.
        if (line.includes('`') && !strings(line).some((s) => s.includes('`')))
          expect(line).toMatch(/ `$/)
      }
      if (text.includes('\n')) expect(text).toMatch(/( `|\||\{)\n {4}/)
    },
  )
})
