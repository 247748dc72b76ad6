import { describe, expect, it } from 'vitest'
import { makeAnswers } from '../rules/test-factory'
import { applySlice } from './dependents'

describe('applySlice', () => {
  const base = makeAnswers()
  it('drops the Group Chat answers when Group Chat is turned off', () => {
    const { answers } = applySlice(base, 'source', { ...base.source!, groupChat: 'no' })
    expect(answers.groupChat).toBeUndefined()
    expect(answers.forest?.pchatForest).toBe('')
  })
  it('re-asks the Group Chat product when the source product changes', () => {
    const { answers, reask } = applySlice(base, 'source', {
      ...base.source!,
      products: ['ocs2007r2'],
    })
    expect(answers.groupChat).toBeUndefined()
    expect(reask[0]?.slice).toBe('groupChat')
    expect(reask[0]?.draft).toMatchObject({ poolFqdn: 'gcpool.contoso.com' })
    expect(reask[0]?.draft).not.toHaveProperty('sourceProduct')
  })
  it('keeps everything else', () => {
    const { answers, reask } = applySlice(base, 'forest', {
      ...base.forest!,
      lyncForest: 'contoso.com',
    })
    expect(answers.groupChat).toEqual(base.groupChat)
    expect(reask).toEqual([])
  })
})
