import type { Answers } from '../rules/answers'
import type { SqlInstance } from '../rules/sql'
import { makePchatPool, makeRoom, makeSqlInstance, withSlice } from '../rules/test-factory'

// Five varied plans whose checklists and scripts are dumped to docs/examples/
// for review without running the app. Deterministic; no dates from the clock.

const sql = (
  server: string,
  instance: string,
  roles: SqlInstance['roles'],
  patch: Partial<SqlInstance> = {},
): SqlInstance => makeSqlInstance({ server, instance, roles, ...patch })
const pchat = makePchatPool
const room = makeRoom

// The baseline of the rule tests, with Group Chat's files, root managers and rooms to prepare.
const lync2010WithGroupChat: Answers = withSlice('groupChat', {
  filesUsed: 'yes',
  legacyFileStore: 'D:\\GroupChat\\Files',
  categoryDepth: 2,
  rootManagers: 'yes',
  invitationsOffCategories: 2,
  federatedRooms: 3,
  roomsNotToMigrate: 4,
  cutoffDate: '2010-01-01',
})

const ocsWithGroupChat: Answers = {
  ...lync2010WithGroupChat,
  source: {
    products: ['ocs2007r2'],
    legacyPools: [
      {
        fqdn: 'ocspool.contoso.com',
        product: 'ocs2007r2',
        edition: 'enterprise',
        sqlInstance: 'ocssql.contoso.com\\RTC',
      },
    ],
    targetTopology: 'enterprise',
    method: 'side-by-side',
    groupChat: 'yes',
    othersOnLync2013: 'no',
  },
  sql: {
    instances: [
      sql('ocssql.contoso.com', 'RTC', ['legacy-backend'], { version: '2008' }),
      sql('sql13.contoso.com', 'RTC', ['lync-backend']),
      sql('pcsql.contoso.com', 'PCHAT', ['pchat-store']),
    ],
  },
  groupChat: {
    sourceProduct: 'ocs2007r2',
    poolFqdn: 'ocsgc.contoso.com',
    sqlInstance: 'ocsgcsql.contoso.com\\GROUPCHAT',
    database: 'GroupChat',
    lookupUri: 'sip:ocschat@contoso.com',
    legacyClients: 'yes',
    filesUsed: 'no',
    legacyFileStore: '',
    categoryDepth: 1,
    rootManagers: 'no',
    invitationsOffCategories: 0,
    federatedRooms: 0,
    roomsNotToMigrate: 0,
    cutoffDate: '',
  },
}

const noGroupChatPending: Answers = {
  source: { ...lync2010WithGroupChat.source!, groupChat: 'no', othersOnLync2013: 'no' },
  forest: { ...lync2010WithGroupChat.forest!, pchatForest: '' },
  sql: {
    instances: [
      sql('sql10.contoso.com', 'RTC', ['legacy-backend'], { version: '2008' }),
      sql('sql13.contoso.com', 'RTC', ['lync-backend']),
    ],
  },
  pools: {
    lyncPools: [
      { fqdn: 'pool13.contoso.com', edition: 'enterprise', sqlInstance: 'sql13.contoso.com\\RTC' },
    ],
    pchatPools: [],
  },
}

const standardWithExpress: Answers = {
  ...lync2010WithGroupChat,
  source: {
    ...lync2010WithGroupChat.source!,
    legacyPools: [
      {
        fqdn: 'se10.contoso.com',
        product: 'lync2010',
        edition: 'standard',
        sqlInstance: 'se10.contoso.com\\RTC',
      },
    ],
    targetTopology: 'standard',
  },
  sql: {
    instances: [
      sql('se10.contoso.com', 'RTC', ['legacy-backend'], { version: '2008', edition: 'express' }),
      sql('se13.contoso.com', 'RTC', ['lync-backend'], { edition: 'express' }),
      sql('pcsql.contoso.com', 'PCHAT', ['pchat-store'], { edition: 'standard' }),
    ],
  },
  pools: {
    lyncPools: [
      { fqdn: 'se13.contoso.com', edition: 'standard', sqlInstance: 'se13.contoso.com\\RTC' },
    ],
    pchatPools: [pchat({ homePool: 'se13.contoso.com' })],
  },
  groupChat: {
    ...ocsWithGroupChat.groupChat!,
    sourceProduct: 'lync2010',
    poolFqdn: 'gcpool.contoso.com',
    sqlInstance: 'gcsql.contoso.com\\GROUPCHAT',
    legacyClients: 'no',
  },
}

const contentInNewPool: Answers = {
  ...lync2010WithGroupChat,
  pools: {
    ...lync2010WithGroupChat.pools!,
    pchatPools: [pchat({ existingContent: 'yes' })],
  },
  groupChat: {
    ...lync2010WithGroupChat.groupChat!,
    filesUsed: 'no',
    legacyFileStore: '',
    categoryDepth: 1,
    rootManagers: 'no',
    invitationsOffCategories: 0,
    federatedRooms: 0,
    roomsNotToMigrate: 0,
    cutoffDate: '',
    inventory: {
      separator: '/',
      rooms: [
        room([], 'General'),
        room(['Sales'], 'Pipeline'),
        room(['Sales', 'EMEA'], 'Forecast'),
        room(['Engineering'], 'Release'),
        room(['Engineering'], 'x'.repeat(250)),
      ],
      totalRooms: 5,
      existingNames: ['General', 'Announcements'],
      fileName: 'rooms.csv',
    },
  },
}

export const EXAMPLE_PLANS = {
  'lync2010-group-chat': {
    title: 'Lync Server 2010 with Group Chat',
    answers: lync2010WithGroupChat,
  },
  'ocs2007r2-group-chat': {
    title: 'OCS 2007 R2 with Group Chat, other components not yet moved',
    answers: ocsWithGroupChat,
  },
  'no-group-chat-phases-pending': {
    title: 'No Group Chat, migration phases still pending',
    answers: noGroupChatPending,
  },
  'standard-edition-express': {
    title: 'Standard Edition with SQL Server Express, no legacy clients',
    answers: standardWithExpress,
  },
  'content-in-new-pool': {
    title: 'Content already in the new Persistent Chat pool, with a room inventory',
    answers: contentInNewPool,
  },
} as const satisfies Record<string, { title: string; answers: Answers }>

export type ExampleId = keyof typeof EXAMPLE_PLANS
