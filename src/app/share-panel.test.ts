import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { makeLargeAnswers } from '../diagram/test-plans'
import { summarizeInventory } from '../plan/inventory-summary'
import { shareLink } from '../plan/link-budget'
import type { Plan } from '../plan/plan'
import { makeReferencePlan } from '../plan/test-plans'
import type { Answers } from '../rules/answers'
import type { Room } from '../rules/rooms'
import { makeSqlInstance, withSlice } from '../rules/test-factory'
import { linkMessage, linkVerdict, SharePanelView } from './share-panel'

const origin = 'https://lync-planner.intranet.contoso.com'
const room = (i: number): Room => ({
  path: ['Dept', `Team ${i % 7}`],
  name: `Room ${i}`,
  invitations: true,
  disabled: false,
  federated: 1,
  row: i + 2,
})

function withRooms(n: number, answers: Answers = makeReferencePlan().answers): Plan {
  const rooms = Array.from({ length: n }, (_, i) => room(i))
  const { inventory, answers: counts } = summarizeInventory(rooms, {
    separator: '/',
    existingNames: [],
  })
  return makeReferencePlan({ answers: withSlice('groupChat', { inventory, ...counts }, answers) })
}

/** 20 pools and 54 instances, 14 of them with names that compress badly: a link over 2,000 even with no room. */
function makeHugeAnswers(): Answers {
  let seed = 7
  const word = () => (seed = (seed * 48271) % 2147483647).toString(36)
  const large = makeLargeAnswers()
  const odd = Array.from({ length: 14 }, () =>
    makeSqlInstance({
      server: `sql-${word()}.${word()}.contoso.com`,
      instance: word().toUpperCase(),
      roles: ['legacy-backend'],
    }),
  )
  return { ...large, sql: { instances: [...(large.sql?.instances ?? []), ...odd] } }
}

const verdictOf = (plan: Plan) => linkVerdict(shareLink(plan, origin))

// The three things the panel used to say at once; now exactly one is said.
const WHOLE = /holds the whole plan/
const PART = /part of the room list was left out/
const FILE = /^Send the plan file instead/

describe('the share panel says one thing about a link', () => {
  it('a small plan: the whole plan, nothing else', () => {
    const v = verdictOf(makeReferencePlan())
    expect(v.kind).toBe('whole')
    const text = linkMessage(v, true)
    expect(text).toMatch(/^Link copied \(\d[\d,]* characters\)\. It holds the whole plan/)
    expect(text).not.toMatch(PART)
    expect(text).not.toMatch(/plan file/)
  })

  it('many rooms: part of the room list left out, counted, and the file offered', () => {
    const v = verdictOf(withRooms(3000))
    expect(v).toMatchObject({ kind: 'cut' })
    if (v.kind !== 'cut') return
    expect(v.length).toBeLessThanOrEqual(2000)
    const text = linkMessage(v, true)
    expect(text).toMatch(PART)
    expect(text).toContain(`${v.cut.toLocaleString('en')} rooms needing action`)
    expect(text).not.toMatch(WHOLE)
    expect(text).not.toMatch(FILE)
  })

  it('a huge plan with many rooms: only "send the file", with the length and what is missing', () => {
    const v = verdictOf(withRooms(3000, makeHugeAnswers()))
    expect(v.kind).toBe('too-long')
    if (v.kind !== 'too-long') return
    expect(v.length).toBeGreaterThan(2000)
    const text = linkMessage(v, true)
    expect(text).toMatch(FILE)
    expect(text).toContain(
      `The link is ${v.length.toLocaleString('en')} characters, more than the 2,000`,
    )
    expect(text).toContain(`it leaves out ${v.cut.toLocaleString('en')} rooms needing action`)
    expect(text).not.toMatch(WHOLE)
    expect(text).not.toMatch(PART)
  })

  it('says when the browser did not copy, without claiming it did', () => {
    const text = linkMessage({ kind: 'whole', length: 1234 }, false)
    expect(text).toMatch(/^This browser did not allow copying: select the link below/)
    expect(text).toContain('(1,234 characters)')
    expect(text).not.toMatch(/copied/)
    const long = linkMessage({ kind: 'too-long', length: 2027, cut: 0, cutExistingNames: 0 }, false)
    expect(long).toMatch(FILE)
    expect(long).toContain('2,027 characters')
    expect(long).not.toMatch(/was copied|leaves out/)
  })

  it('promises nothing before a link is made, and tells the sender that ticks stay with each copy', () => {
    const plan = makeReferencePlan()
    const html = renderToStaticMarkup(
      createElement(SharePanelView, { plan, openedFromLink: false }),
    )
    expect(html).not.toMatch(WHOLE)
    expect(html).toContain('gets a copy of their own: ticks made there do not come back to you')
    expect(html).not.toContain('Your own copy')
  })

  it('tells a colleague who opened a link that this is their own copy and ticks do not flow back', () => {
    const plan = makeReferencePlan()
    const html = renderToStaticMarkup(createElement(SharePanelView, { plan, openedFromLink: true }))
    expect(html).toContain('role="note" aria-label="Your own copy"')
    expect(html).toContain(`This is your own copy of “${plan.name}”`)
    expect(html).toContain('they do not flow back to whoever sent the link')
  })
})
