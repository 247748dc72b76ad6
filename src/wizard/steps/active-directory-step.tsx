import type { z } from 'zod'
import type { FieldDef } from '../form/field-types'
import type { StepModule } from '../step-module'
import { stepMeta } from '../step-module'
import type { forestSchema } from '../../rules/forest-schema'
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
    hint: 'Filled in with the legacy forest: migration stays in one forest. Change it only if yours differs.',
    width: 'medium',
    follows: (v) => v.legacyForest,
  },
  {
    kind: 'text',
    name: 'pchatForest',
    label: 'Forest of the Persistent Chat pool',
    hint: 'Filled in with the legacy forest; change it only if yours differs.',
    width: 'medium',
    follows: (v) => v.legacyForest,
    showIf: (_v, answers) => hasGroupChat(answers),
  },
  {
    kind: 'list',
    name: 'sipDomains',
    label: 'SIP domains',
    hint: 'The first one is filled in with the legacy forest; change it if your SIP domain differs.',
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
        // The first SIP domain starts as the forest's name; most deployments use it.
        follows: (_d, _answers, form, path) =>
          path === 'sipDomains.0.domain' && typeof form.legacyForest === 'string'
            ? form.legacyForest
            : undefined,
      },
    ],
  },
]

export const forestStep: StepModule<'forest', Input> = {
  meta: stepMeta('active-directory'),
  lead: 'The forests of each deployment, and your SIP domains.',
  loadSchema: () => import('../../rules/forest-schema').then((m) => m.forestSchema),
  fields,
  empty: () => ({ sipDomains: [{ domain: '' }] }),
}
