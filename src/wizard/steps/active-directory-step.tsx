import type { z } from 'zod'
import { Fields } from '../form/fields'
import type { FieldDef } from '../form/field-types'
import type { StepModule } from '../step-module'
import { stepMeta } from '../step-module'
import { forestSchema } from '../../rules/forest'
import { hasGroupChat } from '../../rules/source'

type Input = z.input<typeof forestSchema>

const fields: FieldDef<Input>[] = [
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
]

export const forestStep: StepModule<'forest', Input> = {
  meta: stepMeta('active-directory'),
  lead: 'The forests of each deployment, and your SIP domains.',
  schema: forestSchema,
  fields,
  empty: () => ({ sipDomains: [{ domain: '' }] }),
  Form: () => <Fields fields={fields} />,
}
