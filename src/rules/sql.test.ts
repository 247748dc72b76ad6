import { describe, expect, it } from 'vitest'
import { parseSqlInstanceRef, sqlInstanceKey } from './common'
import { describeRule, expectNone, expectOne, findingsOf } from './rule-test-utils'
import { makeAnswers, makePchatPool, makeSqlInstance, withSlice } from './test-factory'

const withInstances = (...instances: ReturnType<typeof makeSqlInstance>[]) =>
  withSlice('sql', { instances })

describe('SQL instance references', () => {
  it('parse server and instance, or the default instance', () => {
    expect(parseSqlInstanceRef('sql01.contoso.com\\RTC')).toEqual({
      server: 'sql01.contoso.com',
      instance: 'rtc',
    })
    expect(sqlInstanceKey('SQL01.contoso.com.')).toBe('sql01.contoso.com\\mssqlserver')
    expect(parseSqlInstanceRef('sql01\\rtc')).toBeNull()
    expect(parseSqlInstanceRef('sql01.contoso.com\\a\\b')).toBeNull()
    expect(parseSqlInstanceRef('sql01.contoso.com\\9bad')).toBeNull()
  })
})

describeRule('SQL-01', 'Lync 2013 and legacy databases on one instance', () => {
  it('passes with separate instances', () => expectNone('SQL-01', makeAnswers()))
  it("blocks an instance declared for both, in Topology Builder's words with the real FQDN", () => {
    const f = expectOne(
      'SQL-01',
      withInstances(
        makeSqlInstance({ server: 'SQLX.contoso.com', roles: ['legacy-backend', 'lync-backend'] }),
      ),
      'sql.instances.0.roles',
    )
    expect(f.message).toContain(
      "The SQL server SQLX.contoso.com already contains a SQL instance hosting role 'User Store'.",
    )
  })
  it('blocks a Lync 2013 pool whose back end is a legacy pool instance, on the pool field', () => {
    const answers = withSlice('pools', {
      lyncPools: [
        {
          fqdn: 'pool13.contoso.com',
          edition: 'enterprise',
          sqlInstance: 'SQL10.contoso.com.\\rtc',
        },
      ],
    })
    const found = findingsOf('SQL-01', answers)
    expect(found.map((f) => f.path)).toEqual(
      expect.arrayContaining(['sql.instances.0.roles', 'pools.lyncPools.0.sqlInstance']),
    )
    expect(found.find((f) => f.path.startsWith('pools'))?.message).toContain('sql10.contoso.com')
  })
  it('does not block another instance on the same server', () => {
    const answers = withSlice('pools', {
      lyncPools: [
        {
          fqdn: 'pool13.contoso.com',
          edition: 'enterprise',
          sqlInstance: 'sql10.contoso.com\\LYNC13',
        },
      ],
    })
    expect(findingsOf('SQL-01', answers).filter((f) => f.path.startsWith('pools'))).toEqual([])
  })
})

describeRule('SQL-02', 'SQL Server version for Lync 2013 databases', () => {
  it.each(['2008r2', '2012'] as const)('passes %s', (version) =>
    expectNone('SQL-02', withInstances(makeSqlInstance({ version }))),
  )
  it.each(['2005', '2008', '2014', 'other'] as const)('blocks %s', (version) => {
    expectOne('SQL-02', withInstances(makeSqlInstance({ version })), 'sql.instances.0.version')
  })
  it('ignores the version of a legacy-only instance', () => {
    expectNone(
      'SQL-02',
      withInstances(
        makeSqlInstance({
          server: 'sql10.contoso.com',
          version: '2005',
          roles: ['legacy-backend'],
        }),
      ),
    )
  })
  it('applies to a compliance store too', () => {
    expectOne(
      'SQL-02',
      withInstances(makeSqlInstance({ version: '2008', roles: ['pchat-compliance'] })),
    )
  })
})

describeRule('SQL-03', 'SQL Server edition and bitness', () => {
  it('passes Standard and Enterprise, 64-bit', () => {
    expectNone('SQL-03', withInstances(makeSqlInstance({ edition: 'standard' })))
  })
  it.each(['web', 'workgroup'] as const)('blocks the %s edition', (edition) => {
    expectOne('SQL-03', withInstances(makeSqlInstance({ edition })), 'sql.instances.0.edition')
  })
  it('blocks 32-bit on the bitness field', () => {
    expectOne(
      'SQL-03',
      withInstances(makeSqlInstance({ bitness: '32' })),
      'sql.instances.0.bitness',
    )
  })
  it('blocks Express for an Enterprise Edition pool', () => {
    expectOne('SQL-03', withInstances(makeSqlInstance({ edition: 'express' })))
  })
  it('allows Express for a Standard Edition pool (the edge)', () => {
    const answers = withSlice(
      'pools',
      {
        lyncPools: [
          { fqdn: 'se13.contoso.com', edition: 'standard', sqlInstance: 'sql13.contoso.com\\RTC' },
        ],
      },
      withInstances(makeSqlInstance({ edition: 'express' })),
    )
    expectNone('SQL-03', answers)
  })
})

describeRule('SQL-04', 'one back end and one Persistent Chat database per instance', () => {
  it('passes with one of each', () => expectNone('SQL-04', makeAnswers()))
  it('blocks a second back end on the same instance, on the second pool', () => {
    const answers = withSlice('pools', {
      lyncPools: [
        {
          fqdn: 'pool13.contoso.com',
          edition: 'enterprise',
          sqlInstance: 'sql13.contoso.com\\RTC',
        },
        {
          fqdn: 'pool14.contoso.com',
          edition: 'enterprise',
          sqlInstance: 'SQL13.contoso.com\\rtc',
        },
      ],
    })
    expectOne('SQL-04', answers, 'pools.lyncPools.1.sqlInstance')
  })
  it('blocks a second Persistent Chat store on the same instance', () => {
    const answers = withSlice('pools', {
      pchatPools: [
        makePchatPool(),
        makePchatPool({ fqdn: 'pchat2.contoso.com', migrationTarget: 'no' }),
      ],
    })
    expectOne('SQL-04', answers, 'pools.pchatPools.1.storeInstance')
  })
  it('allows one back end plus one Persistent Chat store on one instance (that is SQL-05)', () => {
    const answers = withSlice('pools', {
      pchatPools: [makePchatPool({ storeInstance: 'sql13.contoso.com\\RTC' })],
    })
    expectNone('SQL-04', answers)
  })
})

describeRule('SQL-05', 'Persistent Chat store beside an Enterprise Edition back end', () => {
  it('passes on a dedicated instance', () => expectNone('SQL-05', makeAnswers()))
  it('warns when the store shares the Enterprise back-end instance', () => {
    const answers = withSlice('pools', {
      pchatPools: [makePchatPool({ storeInstance: 'sql13.contoso.com\\RTC' })],
    })
    const found = findingsOf('SQL-05', answers)
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((f) => f.severity === 'warning')).toBe(true)
    expect(found.map((f) => f.path)).toContain('pools.pchatPools.0.storeInstance')
  })
  it('does not warn beside a Standard Edition back end', () => {
    const base = withSlice('source', { targetTopology: 'standard' })
    const answers = withSlice(
      'pools',
      {
        lyncPools: [
          { fqdn: 'se13.contoso.com', edition: 'standard', sqlInstance: 'sql13.contoso.com\\RTC' },
        ],
        pchatPools: [
          makePchatPool({ homePool: 'se13.contoso.com', storeInstance: 'sql13.contoso.com\\RTC' }),
        ],
      },
      base,
    )
    expectNone('SQL-05', answers)
  })
})
