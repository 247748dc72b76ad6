import { expect, it } from 'vitest'
import { describeRule, expectNone, expectOne } from './rule-test-utils'
import { withSlice } from './test-factory'

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
