import { describe, expect, it } from 'vitest'
import { makeAnswers } from '../rules/test-factory'
import { applySlice } from './dependents'

describe('applySlice', () => {
  const base = makeAnswers()
  const no = { ...base.source!, groupChat: 'no' as const }
  const yes = { ...base.source!, groupChat: 'yes' as const }

  it('takes the Group Chat answers out of the plan when Group Chat is turned off, and parks them', () => {
    const { answers, parked } = applySlice(base, 'source', no)
    expect(answers.groupChat).toBeUndefined()
    expect(answers.forest?.pchatForest).toBe('')
    expect(parked.groupChat).toEqual(base.groupChat)
    expect(parked.pchatForest).toBe(base.forest?.pchatForest)
  })

  it('brings every parked answer back when Group Chat is turned on again, inventory included', () => {
    const withInventory = {
      ...base,
      groupChat: {
        ...base.groupChat!,
        inventory: {
          separator: '/',
          rooms: [{ path: ['A'], name: 'r', invitations: true, disabled: false, federated: 0 }],
          totalRooms: 1,
          existingNames: [],
        },
      },
    }
    const off = applySlice(withInventory, 'source', no)
    const on = applySlice(off.answers, 'source', yes, off.parked)
    expect(on.answers.groupChat).toEqual(withInventory.groupChat)
    expect(on.answers.forest).toEqual(base.forest)
    expect(on.restored).toEqual(['groupChat', 'forest'])
    expect(on.parked).toEqual({})
  })

  it('keeps what was parked when the source is saved again with Group Chat still off', () => {
    const off = applySlice(base, 'source', no)
    const again = applySlice(off.answers, 'source', no, off.parked)
    expect(again.parked).toEqual(off.parked)
  })

  it('re-asks the Group Chat product when the source product changes, and parks the old answers', () => {
    const { answers, reask, parked } = applySlice(base, 'source', {
      ...base.source!,
      products: ['ocs2007r2'],
    })
    expect(answers.groupChat).toBeUndefined()
    expect(reask[0]?.slice).toBe('groupChat')
    expect(reask[0]?.draft).toMatchObject({ poolFqdn: 'gcpool.contoso.com' })
    expect(reask[0]?.draft).not.toHaveProperty('sourceProduct')
    expect(parked.groupChat).toEqual(base.groupChat)
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
