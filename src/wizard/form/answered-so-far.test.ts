import { describe, expect, it } from 'vitest'
import type { Answers } from '../../rules/answers'
import { forestSchema } from '../../rules/forest-schema'
import { groupChatSchema } from '../../rules/group-chat-schema'
import { poolsSchema } from '../../rules/pools-schema'
import { sourceSchema } from '../../rules/source-schema'
import { sqlSchema } from '../../rules/sql-schema'
import { SLICE_CHECKS } from '../../store/findings'
import { answeredSoFar } from './answered-so-far'

const SCHEMAS = {
  source: sourceSchema,
  forest: forestSchema,
  sql: sqlSchema,
  pools: poolsSchema,
  groupChat: groupChatSchema,
} as const

const gcYes = { source: answeredSoFar(sourceSchema, { groupChat: 'yes' }) } as Answers

describe('answers given so far', () => {
  it('keeps each valid answer and leaves out the rest', () => {
    expect(
      answeredSoFar(sourceSchema, {
        products: ['lync2010', 'nonsense'],
        legacyPools: [{ fqdn: 'not a name', edition: 'enterprise' }],
        groupChat: 'yes',
        othersOnLync2013: 'no',
        method: '',
      }),
    ).toEqual({
      products: ['lync2010'],
      legacyPools: [{ edition: 'enterprise' }],
      groupChat: 'yes',
      othersOnLync2013: 'no',
    })
    expect(answeredSoFar(groupChatSchema, { categoryDepth: '3', federatedRooms: '' })).toEqual({
      categoryDepth: 3,
    })
  })

  it.each(Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])(
    'the %s check reads an unanswered step as not answered: no finding, no crash',
    (slice) => {
      const blankItems = {
        legacyPools: [{}],
        instances: [{}],
        lyncPools: [{}],
        pchatPools: [{}],
        sipDomains: [{}],
      }
      const draft = answeredSoFar(SCHEMAS[slice], blankItems)
      expect(SLICE_CHECKS[slice]({ ...gcYes, [slice]: draft } as Answers)).toEqual([])
    },
  )

  it('a warning needs only the answers it is about', () => {
    const source = answeredSoFar(sourceSchema, { groupChat: 'yes', othersOnLync2013: 'no' })
    expect(SLICE_CHECKS.source({ source } as Answers).map((f) => f.ruleId)).toEqual(['SRC-05'])
    const pools = answeredSoFar(poolsSchema, {
      lyncPools: [{}],
      pchatPools: [{ poolType: 'single' }],
    })
    expect(SLICE_CHECKS.pools({ pools } as Answers).map((f) => f.ruleId)).toContain('PC-06')
  })
})
