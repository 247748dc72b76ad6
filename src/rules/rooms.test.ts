import { describe, expect, it } from 'vitest'
import { makeRoom } from './test-factory'
import { analyzeRooms, flattenRoomName, MAX_ROOM_NAME_LENGTH, roomNameKey } from './rooms'

const room = makeRoom

describe('flattenRoomName', () => {
  it('prefixes a room under a child category with the whole category path', () => {
    expect(flattenRoomName(room(['Sales', 'EMEA'], 'Leads'), '/')).toBe('Sales/EMEA/Leads')
    expect(flattenRoomName(room(['Sales', 'EMEA'], 'Leads'), ' - ')).toBe('Sales - EMEA - Leads')
  })
  it('leaves a room in a top-level category, or at the root, unprefixed (seed 004 step 3)', () => {
    expect(flattenRoomName(room(['Sales'], 'Leads'), '/')).toBe('Leads')
    expect(flattenRoomName(room([], 'Lobby'), '/')).toBe('Lobby')
  })
})

describe('analyzeRooms', () => {
  it('measures 255, 256 and 257 characters', () => {
    const rooms = [255, 256, 257].map((n) => room(['A', 'B'], 'x'.repeat(n - 4)))
    const result = analyzeRooms(rooms, { separator: '/' })
    expect(result.flagged.map((r) => [r.index, r.length])).toEqual([[2, MAX_ROOM_NAME_LENGTH + 1]])
  })
  it('counts multi-byte names in UTF-16 units', () => {
    const result = analyzeRooms([room(['Café', 'x'], 'é'.repeat(249))], { separator: '/' })
    expect(result.flagged).toEqual([])
    expect(
      analyzeRooms([room(['日本', 'x'], '😀'.repeat(126))], { separator: '/' }).counts['GC-03'],
    ).toBe(1)
  })
  it('flags both rooms of a clash that differs only by case', () => {
    const result = analyzeRooms(
      [room(['A', 'B'], 'Chat'), room(['a', 'b'], 'CHAT'), room(['A', 'C'], 'Chat')],
      { separator: '/' },
    )
    expect(result.counts['GC-08']).toBe(2)
    expect(result.flagged.map((r) => r.index)).toEqual([0, 1])
    expect(result.flagged[1]?.clashWith).toBe('A/B/Chat')
  })
  it('finds same-named rooms of two top-level categories, which keep their names', () => {
    const result = analyzeRooms([room(['A'], 'Chat'), room(['B'], 'chat')], { separator: '/' })
    expect(result.counts['GC-08']).toBe(2)
  })
  it('reports invitations, federation and disabled rooms per room', () => {
    const result = analyzeRooms(
      [
        room(['A'], 'a', { invitations: false }),
        room(['A'], 'b', { federated: 2 }),
        room(['A'], 'c', { disabled: true }),
      ],
      { separator: '/' },
    )
    expect(result.flagged.map((r) => r.ruleIds)).toEqual([['GC-04'], ['GC-06'], ['GC-07']])
    expect(result.maxDepth).toBe(1)
  })
  it('keeps disabled rooms in the length and clash checks (assumed imported as disabled)', () => {
    const result = analyzeRooms(
      [
        room([], 'x'.repeat(257), { disabled: true }),
        room([], 'a'),
        room([], 'A', { disabled: true }),
      ],
      { separator: '/' },
    )
    expect(result.flagged.map((r) => r.ruleIds)).toEqual([
      ['GC-03', 'GC-07'],
      ['GC-08'],
      ['GC-08', 'GC-07'],
    ])
  })
})

describe('roomNameKey', () => {
  it('folds case and space, and composes accents only where they occur', () => {
    expect(roomNameKey('  Sales/Leads ')).toBe('sales/leads')
    expect(roomNameKey('Cafe\u0301')).toBe(roomNameKey('Café'))
  })
})
