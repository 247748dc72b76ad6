import { describe, expect, it } from 'vitest'
import { buildDiagram } from '../../diagram/build-diagram'
import { makeAnswers, makeSqlInstance } from '../../rules/test-factory'
import { evaluate } from '../../rules/evaluate'
import { groupChatStep } from './group-chat-step'
import { sqlStep } from './sql-step'

const withGcRole = makeAnswers({
  sql: {
    instances: [
      makeSqlInstance({ server: 'sql10.contoso.com', version: '2008', roles: ['legacy-backend'] }),
      makeSqlInstance(),
      makeSqlInstance({ server: 'pcsql.contoso.com', instance: 'PCHAT', roles: ['pchat-store'] }),
      makeSqlInstance({
        server: 'GCSQL.contoso.com',
        instance: 'GroupChat',
        version: '2008',
        roles: ['group-chat'],
      }),
    ],
  },
})

describe('the Group Chat database is asked once', () => {
  it('the Group Chat step starts from the instance the SQL step marked as its database', () => {
    expect(groupChatStep.empty(withGcRole).sqlInstance).toBe('GCSQL.contoso.com\\GroupChat')
    expect(groupChatStep.empty(makeAnswers()).sqlInstance).toBe('')
  })

  it('the SQL step lists the Group Chat instance already named, with its role, once', () => {
    const { instances } = sqlStep.empty(makeAnswers()) as {
      instances: { server?: string; instance?: string; roles: string[] }[]
    }
    expect(instances).toContainEqual({
      server: 'gcsql.contoso.com',
      instance: 'GROUPCHAT',
      roles: ['group-chat'],
    })
    // On the legacy back end's own instance: one entry with both roles.
    const shared = makeAnswers()
    shared.groupChat = { ...shared.groupChat!, sqlInstance: 'SQL10.contoso.com\\rtc' }
    const listed = (sqlStep.empty(shared) as { instances: { roles: string[] }[] }).instances
    expect(listed.filter((i) => i.roles.includes('group-chat'))).toEqual([
      expect.objectContaining({ roles: ['legacy-backend', 'group-chat'] }),
    ])
    // The same on a default instance (the server alone).
    const onDefault = makeAnswers()
    onDefault.source = {
      ...onDefault.source!,
      legacyPools: [{ ...onDefault.source!.legacyPools[0]!, sqlInstance: 'sql10.contoso.com' }],
    }
    onDefault.groupChat = { ...onDefault.groupChat!, sqlInstance: 'SQL10.contoso.com' }
    expect((sqlStep.empty(onDefault) as { instances: { roles: string[] }[] }).instances).toEqual([
      expect.objectContaining({ roles: [] }),
      { server: 'sql10.contoso.com', instance: '', roles: ['legacy-backend', 'group-chat'] },
    ])
  })

  it('a declared Group Chat instance is legacy: no finding of its own, one node in the picture', () => {
    expect(evaluate(withGcRole).map((f) => f.ruleId)).toEqual(
      evaluate(makeAnswers()).map((f) => f.ruleId),
    )
    const model = buildDiagram(withGcRole, evaluate(withGcRole))
    const gcsql = model.nodes.filter((n) => n.name.toLowerCase().startsWith('gcsql.contoso.com'))
    expect(gcsql).toHaveLength(1)
  })
})
