import type { z } from 'zod'
import { Fields } from '../form/fields'
import type { FieldDef } from '../form/field-types'
import type { StepModule } from '../step-module'
import { stepMeta } from '../step-module'
import {
  BITNESS,
  SQL_EDITION_LABELS,
  SQL_EDITIONS,
  SQL_ROLE_LABELS,
  SQL_ROLES,
  SQL_VERSION_LABELS,
  SQL_VERSIONS,
  sqlSchema,
} from '../../rules/sql'
import { options } from './shared'

type Input = z.input<typeof sqlSchema>

const fields: FieldDef<Input>[] = [
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
]

export const sqlStep: StepModule<'sql', Input> = {
  meta: stepMeta('sql'),
  lead: 'Every instance that hosts, or will host, a legacy or Lync Server 2013 database.',
  schema: sqlSchema,
  fields,
  empty: () => ({ instances: [{ roles: [], instance: '' }] }),
  Form: () => <Fields fields={fields} />,
}
