import { describe, expect, it } from 'vitest'
import { pchatPoolSchema } from './pools-schema'
import { describeRule, expectNone, expectOne } from './rules.test-utils'
import { makeAnswers, makePchatPool, withSlice } from './test-factory'

const withPchat = (...pchatPools: ReturnType<typeof makePchatPool>[]) =>
  withSlice('pools', { pchatPools })

describeRule('PC-01', 'a Lync 2013 pool, and the home pool among them', () => {
  it('passes when the home pool is a Lync 2013 pool', () => expectNone('PC-01', makeAnswers()))
  it('blocks a plan with no Lync 2013 pool', () => {
    expectOne('PC-01', withSlice('pools', { lyncPools: [] }), 'pools.lyncPools')
  })
  it('blocks a home pool that is not one of them, on its field', () => {
    expectOne(
      'PC-01',
      withPchat(makePchatPool({ homePool: 'pool10.contoso.com' })),
      'pools.pchatPools.0.homePool',
    )
  })
  it('matches the home pool without regard to case or a trailing dot', () => {
    expectNone('PC-01', withPchat(makePchatPool({ homePool: 'Pool13.CONTOSO.com.' })))
  })
})

describeRule('PC-02', 'Standard Edition Persistent Chat target', () => {
  it('passes for Enterprise Edition', () => expectNone('PC-02', makeAnswers()))
  it('blocks a Standard Edition target', () => {
    expectOne(
      'PC-02',
      withPchat(makePchatPool({ edition: 'standard' })),
      'pools.pchatPools.0.edition',
    )
  })
  it('does not block a Standard Edition pool that is not the migration target', () => {
    expectNone('PC-02', withPchat(makePchatPool({ edition: 'standard', migrationTarget: 'no' })))
  })
})

describeRule('PC-03', 'one target Persistent Chat pool', () => {
  it('passes for one target', () => expectNone('PC-03', makeAnswers()))
  it('blocks two targets', () => {
    const f = expectOne(
      'PC-03',
      withPchat(
        makePchatPool(),
        makePchatPool({ fqdn: 'pchat2.contoso.com', storeInstance: 'pcsql2.contoso.com\\PC' }),
      ),
      'pools.pchatPools',
    )
    expect(f.message).toContain('pchat2.contoso.com')
    expect(f.count).toBe(2)
    expect(f.items).toEqual(['pchat.contoso.com', 'pchat2.contoso.com'])
  })
  it('allows further pools that are not targets', () => {
    expectNone(
      'PC-03',
      withPchat(
        makePchatPool(),
        makePchatPool({ fqdn: 'pchat2.contoso.com', migrationTarget: 'no' }),
      ),
    )
  })
})

describeRule('PC-04', 'content already in the new pool', () => {
  it('passes for an empty pool', () => expectNone('PC-04', makeAnswers()))
  it('warns when items already exist', () => {
    const f = expectOne('PC-04', withPchat(makePchatPool({ existingContent: 'yes' })))
    expect(f.severity).toBe('warning')
    expect(f.message).toMatch(/back up/i)
  })
  it('is not raised without Group Chat', () => {
    const noGc = withSlice(
      'source',
      { groupChat: 'no' },
      withPchat(makePchatPool({ existingContent: 'yes' })),
    )
    expectNone('PC-04', noGc)
  })
})

describeRule('PC-05', 'at most 4 active Persistent Chat servers', () => {
  it('passes 4 (the edge)', () =>
    expectNone('PC-05', withPchat(makePchatPool({ activeServers: 4 }))))
  it('blocks 5', () => {
    const f = expectOne(
      'PC-05',
      withPchat(makePchatPool({ activeServers: 5 })),
      'pools.pchatPools.0.activeServers',
    )
    expect(f.message).toContain('at most 4')
  })
})

describeRule('PC-06', 'single-server pool type', () => {
  it('passes the multiple-server type', () => expectNone('PC-06', makeAnswers()))
  it('warns for a single-server pool', () => {
    expect(expectOne('PC-06', withPchat(makePchatPool({ poolType: 'single' }))).severity).toBe(
      'warning',
    )
  })
})

describeRule('PC-07', 'a Persistent Chat pool as the Group Chat target', () => {
  it('passes with one target', () => expectNone('PC-07', makeAnswers()))
  it('blocks a plan with no Persistent Chat pool while Group Chat is deployed', () => {
    const f = expectOne('PC-07', withPchat(), 'pools.pchatPools')
    expect(f.message).toMatch(/no Persistent Chat pool/)
  })
  it('blocks pools of which none is the target', () => {
    const f = expectOne('PC-07', withPchat(makePchatPool({ migrationTarget: 'no' })))
    expect(f.message).toMatch(/Mark exactly one pool/)
  })
  it('is silent without Group Chat (the edge)', () => {
    expectNone('PC-07', withSlice('source', { groupChat: 'no' }, withPchat()))
  })
  it('waits for the pools step', () => {
    expectNone('PC-07', makeAnswers({ pools: undefined }))
  })
})

describeRule('PC-08', 'pool type and server count agree', () => {
  it('passes a single-server pool with one server (the edge)', () => {
    expectNone('PC-08', withPchat(makePchatPool({ poolType: 'single', activeServers: 1 })))
  })
  it('passes a multiple-server pool with one server', () => {
    expectNone('PC-08', withPchat(makePchatPool({ poolType: 'multi', activeServers: 1 })))
  })
  it('blocks a single-server pool with 3 active servers, on the server count', () => {
    const f = expectOne(
      'PC-08',
      withPchat(makePchatPool({ poolType: 'single', activeServers: 3 })),
      'pools.pchatPools.0.activeServers',
    )
    expect(f.message).toContain('3 active servers')
    expect(f.count).toBe(3)
  })
})

describe('Persistent Chat pool schema', () => {
  it('asks for the compliance instance only when compliance is on', () => {
    expect(pchatPoolSchema.safeParse(makePchatPool()).success).toBe(true)
    const missing = pchatPoolSchema.safeParse(
      makePchatPool({ compliance: 'yes', complianceInstance: '' }),
    )
    expect(missing.error?.issues[0]?.path).toEqual(['complianceInstance'])
  })
  it('wants a UNC file store path', () => {
    const bad = pchatPoolSchema.safeParse(makePchatPool({ fileStore: 'C:\\files' }))
    expect(bad.error?.issues[0]?.message).toMatch(/UNC/)
  })
  it('takes the server count as typed text', () => {
    const parsed = pchatPoolSchema.parse({ ...makePchatPool(), activeServers: ' 3 ' })
    expect(parsed.activeServers).toBe(3)
    expect(pchatPoolSchema.safeParse({ ...makePchatPool(), activeServers: '2.5' }).success).toBe(
      false,
    )
  })
})
