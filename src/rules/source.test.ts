import { describe, expect, it } from 'vitest'
import { evaluate } from './evaluate'
import { describeRule, expectNone, expectOne, findingsOf } from './rules.test-utils'
import { sourceSchema } from './source-schema'
import { makeAnswers, makePchatPool, withSlice } from './test-factory'

const legacyPool = (product: 'lync2010' | 'ocs2007r2' | 'ocs2007' | 'lcs2005', n = 0) => ({
  fqdn: `pool1${n}.contoso.com`,
  product,
  edition: 'enterprise' as const,
  sqlInstance: `sql1${n}.contoso.com\\RTC`,
})

describe('baseline', () => {
  it('raises no finding at all', () => {
    expect(evaluate(makeAnswers())).toEqual([])
  })
})

describeRule('SRC-01', 'unsupported source product', () => {
  it('passes for Lync Server 2010 and for OCS 2007 R2 alone', () => {
    expectNone('SRC-01', withSlice('source', { products: ['lync2010'] }))
    expectNone('SRC-01', withSlice('source', { products: ['ocs2007r2'] }))
  })
  it.each(['ocs2007', 'lcs2005', 'other'] as const)('blocks %s', (product) => {
    const f = expectOne('SRC-01', withSlice('source', { products: [product] }), 'source.products')
    expect(f.severity).toBe('blocker')
    expect(f.sources).toEqual(['S1'])
  })
  it('blocks an OCS 2007 pool while only Lync Server 2010 is ticked, on that pool', () => {
    const f = expectOne(
      'SRC-01',
      withSlice('source', { legacyPools: [legacyPool('lync2010'), legacyPool('ocs2007', 1)] }),
      'source.legacyPools.1.product',
    )
    expect(f.message).toContain('Office Communications Server 2007')
    expect(f.count).toBe(1)
  })
  it('reports a product ticked and set on a pool once, on the tick list', () => {
    const answers = withSlice('source', {
      products: ['lync2010', 'lcs2005'],
      legacyPools: [legacyPool('lcs2005')],
    })
    expectOne('SRC-01', answers, 'source.products')
  })
  it('blocks an unsupported product deployed beside a supported one, naming only it', () => {
    const f = expectOne('SRC-01', withSlice('source', { products: ['lync2010', 'lcs2005'] }))
    expect(f.message).toContain('Live Communications Server 2005')
    expect(f.message).not.toContain('from Lync Server 2010')
  })
})

describeRule('SRC-02', 'mixed Lync 2010 and OCS 2007 R2 source', () => {
  it('passes for one product', () => expectNone('SRC-02', makeAnswers()))
  it('blocks both together', () => {
    const f = expectOne('SRC-02', withSlice('source', { products: ['ocs2007r2', 'lync2010'] }))
    expect(f.message).toMatch(/both Lync Server 2010 and OCS 2007 R2/)
  })
  it('is not raised for OCS 2007 R2 with OCS 2007 (that is SRC-01)', () => {
    expectNone(
      'SRC-02',
      withSlice('source', {
        products: ['ocs2007r2', 'ocs2007'],
        legacyPools: [legacyPool('ocs2007r2')],
      }),
    )
  })
  it('blocks an OCS 2007 R2 pool while only Lync Server 2010 is ticked, on that pool', () => {
    const f = expectOne(
      'SRC-02',
      withSlice('source', { legacyPools: [legacyPool('lync2010'), legacyPool('ocs2007r2', 1)] }),
      'source.legacyPools.1.product',
    )
    expect(f.message).toMatch(/set on a legacy pool/)
  })
})

describeRule('SRC-03', 'migration method', () => {
  it('passes for side-by-side', () => expectNone('SRC-03', makeAnswers()))
  it('blocks an in-place upgrade on its field', () => {
    expectOne('SRC-03', withSlice('source', { method: 'in-place' }), 'source.method')
  })
  it('is not evaluated before the source step is answered', () => {
    expectNone('SRC-03', makeAnswers({ source: undefined }))
  })
})

describeRule('SRC-04', 'Lync 2013 pool reuses a legacy FQDN', () => {
  it('passes for new names', () => expectNone('SRC-04', makeAnswers()))
  it('blocks the same FQDN on the Lync 2013 pool field', () => {
    const answers = withSlice('pools', {
      lyncPools: [
        {
          fqdn: 'pool10.contoso.com',
          edition: 'enterprise',
          sqlInstance: 'sql13.contoso.com\\RTC',
        },
      ],
    })
    expectOne('SRC-04', answers, 'pools.lyncPools.0.fqdn')
  })
  it('ignores case and a trailing dot when comparing', () => {
    const answers = withSlice('pools', {
      lyncPools: [
        {
          fqdn: 'POOL10.Contoso.com.',
          edition: 'enterprise',
          sqlInstance: 'sql13.contoso.com\\RTC',
        },
      ],
    })
    expectOne('SRC-04', answers)
  })
  it('does not confuse a name that only starts the same', () => {
    const answers = withSlice('pools', {
      lyncPools: [
        {
          fqdn: 'pool10.contoso.com.au',
          edition: 'enterprise',
          sqlInstance: 'sql13.contoso.com\\RTC',
        },
      ],
    })
    expectNone('SRC-04', answers)
  })
})

describeRule('SRC-05', 'Group Chat goes last', () => {
  it('passes when everything else is on Lync 2013', () => expectNone('SRC-05', makeAnswers()))
  it('warns when other components are not yet moved', () => {
    const f = expectOne('SRC-05', withSlice('source', { othersOnLync2013: 'no' }))
    expect(f.severity).toBe('warning')
    expect(f.sources).toEqual(['S1', 'S2'])
  })
  it('does not warn without Group Chat', () => {
    expectNone('SRC-05', withSlice('source', { othersOnLync2013: 'no', groupChat: 'no' }))
  })
})

describe('source schema', () => {
  it('requires at least one product and one legacy pool', () => {
    const result = sourceSchema.safeParse({
      ...makeAnswers().source,
      products: [],
      legacyPools: [],
    })
    expect(result.success).toBe(false)
    const paths = result.error?.issues.map((i) => i.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['products', 'legacyPools']))
  })
  it('trims FQDNs and rejects ones that are not', () => {
    const base = makeAnswers().source
    const ok = sourceSchema.parse({
      ...base,
      legacyPools: [{ ...base?.legacyPools[0], fqdn: '  pool10.contoso.com ' }],
    })
    expect(ok.legacyPools[0]?.fqdn).toBe('pool10.contoso.com')
    const bad = sourceSchema.safeParse({
      ...base,
      legacyPools: [{ ...base?.legacyPools[0], fqdn: 'pool 10' }],
    })
    expect(bad.error?.issues[0]?.message).toMatch(/fully qualified domain name/)
  })
  it('keeps findingsOf usable for a plan with no answers', () => {
    expect(findingsOf('SRC-01', {})).toEqual([])
  })
})

describeRule('SRC-06', 'Persistent Chat pool reuses another pool name', () => {
  const pchat = (fqdn: string) => withSlice('pools', { pchatPools: [makePchatPool({ fqdn })] })
  it('passes for a name of its own', () => expectNone('SRC-06', makeAnswers()))
  it('blocks the Group Chat pool name, whatever its case or trailing dot', () => {
    const f = expectOne('SRC-06', pchat('GCPOOL.contoso.com.'), 'pools.pchatPools.0.fqdn')
    expect(f.message).toContain(
      'gcpool.contoso.com has the same FQDN as the legacy Group Chat pool',
    )
    expect(f.message).not.toMatch(/\.\./)
  })
  it('blocks a legacy pool name', () => {
    expect(expectOne('SRC-06', pchat('pool10.contoso.com')).message).toMatch(/a legacy pool/)
  })
  it('blocks an Enterprise Edition Front End pool name', () => {
    expect(expectOne('SRC-06', pchat('pool13.contoso.com')).message).toMatch(
      /Enterprise Edition Front End/,
    )
  })
  it('allows the name of a Standard Edition server (collocation is allowed there)', () => {
    const answers = withSlice('pools', {
      lyncPools: [
        { fqdn: 'se13.contoso.com', edition: 'standard', sqlInstance: 'se13.contoso.com' },
      ],
      pchatPools: [makePchatPool({ fqdn: 'se13.contoso.com', homePool: 'se13.contoso.com' })],
    })
    expectNone('SRC-06', answers)
  })
  it('ignores the Group Chat pool name when Group Chat is not deployed', () => {
    expectNone('SRC-06', withSlice('source', { groupChat: 'no' }, pchat('gcpool.contoso.com')))
  })
})
