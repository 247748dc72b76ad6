import { describe, expect, it } from 'vitest'
import type { Answers } from './answers'
import { localToday, parseSipUri } from './common'
import { MAX_FINDING_ITEMS } from './finding'
import { groupChatSchema, groupChatSchemaFor, storedGroupChatSchema } from './group-chat-schema'
import type { Room } from './rooms'
import { MAX_INVENTORY_ROOMS } from './rooms'
import { describeRule, expectNone, expectOne } from './rules.test-utils'
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
    // 'A/B/' + 252 = 256
    expectNone('GC-03', withRooms([room(['A', 'B'], 'x'.repeat(252))]))
  })
  it('blocks 257 characters, counting the prefix and separator, and names the room', () => {
    const f = expectOne(
      'GC-03',
      withRooms([room(['A', 'B'], 'x'.repeat(253))]),
      'groupChat.inventory',
    )
    expect(f.message).toContain('1 room name is longer than 256')
    expect(f.count).toBe(1)
    expect(f.items).toEqual([`A/B/${'x'.repeat(253)}`])
  })
  it('does not prefix a room of a top-level category (no false blocker)', () => {
    expectNone('GC-03', withRooms([room(['A long top-level category'], 'x'.repeat(250))]))
  })
  it('counts a character outside the BMP as two UTF-16 units', () => {
    expectOne('GC-03', withRooms([room(['A', 'B'], `${'x'.repeat(251)}😀`)]))
  })
  it('checks disabled rooms too, and says so', () => {
    const f = expectOne('GC-03', withRooms([room([], 'x'.repeat(300), { disabled: true })]))
    expect(f.message).toMatch(/checks disabled rooms too/)
    expect(f.message).toMatch(/only rooms under a child category/)
  })
  it('carries the whole inventory count of a list cut for a link (not a recount)', () => {
    const rooms = [room(['A', 'B'], 'x'.repeat(300))]
    const cutPlan = gc({
      inventory: {
        separator: '/',
        rooms,
        totalRooms: 5000,
        existingNames: [],
        cut: 299,
        counts: { 'GC-03': 300, 'GC-04': 0, 'GC-06': 0, 'GC-07': 0, 'GC-08': 0 },
      },
    })
    const f = expectOne('GC-03', cutPlan)
    expect(f.count).toBe(300)
    expect(f.message).toContain('300 room names are')
    expect(f.items).toHaveLength(1)
  })
  it('caps the names it lists but not the count', () => {
    const rooms = Array.from({ length: MAX_FINDING_ITEMS + 5 }, (_, i) =>
      room(['A', 'B'], `${i}`.padEnd(260, 'x')),
    )
    const f = expectOne('GC-03', withRooms(rooms))
    expect(f.count).toBe(MAX_FINDING_ITEMS + 5)
    expect(f.items).toHaveLength(MAX_FINDING_ITEMS)
  })
})

describeRule('GC-04', 'categories with invitations off', () => {
  it('passes with none', () => expectNone('GC-04', makeAnswers()))
  it('warns with the count', () => {
    const f = expectOne('GC-04', gc({ invitationsOffCategories: 3 }))
    expect(f.message).toContain('3 categories')
    expect(f.count).toBe(3)
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
    const f = expectOne('GC-06', gc({ federatedRooms: 12 }))
    expect(f.message).toContain('12 rooms have')
    expect(f.count).toBe(12)
  })
  it('fires for a single room', () => expectOne('GC-06', gc({ federatedRooms: 1 })))
})

describeRule('GC-07', 'rooms not to migrate', () => {
  it('is silent with none', () => expectNone('GC-07', makeAnswers()))
  it('tells to disable them', () => {
    const f = expectOne('GC-07', gc({ roomsNotToMigrate: 4 }))
    expect(f.severity).toBe('info')
    expect(f.message).toMatch(/disabled/)
    expect(f.count).toBe(4)
  })
  it('reads a count typed with spaces', () => {
    const parsed = groupChatSchema.parse({ ...makeAnswers().groupChat, roomsNotToMigrate: ' 4 ' })
    expect(parsed.roomsNotToMigrate).toBe(4)
  })
})

describeRule('GC-08', 'room names that clash after flattening', () => {
  it('passes distinct names', () => {
    expectNone('GC-08', withRooms([room(['A', 'B'], 'x'), room(['A', 'C'], 'x')]))
  })
  it('blocks two rooms that flatten to the same name, whatever their case', () => {
    const f = expectOne('GC-08', withRooms([room(['A', 'B'], 'x'), room(['C'], 'a/b/X')]))
    expect(f.message).toContain('2 rooms')
    expect(f.count).toBe(2)
    expect(f.items).toEqual(['A/B/x', 'a/b/X'])
  })
  it('blocks a clash with a room already in the new pool', () => {
    expectOne('GC-08', withRooms([room(['A', 'B'], 'x')], ['a/b/X ']))
  })
  it('keeps a disabled room in the clash check (it is imported, disabled)', () => {
    expectOne('GC-08', withRooms([room(['A'], 'x'), room(['A'], 'x', { disabled: true })]))
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
  it('accepts a SIP domain and URI with a trailing dot', () => {
    const answers = withSlice(
      'forest',
      { sipDomains: [{ domain: 'Contoso.com.' }] },
      gc({ lookupUri: 'sip:ocschat@contoso.com.' }),
    )
    expectNone('GC-09', answers)
  })
  it('is silent when legacy clients need not keep working (the URI is not used)', () => {
    expectNone('GC-09', gc({ lookupUri: 'ocschat@fabrikam.com', legacyClients: 'no' }))
  })
  it('blocks a URI that is not user@domain', () => {
    expectOne('GC-09', gc({ lookupUri: 'sip:contoso.com' }))
    expect(parseSipUri('sip:a@b@contoso.com').ok).toBe(false)
  })
})

describeRule('GC-10', 'Group Chat product and the legacy product that homes it', () => {
  it('passes Lync 2010 Group Chat on a Lync 2010 source', () => expectNone('GC-10', makeAnswers()))
  it('warns for OCS 2007 R2 Group Chat on a Lync 2010-only source', () => {
    const f = expectOne('GC-10', gc({ sourceProduct: 'ocs2007r2' }), 'groupChat.sourceProduct')
    expect(f.severity).toBe('warning')
    expect(f.message).toMatch(
      /homed on a pool of its own product \(Office Communications Server 2007 R2\)/,
    )
  })
  it('reads the products set on legacy pools too', () => {
    const answers = withSlice(
      'source',
      {
        legacyPools: [
          {
            fqdn: 'ocs.contoso.com',
            product: 'ocs2007r2',
            edition: 'enterprise',
            sqlInstance: 'sqlocs.contoso.com',
          },
        ],
      },
      gc({ sourceProduct: 'ocs2007r2' }),
    )
    expectNone('GC-10', answers)
  })
})

describe('group chat schema', () => {
  const base = makeAnswers().groupChat
  it('refuses a cutoff date in the future or that does not exist', () => {
    expect(groupChatSchema.safeParse({ ...base, cutoffDate: '2999-01-01' }).success).toBe(false)
    expect(groupChatSchema.safeParse({ ...base, cutoffDate: '2010-02-30' }).success).toBe(false)
    expect(groupChatSchema.safeParse({ ...base, cutoffDate: '2010-01-01' }).success).toBe(true)
  })
  it("bounds the cutoff date by the administrator's local date, passed in", () => {
    const sydney = groupChatSchemaFor({ today: '2026-03-15' })
    expect(sydney.safeParse({ ...base, cutoffDate: '2026-03-15' }).success).toBe(true)
    expect(sydney.safeParse({ ...base, cutoffDate: '2026-03-16' }).success).toBe(false)
  })
  it('defaults to the local calendar date, not the UTC one', () => {
    // 07:00 on 15 March in Sydney is still 14 March in UTC.
    const local = new Date(2026, 2, 15, 7, 0)
    expect(localToday(local)).toBe('2026-03-15')
  })
  it('reads a stored plan without bounding its date (it may come from another time zone)', () => {
    expect(storedGroupChatSchema.safeParse({ ...base, cutoffDate: '2999-01-01' }).success).toBe(
      true,
    )
    expect(storedGroupChatSchema.safeParse({ ...base, cutoffDate: '2010-02-30' }).success).toBe(
      false,
    )
  })
  it('refuses a room inventory longer than its named limit, with the limit in the message', () => {
    const rooms = Array.from({ length: MAX_INVENTORY_ROOMS + 1 }, () => room([], 'a'))
    const result = groupChatSchema.safeParse({
      ...base,
      inventory: { separator: '/', rooms, totalRooms: rooms.length, existingNames: [] },
    })
    expect(result.error?.issues[0]?.message).toBe('Enter 200,000 rooms or fewer')
  })
})
