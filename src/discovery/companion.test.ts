import { describe, expect, it } from 'vitest'
import { readCompanionCsv } from './companion'

const answersOf = (r: ReturnType<typeof readCompanionCsv>) =>
  r.ok ? Object.fromEntries(r.answers.map((a) => [a.path, a.value])) : r.problem.kind

describe('readCompanionCsv', () => {
  it('root managers: yes when the query returns a row', () => {
    const csv =
      '\uFEFF"name","uri","principal_type"\r\n"Group Chat admins","ma-grp://x","Group"\r\n'
    expect(answersOf(readCompanionCsv('root-managers', csv))).toEqual({
      'groupChat.rootManagers': 'yes',
    })
    expect(answersOf(readCompanionCsv('root-managers', 'name,uri,principal_type\n'))).toEqual({
      'groupChat.rootManagers': 'no',
    })
  })
  it('category tree: depth and categories with invitations off', () => {
    const csv = '"deepest_category_depth","categories","categories_invitations_off"\n"3","12","2"\n'
    expect(answersOf(readCompanionCsv('category-tree', csv))).toEqual({
      'groupChat.categoryDepth': 3,
      'groupChat.invitationsOffCategories': 2,
    })
  })
  it('file posts: yes when a room has any', () => {
    const csv = 'node_id,room_name,file_posts\n42,"Leads, EMEA",7\n'
    const r = readCompanionCsv('file-posts', csv)
    expect(answersOf(r)).toEqual({ 'groupChat.filesUsed': 'yes' })
    expect(r.ok && r.rows[0]?.room_name).toBe('Leads, EMEA')
  })
  it('messages per year: rows to choose from, no answer', () => {
    const r = readCompanionCsv('messages-per-year', 'post_year,messages\n2009,10\n2010,2000\n')
    expect(answersOf(r)).toEqual({})
    expect(r.ok && r.rows).toEqual([
      { post_year: '2009', messages: '10' },
      { post_year: '2010', messages: '2000' },
    ])
  })
  it('refuses the result of another query, naming the missing columns', () => {
    const r = readCompanionCsv('category-tree', 'name,uri,principal_type\n')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problem.message).toContain('deepest_category_depth')
  })
})
