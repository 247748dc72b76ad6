import type { z } from 'zod'
import type { FieldDef } from '../form/field-types'
import type { StepModule } from '../step-module'
import { stepMeta } from '../step-module'
import {
  EDITION_LABELS,
  EDITIONS,
  METHOD_LABELS,
  PRODUCT_LABELS,
  PRODUCTS,
} from '../../rules/source'
import type { sourceSchema } from '../../rules/source-schema'
import { options, YES_NO, SQL_REF_HINT } from './shared'
import { ImportLink } from '../discovery/import-link'

type Input = z.input<typeof sourceSchema>

const fields: FieldDef<Input>[] = [
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
        hint: 'Like pool01.contoso.com.',
        width: 'long',
      },
      {
        kind: 'select',
        name: 'product',
        label: 'Product',
        hint: 'Filled in when one product is ticked above; change it for a pool that runs another.',
        options: options(PRODUCTS, PRODUCT_LABELS),
        // A single ticked product is every pool's product, unless the user says otherwise.
        follows: (_pool, _answers, form) => {
          const ticked = Array.isArray(form.products) ? form.products : []
          return ticked.length === 1 && typeof ticked[0] === 'string' ? ticked[0] : undefined
        },
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
]

export const sourceStep: StepModule<'source', Input> = {
  meta: stepMeta('source'),
  lead: 'What runs today, and how you will move it.',
  loadSchema: () => import('../../rules/source-schema').then((m) => m.sourceSchema),
  fields,
  empty: () => ({ products: [], legacyPools: [{ fqdn: '', sqlInstance: '' }] }),
  Form: ({ fields }) => (
    <>
      <ImportLink />
      {fields}
    </>
  ),
}
