import { describe, expect, it } from 'vitest'
import { sipDomains } from './forest'
import { forestSchema, forestSchemaFor } from './forest-schema'
import { describeRule, expectNone, expectOne } from './rules.test-utils'
import { makeAnswers, withSlice } from './test-factory'

describeRule('FOR-01', 'Lync 2013 in another forest', () => {
  it('passes in the same forest', () => expectNone('FOR-01', withSlice('forest', {})))
  it('blocks another forest on the Lync 2013 forest field', () => {
    const f = expectOne(
      'FOR-01',
      withSlice('forest', { lyncForest: 'fabrikam.com' }),
      'forest.lyncForest',
    )
    expect(f.message).toContain('fabrikam.com')
    expect(f.message).toContain('contoso.com')
  })
  it('treats case and a trailing dot as the same forest', () => {
    expectNone('FOR-01', withSlice('forest', { lyncForest: 'Contoso.COM.' }))
  })
})

describeRule('FOR-02', 'Persistent Chat pool in another forest', () => {
  it('passes in the legacy forest', () => expectNone('FOR-02', withSlice('forest', {})))
  it('blocks another forest on its field', () => {
    expectOne('FOR-02', withSlice('forest', { pchatForest: 'fabrikam.com' }), 'forest.pchatForest')
  })
  it('is not raised without Group Chat, or before the forest is given', () => {
    const noGc = withSlice(
      'source',
      { groupChat: 'no' },
      withSlice('forest', { pchatForest: 'fabrikam.com' }),
    )
    expectNone('FOR-02', noGc)
    expectNone('FOR-02', withSlice('forest', { pchatForest: '' }))
  })
})

describe('Active Directory step schema', () => {
  const base = { ...makeAnswers().forest, pchatForest: '' }
  it('requires the Persistent Chat forest when Group Chat is deployed', () => {
    const result = forestSchemaFor({ groupChat: true }).safeParse(base)
    expect(result.error?.issues.map((i) => i.path)).toEqual([['pchatForest']])
    expect(result.error?.issues[0]?.message).toMatch(/Enter the forest of the Persistent Chat pool/)
  })
  it('leaves it optional without Group Chat, and in a stored plan', () => {
    expect(forestSchemaFor({ groupChat: false }).safeParse(base).success).toBe(true)
    expect(forestSchema.safeParse(base).success).toBe(true)
  })
  it('refuses more SIP domains than its named limit', () => {
    const sipDomainsList = Array.from({ length: 51 }, (_, i) => ({ domain: `d${i}.contoso.com` }))
    const result = forestSchema.safeParse({ ...base, sipDomains: sipDomainsList })
    expect(result.error?.issues[0]?.message).toBe('Enter 50 SIP domains or fewer')
  })
})

describe('sipDomains', () => {
  it('normalises case and the trailing dot, once per domain', () => {
    const answers = withSlice('forest', {
      sipDomains: [
        { domain: 'Contoso.com.' },
        { domain: 'contoso.com' },
        { domain: 'Fabrikam.COM' },
      ],
    })
    expect(sipDomains(answers)).toEqual(['contoso.com', 'fabrikam.com'])
  })
})
