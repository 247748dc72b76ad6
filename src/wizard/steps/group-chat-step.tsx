import type { z } from 'zod'
import { InventoryPanel, SeparatorPointer } from '../inventory-panel'
import { AssumptionStated } from '../../ui/finding-note'
import { GroupChatQueriesLink } from '../discovery/group-chat-queries-link'
import type { FieldDef } from '../form/field-types'
import type { StepModule } from '../step-module'
import { stepMeta } from '../step-module'
import {
  declaredGroupChatInstance,
  defaultLookupUri,
  GC_PRODUCT_LABELS,
  GC_PRODUCTS,
} from '../../rules/group-chat'
import type { groupChatSchema } from '../../rules/group-chat-schema'
import { deployedProducts } from '../../rules/source'
import { instanceSuggestions, options, SQL_REF_HINT, YES_NO } from './shared'

export type GroupChatInput = z.input<typeof groupChatSchema>
type Input = GroupChatInput

const fields: FieldDef<Input>[] = [
  {
    kind: 'radios',
    name: 'sourceProduct',
    label: 'Group Chat product',
    hint: 'Filled in from the legacy product (Source deployment).',
    options: options(GC_PRODUCTS, GC_PRODUCT_LABELS),
    follows: (_v, answers) => {
      const products = deployedProducts(answers)
      return products.length === 1 && (products[0] === 'lync2010' || products[0] === 'ocs2007r2')
        ? products[0]
        : undefined
    },
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
    hint: 'Older messages are not migrated. For example, 1 1 2010. Leave it empty to migrate all content.',
    type: 'date',
    width: 'medium',
    optional: true,
  },
]

export const groupChatStep: StepModule<'groupChat', Input> = {
  meta: stepMeta('group-chat'),
  lead: 'The legacy Group Chat deployment and what its rooms hold.',
  loadSchema: () => import('../../rules/group-chat-schema').then((m) => m.groupChatSchema),
  fields,
  empty: (answers) => ({
    // The instance the SQL step says holds the Group Chat database: confirmed, not retyped.
    sqlInstance: declaredGroupChatInstance(answers),
    lookupUri: defaultLookupUri(answers),
    database: '',
    categoryDepth: '',
    invitationsOffCategories: '',
    federatedRooms: '',
    roomsNotToMigrate: '',
    cutoffDate: '',
    legacyFileStore: '',
  }),
  // The inventory panel's separator field states the assumption; notes point to it.
  Form: ({ side, setSide, fields }) => (
    <AssumptionStated value={<SeparatorPointer />}>
      {fields}
      <GroupChatQueriesLink />
      <InventoryPanel inventory={side.inventory} onChange={(inventory) => setSide({ inventory })} />
    </AssumptionStated>
  ),
  // The inventory panel is the field of GC-03 and GC-08, which are about the whole inventory.
  panelPaths: ['inventory'],
  sideKeys: ['inventory'],
}
