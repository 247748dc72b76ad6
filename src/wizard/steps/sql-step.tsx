import type { z } from 'zod'
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
} from '../../rules/sql'
import type { sqlSchema } from '../../rules/sql-schema'
import type { SqlRole } from '../../rules/sql'
import { typedInstanceRef } from '../../rules/sql'
import type { Answers } from '../../rules/answers'
import { parseSqlInstanceRef, sqlInstanceKey } from '../../rules/common'
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
    origin: (item, answers) => {
      const key = sqlInstanceKey(typedInstanceRef(item))
      const pools = (answers.source?.legacyPools ?? []).filter(
        (p) => key !== '' && sqlInstanceKey(p.sqlInstance) === key,
      )
      if (pools.length > 0)
        return `Named in Source deployment as the back end of ${pools.map((p) => p.fqdn).join(', ')}: confirm it and add what only this step asks.`
      const gc = answers.source?.groupChat === 'yes' ? answers.groupChat?.sqlInstance : undefined
      return key !== '' && sqlInstanceKey(gc) === key
        ? 'Named in the Group Chat step as the Group Chat database’s instance: confirm it and add what only this step asks.'
        : undefined
    },
    summary: typedInstanceRef,
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

/**
 * The instances already named (the legacy pools' back ends in step 1, the Group Chat
 * database's when it is known), with their role:
 * listed so the user confirms them and adds what only this step knows.
 */
function namedInstances(answers: Answers): NamedInstance[] {
  const out: NamedInstance[] = []
  const add = (typed: string | undefined, role: SqlRole) => {
    const key = sqlInstanceKey(typed)
    const parsed = parseSqlInstanceRef(typed)
    if (!typed || !key || !parsed) return
    const same = out.find((i) => sqlInstanceKey(typedInstanceRef(i)) === key)
    if (!same)
      out.push({
        server: parsed.server,
        instance: typed.trim().split('\\')[1] ?? '',
        roles: [role],
      })
    else if (!same.roles.includes(role)) same.roles = [...same.roles, role]
  }
  for (const pool of answers.source?.legacyPools ?? []) add(pool.sqlInstance, 'legacy-backend')
  // The Group Chat database's instance, when it is already known (an import, or a way back).
  if (answers.source?.groupChat === 'yes') add(answers.groupChat?.sqlInstance, 'group-chat')
  return out
}
type NamedInstance = { server: string; instance: string; roles: SqlRole[] }

export const sqlStep: StepModule<'sql', Input> = {
  meta: stepMeta('sql'),
  lead: 'Every instance that hosts, or will host, a legacy or Lync Server 2013 database.',
  loadSchema: () => import('../../rules/sql-schema').then((m) => m.sqlSchema),
  fields,
  // A blank instance for the first new one, then those step 1 named, to confirm.
  empty: (answers) => ({ instances: [{ roles: [], instance: '' }, ...namedInstances(answers)] }),
}
