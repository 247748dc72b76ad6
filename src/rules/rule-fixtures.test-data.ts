// Test data only: one plan per rule ID that fires it, and one just inside its edge that
// does not. Imported by tests (rules and checklist), never by production code.
import type { Answers } from './answers'
import type { RuleId } from './catalogue'
import type { Room } from './rooms'
import { makeAnswers, makePchatPool, makeRoom, makeSqlInstance, withSlice } from './test-factory'

const gc = (patch: Partial<NonNullable<Answers['groupChat']>>, base?: Answers) =>
  withSlice('groupChat', patch, base)
const source = (patch: Partial<NonNullable<Answers['source']>>, base?: Answers) =>
  withSlice('source', patch, base)
const pools = (patch: Partial<NonNullable<Answers['pools']>>, base?: Answers) =>
  withSlice('pools', patch, base)
const forest = (patch: Partial<NonNullable<Answers['forest']>>) => withSlice('forest', patch)
const noGroupChat = (base: Answers) => source({ groupChat: 'no' }, base)

const lyncPool = (
  fqdn: string,
  sqlInstance: string,
  edition: 'standard' | 'enterprise' = 'enterprise',
) => ({
  fqdn,
  edition,
  sqlInstance,
})
const legacyPool = (product: 'lync2010' | 'ocs2007r2' | 'ocs2007') => ({
  fqdn: 'pool10.contoso.com',
  product,
  edition: 'enterprise' as const,
  sqlInstance: 'sql10.contoso.com\\RTC',
})
const withRooms = (rooms: Room[], existingNames: string[] = []) =>
  gc({ inventory: { separator: '/', rooms, totalRooms: rooms.length, existingNames } })

/** An OCS 2007 R2 source whose Group Chat is OCS 2007 R2 Group Chat: raises nothing. */
const ocsOnly = gc(
  { sourceProduct: 'ocs2007r2' },
  source({ products: ['ocs2007r2'], legacyPools: [legacyPool('ocs2007r2')] }),
)

/** A Standard Edition Lync Server 2013 server with its own local SQL Server 2012 Express. */
const standardEditionLocalExpress = pools(
  {
    lyncPools: [lyncPool('se13.contoso.com', 'se13.contoso.com\\RTC', 'standard')],
    pchatPools: [makePchatPool({ homePool: 'se13.contoso.com' })],
  },
  withSlice(
    'sql',
    {
      instances: [
        makeSqlInstance({
          server: 'sql10.contoso.com',
          version: '2008',
          roles: ['legacy-backend'],
        }),
        makeSqlInstance({ server: 'se13.contoso.com', edition: 'express' }),
        makeSqlInstance({ server: 'pcsql.contoso.com', instance: 'PCHAT', roles: ['pchat-store'] }),
      ],
    },
    source({ targetTopology: 'standard' }),
  ),
)

/** A plan per rule ID; `evaluate(FIXTURE[id])` raises `id` (and only ALSO_FIRES[id] besides). */
export const FIXTURE: Record<RuleId, Answers> = {
  'SRC-01': source({ legacyPools: [legacyPool('ocs2007')] }),
  'SRC-02': source({ legacyPools: [legacyPool('ocs2007r2')] }),
  'SRC-03': source({ method: 'in-place' }),
  'SRC-04': pools({
    lyncPools: [
      lyncPool('pool13.contoso.com', 'sql13.contoso.com\\RTC'),
      lyncPool('POOL10.contoso.com.', 'sql13.contoso.com\\RTC2'),
    ],
  }),
  'SRC-05': source({ othersOnLync2013: 'no' }),
  'SRC-06': pools({ pchatPools: [makePchatPool({ fqdn: 'GCPool.contoso.com.' })] }),
  'FOR-01': forest({ lyncForest: 'fabrikam.com' }),
  'FOR-02': forest({ pchatForest: 'fabrikam.com' }),
  // The legacy instance runs SQL Server 2008 R2 here, so that SQL-02 stays out of it.
  'SQL-01': pools(
    { lyncPools: [lyncPool('pool13.contoso.com', 'SQL10.contoso.com.\\rtc')] },
    withSlice('sql', {
      instances: [
        makeSqlInstance({
          server: 'sql10.contoso.com',
          version: '2008r2',
          roles: ['legacy-backend'],
        }),
        makeSqlInstance({ server: 'pcsql.contoso.com', instance: 'PCHAT', roles: ['pchat-store'] }),
      ],
    }),
  ),
  'SQL-02': withSlice('sql', {
    instances: [
      ...(makeAnswers().sql?.instances.slice(0, 1) ?? []),
      makeSqlInstance({ version: '2014' }),
      makeSqlInstance({ server: 'pcsql.contoso.com', instance: 'PCHAT', roles: ['pchat-store'] }),
    ],
  }),
  'SQL-03': withSlice('sql', { instances: [makeSqlInstance({ edition: 'workgroup' })] }),
  'SQL-04': pools({
    lyncPools: [
      lyncPool('pool13.contoso.com', 'sql13.contoso.com\\RTC'),
      lyncPool('pool14.contoso.com', 'SQL13.contoso.com\\rtc'),
    ],
  }),
  'SQL-05': pools({ pchatPools: [makePchatPool({ storeInstance: 'sql13.contoso.com\\RTC' })] }),
  'SQL-06': pools({ lyncPools: [lyncPool('pool13.contoso.com', 'sql10.contoso.com\\LYNC13')] }),
  'PC-01': pools({ lyncPools: [] }),
  'PC-02': pools({ pchatPools: [makePchatPool({ edition: 'standard' })] }),
  'PC-03': pools({
    pchatPools: [
      makePchatPool(),
      makePchatPool({ fqdn: 'pchat2.contoso.com', storeInstance: 'pcsql.contoso.com\\PCHAT2' }),
    ],
  }),
  'PC-04': pools({ pchatPools: [makePchatPool({ existingContent: 'yes' })] }),
  'PC-05': pools({ pchatPools: [makePchatPool({ activeServers: 5 })] }),
  'PC-06': pools({ pchatPools: [makePchatPool({ poolType: 'single', activeServers: 1 })] }),
  'PC-07': pools({ pchatPools: [makePchatPool({ migrationTarget: 'no' })] }),
  'PC-08': pools({ pchatPools: [makePchatPool({ poolType: 'single', activeServers: 2 })] }),
  'GC-01': gc({ categoryDepth: 2 }),
  'GC-02': gc({ rootManagers: 'yes' }),
  'GC-03': withRooms([makeRoom(['A', 'B'], 'x'.repeat(253))]),
  'GC-04': gc({ invitationsOffCategories: 1 }),
  'GC-05': gc({ filesUsed: 'yes', legacyFileStore: '\\\\gc01.contoso.com\\GroupChatFiles' }),
  'GC-06': gc({ federatedRooms: 1 }),
  'GC-07': gc({ roomsNotToMigrate: 1 }),
  'GC-08': withRooms([makeRoom(['A'], 'Chat'), makeRoom(['B'], 'CHAT ')]),
  'GC-09': gc({ lookupUri: 'sip:ocschat@fabrikam.com' }),
  'GC-10': gc({ sourceProduct: 'ocs2007r2' }),
}

/** Rules a fixture raises besides its own, because they follow from the same answer. */
export const ALSO_FIRES: Partial<Record<RuleId, readonly RuleId[]>> = {
  // A single-server pool with two servers is also a single-server pool.
  'PC-08': ['PC-06'],
  // Two levels of categories in the inventory are a depth of two.
  'GC-03': ['GC-01'],
}

/** A plan per rule ID just inside its edge: `evaluate(EDGE[id])` does not raise `id`. */
export const EDGE: Record<RuleId, Answers> = {
  'SRC-01': ocsOnly,
  'SRC-02': ocsOnly,
  'SRC-03': source({ method: 'side-by-side' }),
  'SRC-04': pools({ lyncPools: [lyncPool('pool10.contoso.com.au', 'sql13.contoso.com\\RTC')] }),
  'SRC-05': noGroupChat(source({ othersOnLync2013: 'no' })),
  // Persistent Chat may share a Standard Edition Front End's name (collocation).
  'SRC-06': pools(
    {
      lyncPools: [lyncPool('se13.contoso.com', 'sql13.contoso.com\\RTC', 'standard')],
      pchatPools: [makePchatPool({ fqdn: 'se13.contoso.com', homePool: 'se13.contoso.com' })],
    },
    source({ targetTopology: 'standard' }),
  ),
  'FOR-01': forest({ lyncForest: 'CONTOSO.com.' }),
  'FOR-02': noGroupChat(forest({ pchatForest: 'fabrikam.com' })),
  // Another instance on the legacy server is SQL-06, not SQL-01.
  'SQL-01': FIXTURE['SQL-06'],
  'SQL-02': withSlice('sql', { instances: [makeSqlInstance({ version: '2008r2' })] }),
  'SQL-03': standardEditionLocalExpress,
  'SQL-04': pools({
    lyncPools: [
      lyncPool('pool13.contoso.com', 'sql13.contoso.com\\RTC'),
      lyncPool('pool14.contoso.com', 'sql13.contoso.com\\RTC2'),
    ],
  }),
  'SQL-05': pools({ pchatPools: [makePchatPool({ storeInstance: 'sql13.contoso.com\\PCHAT' })] }),
  // The very instance of a legacy pool is SQL-01, not SQL-06.
  'SQL-06': FIXTURE['SQL-01'],
  'PC-01': pools({ pchatPools: [makePchatPool({ homePool: 'POOL13.contoso.com.' })] }),
  'PC-02': noGroupChat(FIXTURE['PC-02']),
  'PC-03': pools({
    pchatPools: [
      makePchatPool(),
      makePchatPool({
        fqdn: 'pchat2.contoso.com',
        storeInstance: 'pcsql.contoso.com\\PCHAT2',
        migrationTarget: 'no',
      }),
    ],
  }),
  'PC-04': pools({
    pchatPools: [
      makePchatPool(),
      makePchatPool({
        fqdn: 'pchat2.contoso.com',
        storeInstance: 'pcsql.contoso.com\\PCHAT2',
        migrationTarget: 'no',
        existingContent: 'yes',
      }),
    ],
  }),
  'PC-05': pools({ pchatPools: [makePchatPool({ activeServers: 4 })] }),
  'PC-06': pools({ pchatPools: [makePchatPool({ poolType: 'multi', activeServers: 1 })] }),
  'PC-07': noGroupChat(FIXTURE['PC-07']),
  'PC-08': FIXTURE['PC-06'],
  'GC-01': gc({ categoryDepth: 1 }),
  'GC-02': gc({ rootManagers: 'no' }),
  // 'A/B/' + 252 = 256 characters; a room in a top-level category is not prefixed.
  'GC-03': withRooms([makeRoom(['A', 'B'], 'x'.repeat(252)), makeRoom(['A'], 'y'.repeat(256))]),
  'GC-04': gc({ invitationsOffCategories: 0 }),
  'GC-05': gc({ filesUsed: 'no' }),
  'GC-06': gc({ federatedRooms: 0 }),
  'GC-07': gc({ roomsNotToMigrate: 0 }),
  'GC-08': withRooms([
    makeRoom(['A'], 'Chat'),
    makeRoom(['B'], 'Chat 2'),
    makeRoom(['A', 'B'], 'Chat'),
  ]),
  // The URI is only used when legacy clients must keep working unchanged.
  'GC-09': gc({ lookupUri: 'sip:ocschat@fabrikam.com', legacyClients: 'no' }),
  'GC-10': ocsOnly,
}
