import { describe, expect, it } from 'vitest'
import { parseSqlInstanceRef, sqlInstanceKey } from './common'
import { EDGE } from './rule-fixtures.test-data'
import { describeRule, expectNone, expectOne, findingsOf } from './rules.test-utils'
import type { SqlInstance } from './sql'
import { displayInstanceRef, instanceRef } from './sql'
import { makeAnswers, makePchatPool, makeSqlInstance, withSlice } from './test-factory'

const standardEditionLocalExpress = EDGE['SQL-03']

const withInstances = (...instances: ReturnType<typeof makeSqlInstance>[]) =>
  withSlice('sql', { instances })

describe('instance names as commands carry them', () => {
  it('normalise the server and the instance name, and keep the default instance bare', () => {
    expect(instanceRef({ server: ' SQL13.Contoso.com. ', instance: 'RTC' })).toBe(
      'sql13.contoso.com\\rtc',
    )
    expect(instanceRef({ server: 'sql13.contoso.com', instance: '' })).toBe('sql13.contoso.com')
    expect(displayInstanceRef('GCSQL.contoso.com.\\GroupChat')).toBe('gcsql.contoso.com\\groupchat')
    expect(displayInstanceRef('not an instance')).toBe('not an instance')
  })
})

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
      "The SQL server sqlx.contoso.com already contains a SQL instance hosting role 'User Store'.",
    )
  })
  it('shows the server without its trailing dot (no "sqlx.contoso.com..")', () => {
    const f = expectOne(
      'SQL-01',
      withInstances(
        makeSqlInstance({ server: 'SQLX.contoso.com.', roles: ['legacy-backend', 'lync-backend'] }),
      ),
    )
    expect(f.message).toContain('The SQL server sqlx.contoso.com already')
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
    // Reported once, on the pool answer that brought the Lync 2013 database there.
    const f = expectOne('SQL-01', answers, 'pools.lyncPools.0.sqlInstance')
    expect(f.message).toContain('sql10.contoso.com')
  })
  it('is reported once when both steps name the shared instance', () => {
    const answers = withSlice(
      'pools',
      {
        lyncPools: [
          {
            fqdn: 'pool13.contoso.com',
            edition: 'enterprise',
            sqlInstance: 'sqlx.contoso.com\\RTC',
          },
        ],
      },
      withInstances(
        makeSqlInstance({ server: 'sqlx.contoso.com', roles: ['legacy-backend', 'lync-backend'] }),
      ),
    )
    expectOne('SQL-01', answers, 'sql.instances.0.roles')
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
  it('says that SQL Server 2014 support is unconfirmed, and why the plan blocks it', () => {
    const f = expectOne('SQL-02', withInstances(makeSqlInstance({ version: '2014' })))
    expect(f.message).toMatch(/UNCONFIRMED/)
    expect(f.message).toMatch(/does not list it/)
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
    const f = expectOne('SQL-03', withInstances(makeSqlInstance({ edition: 'express' })))
    expect(f.message).toMatch(/Enterprise Edition pool pool13.contoso.com/)
  })
  const standardEdition = (instance: string, express: Partial<SqlInstance> = {}) =>
    withSlice(
      'pools',
      {
        lyncPools: [{ fqdn: 'se13.contoso.com', edition: 'standard', sqlInstance: instance }],
        pchatPools: [makePchatPool({ homePool: 'se13.contoso.com' })],
      },
      withInstances(
        makeSqlInstance({
          server: instance.split('\\')[0] ?? '',
          instance: instance.split('\\')[1] ?? '',
          edition: 'express',
          ...express,
        }),
        makeSqlInstance({ server: 'pcsql.contoso.com', instance: 'PCHAT', roles: ['pchat-store'] }),
      ),
    )
  it('allows SQL Server 2012 Express on the Standard Edition server itself (the edge)', () => {
    expectNone('SQL-03', standardEditionLocalExpress)
    expectNone('SQL-03', standardEdition('SE13.contoso.com.\\RTCLOCAL'))
  })
  it('blocks Express on another computer than the Standard Edition server it serves', () => {
    const f = expectOne(
      'SQL-03',
      standardEdition('sql13.contoso.com\\RTC'),
      'sql.instances.0.edition',
    )
    expect(f.message).toMatch(/another computer than the Standard Edition pool se13.contoso.com/)
  })
  it('blocks SQL Server 2008 R2 Express, even on the Standard Edition server', () => {
    const f = expectOne(
      'SQL-03',
      standardEdition('se13.contoso.com\\RTC', { version: '2008r2' }),
      'sql.instances.0.edition',
    )
    expect(f.message).toMatch(/only Express edition supported .* SQL Server 2012 Express/)
  })
  it('leaves Express of an unsupported version to SQL-02 (one problem, one finding)', () => {
    const answers = standardEdition('se13.contoso.com\\RTC', { version: '2008' })
    expectNone('SQL-03', answers)
    expectOne('SQL-02', answers)
  })
  it('blocks Express named by no pool when it is on no Standard Edition server', () => {
    const answers = withSlice(
      'pools',
      {
        lyncPools: [
          { fqdn: 'se13.contoso.com', edition: 'standard', sqlInstance: 'se13.contoso.com' },
        ],
      },
      withInstances(makeSqlInstance({ server: 'sqlx.contoso.com', edition: 'express' })),
    )
    expect(expectOne('SQL-03', answers).message).toMatch(/not on a Standard Edition server/)
  })
  it('before the pools step, allows Express only for a Standard Edition topology', () => {
    const express = withInstances(makeSqlInstance({ edition: 'express' }))
    const before = { ...express, pools: undefined }
    expectOne('SQL-03', before)
    expectNone('SQL-03', withSlice('source', { targetTopology: 'standard' }, before))
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
    const f = expectOne('SQL-04', answers, 'pools.lyncPools.1.sqlInstance')
    expect(f.count).toBe(2)
    expect(f.items).toEqual(['pool13.contoso.com', 'pool14.contoso.com'])
  })
  it('counts three pools on one instance in one finding', () => {
    const pool = (n: number) => ({
      fqdn: `pool1${n}.contoso.com`,
      edition: 'enterprise' as const,
      sqlInstance: 'sql13.contoso.com\\RTC',
    })
    const answers = withSlice('pools', { lyncPools: [pool(3), pool(4), pool(5)] })
    expect(expectOne('SQL-04', answers).count).toBe(3)
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
    const f = expectOne('SQL-05', answers, 'pools.pchatPools.0.storeInstance')
    expect(f.severity).toBe('warning')
  })
  it('is reported once, on the SQL step, when that step declares both databases', () => {
    const answers = withSlice(
      'pools',
      { pchatPools: [makePchatPool({ storeInstance: 'sql13.contoso.com\\RTC' })] },
      withInstances(makeSqlInstance({ roles: ['lync-backend', 'pchat-store'] })),
    )
    expectOne('SQL-05', answers, 'sql.instances.0.roles')
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

describeRule('SQL-06', 'Lync 2013 and legacy databases on one computer', () => {
  const lyncOn = (sqlInstance: string) =>
    withSlice('pools', {
      lyncPools: [{ fqdn: 'pool13.contoso.com', edition: 'enterprise', sqlInstance }],
    })
  it('passes with separate computers', () => expectNone('SQL-06', makeAnswers()))
  it("warns in seed 000's words when another instance of the legacy server is used", () => {
    const f = expectOne(
      'SQL-06',
      lyncOn('SQL10.contoso.com.\\LYNC13'),
      'pools.lyncPools.0.sqlInstance',
    )
    expect(f.severity).toBe('warning')
    expect(f.message).toContain('"You must use separate and distinct computers')
    expect(f.message).toContain('sql10.contoso.com would host')
    expect(f.count).toBe(1)
    expect(f.items).toEqual(['sql10.contoso.com\\rtc'])
  })
  it('counts the Group Chat database as a legacy database', () => {
    const answers = withSlice(
      'groupChat',
      { sqlInstance: 'pcsql.contoso.com\\GROUPCHAT' },
      makeAnswers(),
    )
    expectOne('SQL-06', answers, 'sql.instances.2.server')
  })
  it('leaves the very same instance to SQL-01', () => {
    const answers = lyncOn('sql10.contoso.com\\RTC')
    expectNone('SQL-06', answers)
    expectOne('SQL-01', answers)
  })
})
