import type { z } from 'zod'
import type { Answers, SliceKey } from '../rules/answers'
import { forestSchema } from '../rules/forest'
import {
  defaultLookupUri,
  GC_PRODUCT_LABELS,
  GC_PRODUCTS,
  groupChatSchema,
} from '../rules/group-chat'
import { POOL_TYPE_LABELS, POOL_TYPES, poolsSchema } from '../rules/pools'
import {
  EDITION_LABELS,
  EDITIONS,
  hasGroupChat,
  METHOD_LABELS,
  PRODUCT_LABELS,
  PRODUCTS,
  sourceSchema,
} from '../rules/source'
import {
  BITNESS,
  instanceRef,
  SQL_EDITION_LABELS,
  SQL_EDITIONS,
  SQL_ROLE_LABELS,
  SQL_ROLES,
  SQL_VERSION_LABELS,
  SQL_VERSIONS,
  sqlSchema,
} from '../rules/sql'
import type { Field, Option } from './form/field-types'

export interface StepDef {
  id: string
  slice: SliceKey
  title: string
  /** One line under the title. */
  lead: string
  schema: z.ZodType
  fields: Field[]
  /** Why the step is skipped, or undefined when it applies. */
  skipReason?: (answers: Answers) => string | undefined
  /** Values of a step never answered. */
  empty: (answers: Answers) => Record<string, unknown>
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>): Option[] =>
  values.map((value) => ({ value, label: labels[value] }))
const YES_NO: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
]
const instanceSuggestions = (answers: Answers) => [
  ...new Set([
    ...(answers.sql?.instances.map(instanceRef) ?? []),
    ...(answers.source?.legacyPools.map((p) => p.sqlInstance) ?? []),
  ]),
]
const lyncPoolSuggestions = (answers: Answers) => answers.pools?.lyncPools.map((p) => p.fqdn) ?? []
const SQL_REF_HINT =
  'Server FQDN, a backslash and the instance name, like sql01.contoso.com\\RTC; the FQDN alone for the default instance.'

const source: StepDef = {
  id: 'source',
  slice: 'source',
  title: 'Source deployment',
  lead: 'What runs today, and how you will move it.',
  schema: sourceSchema,
  empty: () => ({ products: [], legacyPools: [{}], targetTopology: undefined }),
  fields: [
    {
      kind: 'checkboxes',
      name: 'products',
      label: 'Which legacy products are deployed?',
      hint: 'Select all that apply, including products on only one pool.',
      options: options(PRODUCTS, PRODUCT_LABELS),
    },
    {
      kind: 'list',
      name: 'legacyPools',
      label: 'Legacy pools',
      itemLabel: 'Legacy pool',
      noun: 'legacy pool',
      empty: () => ({ fqdn: '', sqlInstance: '' }),
      summary: (p) => String(p.fqdn ?? ''),
      fields: [
        {
          kind: 'text',
          name: 'fqdn',
          label: 'Pool FQDN',
          width: 'long',
          placeholder: 'pool01.contoso.com',
        },
        {
          kind: 'select',
          name: 'product',
          label: 'Product',
          options: options(PRODUCTS, PRODUCT_LABELS),
        },
        {
          kind: 'radios',
          name: 'edition',
          label: 'Edition',
          inline: true,
          options: options(EDITIONS, EDITION_LABELS),
        },
        {
          kind: 'text',
          name: 'sqlInstance',
          label: 'Back-end SQL Server instance',
          hint: SQL_REF_HINT,
          width: 'long',
        },
      ],
    },
    {
      kind: 'radios',
      name: 'targetTopology',
      label: 'Lync Server 2013 target topology',
      hint: 'You can move from Standard Edition to Enterprise Edition during the migration.',
      options: options(EDITIONS, EDITION_LABELS),
    },
    {
      kind: 'radios',
      name: 'method',
      label: 'Migration method',
      options: [
        {
          value: 'side-by-side',
          label: METHOD_LABELS['side-by-side'],
          hint: 'New servers and pool names next to the legacy ones.',
        },
        {
          value: 'in-place',
          label: METHOD_LABELS['in-place'],
          hint: 'Upgrade the existing servers.',
        },
      ],
    },
    {
      kind: 'radios',
      name: 'groupChat',
      label: 'Is Group Chat deployed?',
      inline: true,
      options: YES_NO,
    },
    {
      kind: 'radios',
      name: 'othersOnLync2013',
      label: 'Are all other components and users already on Lync Server 2013?',
      hint: 'Group Chat is migrated last, after everything else.',
      inline: true,
      options: YES_NO,
    },
  ],
}

const forest: StepDef = {
  id: 'active-directory',
  slice: 'forest',
  title: 'Active Directory',
  lead: 'The forests of each deployment, and your SIP domains.',
  schema: forestSchema,
  empty: () => ({ sipDomains: [{ domain: '' }] }),
  fields: [
    {
      kind: 'text',
      name: 'legacyForest',
      label: 'Forest of the legacy deployment',
      hint: 'The forest root domain, like contoso.com.',
      width: 'medium',
    },
    {
      kind: 'text',
      name: 'lyncForest',
      label: 'Forest of the Lync Server 2013 deployment',
      width: 'medium',
    },
    {
      kind: 'text',
      name: 'pchatForest',
      label: 'Forest of the Persistent Chat pool',
      width: 'medium',
      showIf: (_v, answers) => hasGroupChat(answers),
    },
    {
      kind: 'list',
      name: 'sipDomains',
      label: 'SIP domains',
      itemLabel: 'SIP domain',
      noun: 'SIP domain',
      empty: () => ({ domain: '' }),
      summary: (d) => String(d.domain ?? ''),
      fields: [
        {
          kind: 'text',
          name: 'domain',
          label: 'Domain',
          width: 'medium',
          placeholder: 'contoso.com',
        },
      ],
    },
  ],
}

const sql: StepDef = {
  id: 'sql',
  slice: 'sql',
  title: 'SQL Server instances',
  lead: 'Every instance that hosts, or will host, a legacy or Lync Server 2013 database.',
  schema: sqlSchema,
  empty: () => ({ instances: [{ roles: [], instance: '' }] }),
  fields: [
    {
      kind: 'list',
      name: 'instances',
      label: 'SQL Server instances',
      itemLabel: 'SQL Server instance',
      noun: 'SQL Server instance',
      empty: () => ({ server: '', instance: '', roles: [] }),
      summary: (i) =>
        i.instance ? `${String(i.server)}\\${String(i.instance)}` : String(i.server ?? ''),
      fields: [
        { kind: 'text', name: 'server', label: 'Server FQDN', width: 'long' },
        {
          kind: 'text',
          name: 'instance',
          label: 'Instance name',
          hint: 'Leave empty for the default instance.',
          width: 'short',
          optional: true,
        },
        {
          kind: 'select',
          name: 'version',
          label: 'Version',
          options: options(SQL_VERSIONS, SQL_VERSION_LABELS),
        },
        {
          kind: 'select',
          name: 'edition',
          label: 'Edition',
          options: options(SQL_EDITIONS, SQL_EDITION_LABELS),
        },
        {
          kind: 'radios',
          name: 'bitness',
          label: 'Architecture',
          inline: true,
          options: [
            { value: '64', label: '64-bit' },
            { value: '32', label: '32-bit' },
          ].filter((o) => BITNESS.includes(o.value as '64')),
        },
        {
          kind: 'checkboxes',
          name: 'roles',
          label: 'Databases it hosts or will host',
          options: options(SQL_ROLES, SQL_ROLE_LABELS),
        },
      ],
    },
  ],
}

const pools: StepDef = {
  id: 'pools',
  slice: 'pools',
  title: 'Lync Server 2013 and Persistent Chat pools',
  lead: 'The new pools, and the Persistent Chat pool that receives Group Chat.',
  schema: poolsSchema,
  empty: (answers) => ({
    lyncPools: [{ fqdn: '', sqlInstance: '' }],
    pchatPools: hasGroupChat(answers)
      ? [{ migrationTarget: 'yes', compliance: 'no', existingContent: 'no', poolType: 'multi' }]
      : [],
  }),
  fields: [
    {
      kind: 'list',
      name: 'lyncPools',
      label: 'Lync Server 2013 pools',
      itemLabel: 'Lync Server 2013 pool',
      noun: 'Lync Server 2013 pool',
      empty: () => ({ fqdn: '', sqlInstance: '' }),
      summary: (p) => String(p.fqdn ?? ''),
      fields: [
        {
          kind: 'text',
          name: 'fqdn',
          label: 'Pool FQDN',
          width: 'long',
          hint: 'A new name: side-by-side migration does not reuse legacy pool names.',
        },
        {
          kind: 'radios',
          name: 'edition',
          label: 'Edition',
          inline: true,
          options: options(EDITIONS, EDITION_LABELS),
        },
        {
          kind: 'text',
          name: 'sqlInstance',
          label: 'Back-end SQL Server instance',
          hint: SQL_REF_HINT,
          width: 'long',
          suggestions: instanceSuggestions,
        },
      ],
    },
    {
      kind: 'list',
      name: 'pchatPools',
      label: 'Persistent Chat pools',
      hint: 'Group Chat migrates into exactly one of them.',
      itemLabel: 'Persistent Chat pool',
      noun: 'Persistent Chat pool',
      empty: () => ({
        fqdn: '',
        homePool: '',
        storeInstance: '',
        fileStore: '',
        compliance: 'no',
        migrationTarget: 'no',
        existingContent: 'no',
        poolType: 'multi',
      }),
      summary: (p) => String(p.fqdn ?? ''),
      fields: [
        { kind: 'text', name: 'fqdn', label: 'Persistent Chat pool FQDN', width: 'long' },
        {
          kind: 'text',
          name: 'homePool',
          label: 'Home pool (a Lync Server 2013 pool)',
          width: 'long',
          suggestions: lyncPoolSuggestions,
        },
        {
          kind: 'radios',
          name: 'poolType',
          label: 'Pool type',
          options: options(POOL_TYPES, POOL_TYPE_LABELS),
        },
        {
          kind: 'radios',
          name: 'edition',
          label: 'Edition',
          inline: true,
          options: options(EDITIONS, EDITION_LABELS),
        },
        {
          kind: 'text',
          name: 'activeServers',
          label: 'Number of active servers',
          width: 'short',
          inputMode: 'numeric',
        },
        {
          kind: 'text',
          name: 'storeInstance',
          label: 'Persistent Chat store SQL Server instance',
          hint: SQL_REF_HINT,
          width: 'long',
          suggestions: instanceSuggestions,
        },
        {
          kind: 'radios',
          name: 'compliance',
          label: 'Is compliance turned on?',
          inline: true,
          options: YES_NO,
        },
        {
          kind: 'text',
          name: 'complianceInstance',
          label: 'Compliance store SQL Server instance',
          width: 'long',
          suggestions: instanceSuggestions,
          showIf: (item) => item.compliance === 'yes',
        },
        {
          kind: 'text',
          name: 'fileStore',
          label: 'File store (UNC path)',
          hint: 'Like \\\\fs01.contoso.com\\pchatfiles',
          width: 'long',
        },
        {
          kind: 'radios',
          name: 'migrationTarget',
          label: 'Will Group Chat be migrated into this pool?',
          inline: true,
          options: YES_NO,
        },
        {
          kind: 'radios',
          name: 'existingContent',
          label: 'Were categories, rooms or add-ins already created in this pool?',
          inline: true,
          options: YES_NO,
        },
      ],
    },
  ],
}

const groupChat: StepDef = {
  id: 'group-chat',
  slice: 'groupChat',
  title: 'Group Chat',
  lead: 'The legacy Group Chat deployment and what its rooms hold.',
  schema: groupChatSchema,
  skipReason: (answers) =>
    hasGroupChat(answers)
      ? undefined
      : 'Group Chat is not deployed (Source deployment), so there is nothing to migrate to Persistent Chat.',
  empty: (answers) => ({
    sourceProduct:
      answers.source?.products.includes('ocs2007r2') &&
      !answers.source.products.includes('lync2010')
        ? 'ocs2007r2'
        : answers.source?.products.includes('lync2010')
          ? 'lync2010'
          : undefined,
    lookupUri: defaultLookupUri(answers),
    database: '',
    categoryDepth: '1',
    invitationsOffCategories: '0',
    federatedRooms: '0',
    roomsNotToMigrate: '0',
    cutoffDate: '',
    legacyFileStore: '',
  }),
  fields: [
    {
      kind: 'radios',
      name: 'sourceProduct',
      label: 'Group Chat product',
      options: options(GC_PRODUCTS, GC_PRODUCT_LABELS),
    },
    {
      kind: 'text',
      name: 'poolFqdn',
      label: 'Group Chat pool FQDN (the trusted application pool)',
      width: 'long',
    },
    {
      kind: 'text',
      name: 'sqlInstance',
      label: 'Group Chat SQL Server instance',
      hint: SQL_REF_HINT,
      width: 'long',
      suggestions: instanceSuggestions,
    },
    {
      kind: 'text',
      name: 'database',
      label: 'Group Chat database name',
      hint: 'Passed to the export as -DBName.',
      width: 'medium',
      optional: true,
    },
    {
      kind: 'text',
      name: 'lookupUri',
      label: 'Lookup Server URI',
      hint: 'The SIP URI legacy clients use to find Group Chat; the default is sip:ocschat@ your SIP domain.',
      width: 'long',
    },
    {
      kind: 'radios',
      name: 'legacyClients',
      label: 'Must legacy Group Chat clients keep working with no client change?',
      inline: true,
      options: YES_NO,
    },
    {
      kind: 'radios',
      name: 'filesUsed',
      label: 'Were files uploaded in chat rooms?',
      inline: true,
      options: YES_NO,
    },
    {
      kind: 'text',
      name: 'legacyFileStore',
      label: 'Legacy file store path',
      hint: 'The folder that holds uploaded files, like \\\\gc01.contoso.com\\GroupChatFiles or D:\\GroupChat\\Files.',
      width: 'long',
      showIf: (v) => v.filesUsed === 'yes',
    },
    {
      kind: 'text',
      name: 'categoryDepth',
      label: 'Category depth',
      hint: 'How many levels of categories below the root: 1 means no sub-categories.',
      width: 'short',
      inputMode: 'numeric',
    },
    {
      kind: 'radios',
      name: 'rootManagers',
      label: 'Are there managers on the root category?',
      inline: true,
      options: YES_NO,
    },
    {
      kind: 'text',
      name: 'invitationsOffCategories',
      label: 'Categories with invitations turned off',
      width: 'short',
      inputMode: 'numeric',
    },
    {
      kind: 'text',
      name: 'federatedRooms',
      label: 'Rooms with federated users',
      width: 'short',
      inputMode: 'numeric',
    },
    {
      kind: 'text',
      name: 'roomsNotToMigrate',
      label: 'Rooms not to migrate',
      width: 'short',
      inputMode: 'numeric',
    },
    {
      kind: 'text',
      name: 'cutoffDate',
      label: 'Migrate chat content from this date on',
      hint: 'Older messages are not migrated. Leave empty to migrate all content.',
      type: 'date',
      width: 'medium',
      optional: true,
    },
  ],
}

export const STEPS: StepDef[] = [source, forest, sql, pools, groupChat]

export function stepById(id: string): StepDef | undefined {
  return STEPS.find((s) => s.id === id)
}

export function stepOfPath(path: string): StepDef | undefined {
  const slice = path.split('.')[0]
  return STEPS.find((s) => s.slice === slice)
}
