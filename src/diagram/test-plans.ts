import type { Answers } from '../rules/answers'
import { makeAnswers, makePchatPool, makeSqlInstance } from '../rules/test-factory'

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A large plan for the picture: 20 pools (10 legacy, 8 Lync Server 2013, 2 Persistent
 * Chat) and 40 SQL Server instances, Group Chat with files and legacy clients kept.
 */
export function makeLargeAnswers(): Answers {
  const base = makeAnswers()
  const legacyPools = Array.from({ length: 10 }, (_, i) => ({
    fqdn: `lyncpool-emea-${pad(i + 1)}.corp.contoso.com`,
    product: 'lync2010' as const,
    edition: 'enterprise' as const,
    sqlInstance: `sqlbe-legacy-${pad(i + 1)}.corp.contoso.com\\RTC`,
  }))
  const lyncPools = Array.from({ length: 8 }, (_, i) => ({
    fqdn: `lync13pool-emea-${pad(i + 1)}.corp.contoso.com`,
    edition: 'enterprise' as const,
    sqlInstance: `sqlbe-2013-${pad(i + 1)}.corp.contoso.com\\RTC`,
  }))
  const pchatPools = [
    makePchatPool({
      fqdn: 'pchat-emea-01.corp.contoso.com',
      homePool: 'lync13pool-emea-03.corp.contoso.com',
      storeInstance: 'sqlpc-01.corp.contoso.com\\MGC',
      compliance: 'yes',
      complianceInstance: 'sqlpc-comp-01.corp.contoso.com\\MGCCOMP',
      fileStore: '\\\\fs-emea-01.corp.contoso.com\\PersistentChatFiles',
    }),
    makePchatPool({
      fqdn: 'pchat-emea-02.corp.contoso.com',
      homePool: 'lync13pool-emea-08.corp.contoso.com',
      storeInstance: 'sqlpc-02.corp.contoso.com\\MGC',
      fileStore: '\\\\fs-emea-02.corp.contoso.com\\PersistentChatFiles',
      migrationTarget: 'no',
    }),
  ]
  const server = (ref: string) => ref.split('\\')
  const instances = [
    ...legacyPools.map((p) => {
      const [s = '', i = ''] = server(p.sqlInstance)
      return makeSqlInstance({
        server: s,
        instance: i,
        version: '2008r2',
        roles: ['legacy-backend'],
      })
    }),
    ...lyncPools.map((p) => {
      const [s = '', i = ''] = server(p.sqlInstance)
      return makeSqlInstance({ server: s, instance: i, roles: ['lync-backend'] })
    }),
    makeSqlInstance({
      server: 'sqlpc-01.corp.contoso.com',
      instance: 'MGC',
      roles: ['pchat-store'],
    }),
    makeSqlInstance({
      server: 'sqlpc-02.corp.contoso.com',
      instance: 'MGC',
      roles: ['pchat-store'],
    }),
    makeSqlInstance({
      server: 'sqlpc-comp-01.corp.contoso.com',
      instance: 'MGCCOMP',
      roles: ['pchat-compliance'],
    }),
    ...Array.from({ length: 10 }, (_, i) =>
      makeSqlInstance({
        server: `sqlmirror-legacy-${pad(i + 1)}.corp.contoso.com`,
        instance: 'RTC',
        version: '2008r2',
        roles: ['legacy-backend'],
      }),
    ),
    ...Array.from({ length: 9 }, (_, i) =>
      makeSqlInstance({
        server: `sqlmirror-2013-${pad(i + 1)}.corp.contoso.com`,
        instance: 'RTC',
        roles: ['lync-backend'],
      }),
    ),
  ]
  return {
    ...base,
    source: base.source && { ...base.source, legacyPools },
    sql: { instances },
    pools: { lyncPools, pchatPools },
    groupChat: base.groupChat && {
      ...base.groupChat,
      poolFqdn: 'groupchat-emea-01.corp.contoso.com',
      sqlInstance: 'sqlgc-01.corp.contoso.com\\GROUPCHAT',
      filesUsed: 'yes',
      legacyFileStore: '\\\\gc-emea-01.corp.contoso.com\\GroupChatFileStore',
    },
  }
}
