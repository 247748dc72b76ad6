// Pins the "harmful today" points of the runbook review, one test each.
import { describe, expect, it } from 'vitest'
import type { Answers } from '../rules/answers'
import { makeAnswers, makePchatPool, withSlice } from '../rules/test-factory'
import { buildChecklist, checklistItemIds, checklistItems } from './build-checklist'

const item = (answers: Answers, id: string) => {
  const found = checklistItems(buildChecklist(answers)).find((i) => i.id === id)
  if (!found) throw new Error(`${id} missing`)
  return found
}

describe('1. services are stopped and started on the Persistent Chat servers, by name', () => {
  it.each(['EXP-04', 'DEC-01'])('%s names every server with -ComputerName and checks it', (id) => {
    const commands = item(makeAnswers(), id).commands
    // A pool Get-CsPool cannot find, or an empty list, must never become one $null computer:
    // -ComputerName $null would act on the local computer.
    expect(commands[0]).toBe(
      "$pchatServers = @((Get-CsPool -Identity 'pchat.contoso.com' -ErrorAction Stop).Computers | Where-Object { $_ })",
    )
    const service = commands.filter((c) => /(Stop|Start)-CsWindowsService/.test(c))
    expect(service).toHaveLength(1)
    expect(service[0]).toMatch(
      /^foreach \(\$computer in \$pchatServers\) \{ (Stop|Start)-CsWindowsService -ComputerName \$computer/,
    )
    expect(commands).toContain(
      'foreach ($computer in $pchatServers) { Get-CsWindowsService -ComputerName $computer }',
    )
    // An empty list must stop the runbook, not silently act on nothing.
    expect(commands.join('\n')).toMatch(/if \(\$pchatServers\.Count -eq 0\) \{ throw/)
    expect(item(makeAnswers(), id).caution).toMatch(/Get-CsPool/)
  })

  it('names the legacy Group Chat servers, says how, and what is unconfirmed', () => {
    const stop = item(makeAnswers(), 'EXP-01')
    expect(stop.commands).toEqual(["(Get-CsPool -Identity 'gcpool.contoso.com').Computers"])
    expect(stop.details.join(' ')).toMatch(/at each of those servers/)
    expect(stop.caution).toMatch(/UNCONFIRMED: whether Stop-CsWindowsService can stop the legacy/)
    expect(stop.caution).toMatch(/step 1 .* step 3/)
    // W7: the listing is a Lync Server 2013 cmdlet, run on the migration computer.
    expect(stop.runOn).toMatch(
      /^The listing: The Lync Server 2013 Management Shell on the migration computer of PRE-09.*Stopping the services: Each server of the Group Chat pool gcpool\.contoso\.com/,
    )
  })
})

describe('3. the phases keep Group Chat\u2019s home pool until Group Chat has moved', () => {
  it('Lync Server 2010: Phase 8 only after Group Chat and its trusted pool', () => {
    const answers = withSlice('source', { othersOnLync2013: 'no' })
    expect(item(answers, 'PRE-08').details.join('\n')).not.toMatch(
      /\u2022 Phase 8|decommission the legacy pools/i,
    )
    expect(item(answers, 'PRE-08').caution).toMatch(/Documented conflict.*Resolution/)
    const ids = checklistItemIds(buildChecklist(answers))
    expect(ids.indexOf('DEC-04')).toBeLessThan(ids.indexOf('DEC-08'))
    expect(ids.slice(-3)).toEqual(['DEC-08', 'DEC-11', 'DEC-12'])
    expect(item(answers, 'DEC-12').details.join('\n')).toMatch(
      /Phase 8: decommission the legacy pools/,
    )
  })

  it('OCS 2007 R2: Phase 10 and the BackCompatSite only after Group Chat', () => {
    const answers = withSlice(
      'groupChat',
      { sourceProduct: 'ocs2007r2' },
      withSlice('source', {
        products: ['ocs2007r2'],
        legacyPools: [
          {
            fqdn: 'ocspool.contoso.com',
            product: 'ocs2007r2',
            edition: 'enterprise',
            sqlInstance: 'ocssql.contoso.com\\RTC',
          },
        ],
        othersOnLync2013: 'no',
      }),
    )
    expect(item(answers, 'PRE-08').details.join('\n')).not.toMatch(
      /\u2022 Phase 10|remove the BackCompatSite/i,
    )
    expect(item(answers, 'PRE-08').details.join('\n')).toMatch(/BackCompatSite still exist/)
    expect(item(answers, 'DEC-12').details.join('\n')).toMatch(/remove the BackCompatSite/)
    expect(checklistItemIds(buildChecklist(answers))).not.toContain('DEC-11')
  })
})

describe('4. the trusted application removal selects exactly the Group Chat pool', () => {
  it('lists, removes with -WhatIf, then for real; never with -Filter', () => {
    const commands = item(makeAnswers(), 'DEC-04').commands
    const select =
      "Get-CsTrustedApplication | Where-Object { $_.TrustedApplicationPoolFqdn -eq 'gcpool.contoso.com' }"
    expect(commands).toEqual([
      select,
      `${select} | Remove-CsTrustedApplication -WhatIf`,
      `${select} | Remove-CsTrustedApplication`,
      "Remove-CsTrustedApplicationPool -Identity 'gcpool.contoso.com' -WhatIf",
      "Remove-CsTrustedApplicationPool -Identity 'gcpool.contoso.com'",
      select,
      'Enable-CsTopology',
    ])
    expect(commands.join('\n')).not.toMatch(/-Filter/)
  })
})

describe('5. every command carries the normalised value', () => {
  it('lower-case FQDNs and SIP domains, no trailing dot', () => {
    const answers = withSlice(
      'groupChat',
      {
        poolFqdn: 'GCPool.Contoso.com.',
        sqlInstance: 'GCSQL.Contoso.com.\\GROUPCHAT',
        lookupUri: 'SIP:ocschat@Contoso.COM.',
      },
      withSlice('pools', {
        pchatPools: [
          makePchatPool({ fqdn: 'PChat.Contoso.com.', storeInstance: 'PCSQL.contoso.com\\PCHAT' }),
        ],
      }),
    )
    const commands = checklistItems(buildChecklist(answers)).flatMap((i) => i.commands)
    const text = commands.join('\n')
    expect(text).not.toMatch(/Contoso|CONTOSO|\.com\.'|PChat\.|GCPool/)
    expect(text).toContain(
      "-SipAddress 'sip:ocschat@contoso.com' -PersistentChatPoolFqdn 'pchat.contoso.com'",
    )
    expect(text).toContain("-DBInstance 'gcsql.contoso.com\\groupchat'")
    expect(text).toContain("-DBInstance 'pcsql.contoso.com\\pchat'")
    expect(text).toContain("TrustedApplicationPoolFqdn -eq 'gcpool.contoso.com'")
  })
})
