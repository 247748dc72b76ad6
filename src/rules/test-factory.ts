import type { Answers } from './answers'
import type { Room } from './group-chat'
import type { PchatPool } from './pools'
import type { SqlInstance } from './sql'

// Deterministic answers that raise no finding at all; tests override what they probe.
export function makeSqlInstance(overrides: Partial<SqlInstance> = {}): SqlInstance {
  return {
    server: 'sql13.contoso.com',
    instance: 'RTC',
    version: '2012',
    edition: 'enterprise',
    bitness: '64',
    roles: ['lync-backend'],
    ...overrides,
  }
}

export function makePchatPool(overrides: Partial<PchatPool> = {}): PchatPool {
  return {
    fqdn: 'pchat.contoso.com',
    homePool: 'pool13.contoso.com',
    poolType: 'multi',
    edition: 'enterprise',
    activeServers: 2,
    storeInstance: 'pcsql.contoso.com\\PCHAT',
    compliance: 'no',
    complianceInstance: '',
    fileStore: '\\\\fs01.contoso.com\\pchatfiles',
    migrationTarget: 'yes',
    existingContent: 'no',
    ...overrides,
  }
}

export function makeAnswers(overrides: Partial<Answers> = {}): Answers {
  return {
    source: {
      products: ['lync2010'],
      legacyPools: [
        {
          fqdn: 'pool10.contoso.com',
          product: 'lync2010',
          edition: 'enterprise',
          sqlInstance: 'sql10.contoso.com\\RTC',
        },
      ],
      targetTopology: 'enterprise',
      method: 'side-by-side',
      groupChat: 'yes',
      othersOnLync2013: 'yes',
    },
    forest: {
      legacyForest: 'contoso.com',
      lyncForest: 'contoso.com',
      pchatForest: 'contoso.com',
      sipDomains: [{ domain: 'contoso.com' }],
    },
    sql: {
      instances: [
        makeSqlInstance({
          server: 'sql10.contoso.com',
          version: '2008',
          roles: ['legacy-backend'],
        }),
        makeSqlInstance(),
        makeSqlInstance({ server: 'pcsql.contoso.com', instance: 'PCHAT', roles: ['pchat-store'] }),
      ],
    },
    pools: {
      lyncPools: [
        {
          fqdn: 'pool13.contoso.com',
          edition: 'enterprise',
          sqlInstance: 'sql13.contoso.com\\RTC',
        },
      ],
      pchatPools: [makePchatPool()],
    },
    groupChat: {
      sourceProduct: 'lync2010',
      poolFqdn: 'gcpool.contoso.com',
      sqlInstance: 'gcsql.contoso.com\\GROUPCHAT',
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
    ...overrides,
  }
}

/** Shallow-merges a slice of the baseline answers. */
export function withSlice<K extends keyof Answers>(
  key: K,
  patch: Partial<NonNullable<Answers[K]>>,
  base: Answers = makeAnswers(),
): Answers {
  return { ...base, [key]: { ...base[key], ...patch } }
}

export function makeRoom(path: string[], name: string, patch: Partial<Room> = {}): Room {
  return { path, name, invitations: true, disabled: false, federated: 0, ...patch }
}
