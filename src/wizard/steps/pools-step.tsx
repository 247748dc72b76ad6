import type { z } from 'zod'
import type { FieldDef } from '../form/field-types'
import type { StepModule } from '../step-module'
import { stepMeta } from '../step-module'
import { POOL_TYPE_LABELS, POOL_TYPES } from '../../rules/pools'
import type { poolsSchema } from '../../rules/pools-schema'
import { EDITION_LABELS, EDITIONS, hasGroupChat } from '../../rules/source'
import type { Answers } from '../../rules/answers'
import type { SqlRole } from '../../rules/sql'
import { instanceSuggestions, lyncPoolSuggestions, options, SQL_REF_HINT, YES_NO } from './shared'

/** The SQL step's instances that host a role, as a pool names them (server\\instance). */
function instancesWithRole(answers: Answers, role: SqlRole): string[] {
  const refs = (answers.sql?.instances ?? []).filter((i) => i.roles.includes(role))
  return refs.map((i) => {
    const name = i.instance.trim()
    return name ? `${i.server.trim()}\\${name}` : i.server.trim()
  })
}

type Input = z.input<typeof poolsSchema>

const fields: FieldDef<Input>[] = [
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
        hint: 'Filled in with the target topology (Source deployment); change it for a pool of another edition.',
        inline: true,
        options: options(EDITIONS, EDITION_LABELS),
        follows: (_pool, answers) => answers.source?.targetTopology,
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
    empty: () => ({ fqdn: '', homePool: '', storeInstance: '', fileStore: '' }),
    summary: (p) => String(p.fqdn ?? ''),
    fields: [
      { kind: 'text', name: 'fqdn', label: 'Persistent Chat pool FQDN', width: 'long' },
      {
        kind: 'text',
        name: 'homePool',
        label: 'Home pool (a Lync Server 2013 pool)',
        hint: 'Filled in when the plan has one Lync Server 2013 pool.',
        width: 'long',
        suggestions: lyncPoolSuggestions,
        follows: (_pool, _answers, form) => {
          const lync = Array.isArray(form.lyncPools) ? (form.lyncPools as { fqdn?: unknown }[]) : []
          const only = lync.length === 1 ? lync[0]?.fqdn : undefined
          return typeof only === 'string' && only.trim() !== '' ? only : undefined
        },
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
]

export const poolsStep: StepModule<'pools', Input> = {
  meta: stepMeta('pools'),
  lead: 'The new pools, and the Persistent Chat pool that receives Group Chat.',
  loadSchema: () => import('../../rules/pools-schema').then((m) => m.poolsSchema),
  fields,
  empty: (answers) => {
    // The instances the SQL step gave a role are filled in.
    const backEnds = instancesWithRole(answers, 'lync-backend')
    const stores = instancesWithRole(answers, 'pchat-store')
    return {
      lyncPools: (backEnds.length > 0 ? backEnds : ['']).map((sqlInstance) => ({
        fqdn: '',
        sqlInstance,
      })),
      pchatPools: hasGroupChat(answers)
        ? (stores.length > 0 ? stores : ['']).map((storeInstance) => ({
            fqdn: '',
            homePool: '',
            storeInstance,
            fileStore: '',
          }))
        : [],
    }
  },
}
