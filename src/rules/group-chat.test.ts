import { describe, expect, it } from 'vitest'
import type { Answers } from './answers'
import { groupChatSchema, parseSipUri } from './group-chat'
import type { Room } from './rooms'
import { describeRule, expectNone, expectOne } from './rule-test-utils'
import { makeAnswers, makeRoom, withSlice } from './test-factory'

const gc = (patch: Partial<NonNullable<Answers['groupChat']>>) => withSlice('groupChat', patch)
const room = makeRoom
const withRooms = (rooms: Room[], existingNames: string[] = []) =>
  gc({ inventory: { separator: '/', rooms, totalRooms: rooms.length, existingNames } })

describeRule('GC-01', 'categories deeper than one level', () => {
  it('passes one level (the edge)', () => expectNone('GC-01', gc({ categoryDepth: 1 })))
  it('warns at two levels and states the separator assumption', () => {
    const f = expectOne('GC-01', gc({ categoryDepth: 2 }), 'groupChat.categoryDepth')
    expect(f.message).toMatch(/does not document/)
  })
  it('takes the depth from the room inventory when it is deeper', () => {
    expectOne('GC-01', withRooms([room(['A', 'B'], 'r')]))
  })
})

describeRule('GC-02', 'managers on the root category', () => {
  it('passes without', () => expectNone('GC-02', makeAnswers()))
  it('warns with', () => expectOne('GC-02', gc({ rootManagers: 'yes' }), 'groupChat.rootManagers'))
  it('is silent when Group Chat is not deployed', () => {
    expectNone('GC-02', withSlice('source', { groupChat: 'no' }, gc({ rootManagers: 'yes' })))
  })
})

describeRule('GC-03', 'room names over 256 characters after flattening', () => {
  it('passes exactly 256 characters with the prefix', () => {
    // 'A' + '/' + 254 = 256
    expectNone('GC-03', withRooms([room(['A'], 'x'.repeat(254))]))
  })
  it('blocks 257 characters, counting the prefix and separator', () => {
    const f = expectOne('GC-03', withRooms([room(['A'], 'x'.repeat(255))]), 'groupChat.inventory')
    expect(f.message).toContain('1 room name is longer than 256')
  })
  it('counts a character outside the BMP as two UTF-16 units', () => {
    expectOne('GC-03', withRooms([room(['A'], `${'x'.repeat(253)}😀`)]))
  })
  it('ignores disabled rooms, which are not migrated', () => {
    expectNone('GC-03', withRooms([room(['A'], 'x'.repeat(300), { disabled: true })]))
  })
})

describeRule('GC-04', 'categories with invitations off', () => {
  it('passes with none', () => expectNone('GC-04', makeAnswers()))
  it('warns with the count', () => {
    expect(expectOne('GC-04', gc({ invitationsOffCategories: 3 })).message).toContain(
      '3 categories',
    )
  })
  it('uses the singular for one', () => {
    expect(expectOne('GC-04', gc({ invitationsOffCategories: 1 })).message).toContain(
      '1 category has',
    )
  })
})

describeRule('GC-05', 'files uploaded in rooms', () => {
  it('is silent without files', () => expectNone('GC-05', makeAnswers()))
  it('informs, mentioning XCOPY and the client', () => {
    const f = expectOne('GC-05', gc({ filesUsed: 'yes', legacyFileStore: '\\\\gc\\files' }))
    expect(f.severity).toBe('info')
    expect(f.message).toMatch(/XCOPY/)
    expect(f.message).toMatch(/Lync 2013 client cannot/)
  })
  it('requires the legacy folder when files were used', () => {
    const result = groupChatSchema.safeParse({
      ...makeAnswers().groupChat,
      filesUsed: 'yes',
      legacyFileStore: '',
    })
    expect(result.error?.issues[0]?.path).toEqual(['legacyFileStore'])
  })
})

describeRule('GC-06', 'rooms with federated users', () => {
  it('passes with none', () => expectNone('GC-06', makeAnswers()))
  it('warns with the count', () => {
    expect(expectOne('GC-06', gc({ federatedRooms: 12 })).message).toContain('12 rooms have')
  })
  it('fires for a single room', () => expectOne('GC-06', gc({ federatedRooms: 1 })))
})

describeRule('GC-07', 'rooms not to migrate', () => {
  it('is silent with none', () => expectNone('GC-07', makeAnswers()))
  it('tells to disable them', () => {
    const f = expectOne('GC-07', gc({ roomsNotToMigrate: 4 }))
    expect(f.severity).toBe('info')
    expect(f.message).toMatch(/disabled/)
  })
  it('reads a count typed with spaces', () => {
    const parsed = groupChatSchema.parse({ ...makeAnswers().groupChat, roomsNotToMigrate: ' 4 ' })
    expect(parsed.roomsNotToMigrate).toBe(4)
  })
})

describeRule('GC-08', 'room names that clash after flattening', () => {
  it('passes distinct names', () => {
    expectNone('GC-08', withRooms([room(['A'], 'x'), room(['B'], 'x')]))
  })
  it('blocks two rooms that flatten to the same name, whatever their case', () => {
    const f = expectOne('GC-08', withRooms([room(['A', 'B'], 'x'), room(['a'], 'B/X')]))
    expect(f.message).toContain('2 rooms')
  })
  it('blocks a clash with a room already in the new pool', () => {
    expectOne('GC-08', withRooms([room(['A'], 'x')], ['a/X ']))
  })
  it('ignores a clash with a disabled room', () => {
    expectNone('GC-08', withRooms([room(['A'], 'x'), room(['A'], 'x', { disabled: true })]))
  })
})

describeRule('GC-09', 'Lookup Server URI', () => {
  it('passes sip:ocschat@ a SIP domain', () => expectNone('GC-09', makeAnswers()))
  it('accepts an upper-case scheme and domain (the edge)', () => {
    expectNone('GC-09', gc({ lookupUri: 'SIP:ocschat@CONTOSO.com' }))
  })
  it('blocks a URI without sip:', () => {
    const f = expectOne('GC-09', gc({ lookupUri: 'ocschat@contoso.com' }), 'groupChat.lookupUri')
    expect(f.message).toMatch(/does not start with sip:/)
  })
  it('blocks a URI in another domain', () => {
    expect(expectOne('GC-09', gc({ lookupUri: 'sip:ocschat@fabrikam.com' })).message).toMatch(
      /not one of this plan's SIP domains/,
    )
  })
  it('blocks a URI that is not user@domain', () => {
    expectOne('GC-09', gc({ lookupUri: 'sip:contoso.com' }))
    expect(parseSipUri('sip:a@b@contoso.com').ok).toBe(false)
  })
})

describe('group chat schema', () => {
  it('refuses a cutoff date in the future or that does not exist', () => {
    const base = makeAnswers().groupChat
    expect(groupChatSchema.safeParse({ ...base, cutoffDate: '2999-01-01' }).success).toBe(false)
    expect(groupChatSchema.safeParse({ ...base, cutoffDate: '2010-02-30' }).success).toBe(false)
    expect(groupChatSchema.safeParse({ ...base, cutoffDate: '2010-01-01' }).success).toBe(true)
  })
})
