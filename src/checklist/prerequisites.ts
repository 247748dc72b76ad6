import { sqlInstanceKey } from '../rules/common'
import { PRODUCT_LABELS, sourceProduct } from '../rules/source'
import { instanceRef, SQL_ROLE_LABELS, SQL_VERSION_LABELS } from '../rules/sql'
import { MIGRATION_PHASES } from './phases'
import type { BuildContext, ChecklistItem } from './types'
import { MISSING, pchatTarget } from './values'

export function prerequisites({ answers, groupChat }: BuildContext): ChecklistItem[] {
  const items: ChecklistItem[] = []
  const source = answers.source
  const product = sourceProduct(answers)
  const productLabel = product ? PRODUCT_LABELS[product] : MISSING('source product')

  items.push({
    id: 'PRE-01',
    title: 'Confirm the source is a supported version',
    details: [
      `Source deployment: ${source ? source.products.map((p) => PRODUCT_LABELS[p]).join(', ') : MISSING('source products')}.`,
      'Lync Server 2013 migrates from Lync Server 2010 or from Office Communications Server 2007 R2 only, never from both at once, and never from older versions.',
    ],
    commands: [],
    why: 'Always: the supported migration paths.',
    sources: ['S1'],
  })
  const legacyNames = source?.legacyPools.map((p) => p.fqdn).join(', ') || MISSING('legacy pools')
  const newNames =
    answers.pools?.lyncPools.map((p) => p.fqdn).join(', ') || MISSING('Lync Server 2013 pools')
  items.push({
    id: 'PRE-02',
    title: 'Migrate side by side, with new pool names',
    details: [
      `Legacy pools: ${legacyNames}. New Lync Server 2013 pools: ${newNames}.`,
      'Side-by-side migration needs extra servers during the move; roll back by shifting operations back to the legacy servers.',
    ],
    commands: [],
    why: 'Always: side-by-side is the only supported method.',
    sources: ['S1'],
  })
  items.push({
    id: 'PRE-03',
    title: 'Keep everything in one Active Directory forest',
    details: [
      `Forest: ${answers.forest?.legacyForest ?? MISSING('forest')}. Migration across forests is not supported${groupChat ? ', and the Persistent Chat pool must be in the same forest as Group Chat' : ''}.`,
    ],
    commands: [],
    why: 'Always: forest rule of the migration paths.',
    sources: groupChat ? ['S1', 'S2'] : ['S1'],
  })
  const instances = answers.sql?.instances ?? []
  const lyncInstances = instances.filter((i) =>
    i.roles.some((r) => r !== 'legacy-backend' && r !== 'other'),
  )
  // As typed, once per instance.
  const legacyInstances = [
    ...new Map(
      (source?.legacyPools ?? []).map((p) => [sqlInstanceKey(p.sqlInstance), p.sqlInstance]),
    ).values(),
  ]
  items.push({
    id: 'PRE-04',
    title: 'Use separate SQL Server instances for Lync Server 2013',
    details: [
      lyncInstances.length > 0
        ? `Lync Server 2013 databases: ${lyncInstances.map((i) => `${instanceRef(i)} (${SQL_VERSION_LABELS[i.version]}, ${i.roles.map((r) => SQL_ROLE_LABELS[r]).join('; ')})`).join(', ')}.`
        : `Lync Server 2013 databases: ${MISSING('SQL Server instances')}.`,
      `Legacy back ends stay on their own instances: ${legacyInstances.join(', ') || MISSING('legacy instances')}.`,
      'SQL Server 2008 R2 or 2012, Standard or Enterprise, 64-bit. Topology Builder refuses an instance that already hosts a legacy pool: "The SQL server [FQDN] already contains a SQL instance hosting role \'User Store\'."',
    ],
    commands: [],
    why: 'Always: coexistence rules for SQL Server.',
    sources: ['S1', 'S10'],
  })
  const target = pchatTarget(answers)
  items.push({
    id: 'PRE-05',
    title: groupChat
      ? 'Deploy a Lync Server 2013 pool and choose the home pool'
      : 'Deploy the Lync Server 2013 pools',
    details: [
      `Lync Server 2013 pools: ${newNames}.`,
      ...(groupChat
        ? [`Home pool of the Persistent Chat pool ${target.fqdn}: ${target.homePool}.`]
        : []),
    ],
    commands: [],
    why: groupChat
      ? 'Always with Group Chat: first prerequisite of the Group Chat migration.'
      : 'Always.',
    sources: groupChat ? ['S2'] : ['S1'],
  })
  if (!groupChat) return items

  const pool = target.pool
  items.push({
    id: 'PRE-06',
    title: 'Install the Persistent Chat pool and keep it empty',
    details: [
      `Pool ${target.fqdn}: ${pool ? `${pool.edition === 'enterprise' ? 'Enterprise' : 'Standard'} Edition, ${pool.poolType === 'multi' ? 'multiple-server' : 'single-server'} pool type, ${pool.activeServers} active ${pool.activeServers === 1 ? 'server' : 'servers'}` : MISSING('pool details')}; store ${target.store}${pool?.compliance === 'yes' ? `; compliance store ${pool.complianceInstance ?? ''}` : ''}; file store ${target.fileStore}.`,
      target.existingContent
        ? 'Items were already created in this pool: legacy items with the same names will overwrite them. Rename them now to avoid clashes.'
        : 'It starts with no categories, rooms or add-ins. Anything created before migration may clash with legacy names and be overwritten.',
    ],
    commands: [],
    why: target.existingContent
      ? 'Because content already exists in the new pool (PC-04).'
      : 'Always with Group Chat.',
    sources: ['S2'],
  })
  items.push({
    id: 'PRE-07',
    title: 'Run the export and import as a member of CsPersistentChatAdministrator',
    details: [
      'Add the account that runs Export-CsPersistentChatData and Import-CsPersistentChatData to the CsPersistentChatAdministrator RBAC role.',
    ],
    commands: [],
    caution:
      'The later Skype for Business 2019 page names RTCUniversalServerAdmins instead; for Lync Server 2013, CsPersistentChatAdministrator is the documented role.',
    why: 'Always with Group Chat: the cmdlets require this role.',
    sources: ['S2', 'S35'],
  })
  const pending = source?.othersOnLync2013 === 'no'
  const phases = product ? MIGRATION_PHASES[product] : []
  items.push({
    id: 'PRE-08',
    title: pending
      ? `Finish the ${productLabel} migration first: Group Chat goes last`
      : 'Confirm every other component and user is on Lync Server 2013',
    details: pending
      ? [
          `Complete these phases of the ${productLabel} migration before you migrate Group Chat:`,
          ...phases.map((p) => `• ${p}`),
        ]
      : ['Group Chat is migrated last, after all other components and users.'],
    commands: [],
    why: pending
      ? 'Because other components or users are not yet on Lync Server 2013 (SRC-05).'
      : 'Always with Group Chat.',
    sources: pending ? ['S1', product === 'ocs2007r2' ? 'S20' : 'S19'] : ['S1'],
  })
  return items
}
