import { normalizeFqdn, sqlInstanceKey } from '../rules/common'
import { PRODUCT_LABELS } from '../rules/source'
import { instanceRef, LYNC_2013_ROLES, SQL_ROLE_LABELS, SQL_VERSION_LABELS } from '../rules/sql'
import { remainingPhasesBefore } from './remaining-phases'
import { CMDLET_HOST, PLANNING } from './run-on'
import type { BuildContext, ChecklistItem } from './types'
import {
  EXPORT_FOLDER,
  fired,
  newFolder,
  normalizeInstance,
  pchatTarget,
  TRIAL_FOLDER,
} from './values'

const NOT_ANSWERED = 'not answered yet'

/** Seed 000's own words on SQL Server for Lync Server 2013 databases. [S1] */
export const SEED_SQL_WORDS =
  'Seed 000: "You must use separate and distinct computers running Microsoft SQL Server 2008 R2 or Microsoft SQL Server 2012 for your Lync Server 2013 database instances. You cannot use the same instance of SQL Server for a Lync Server 2013 Front End pool that you use for a Lync Server 2010 or Office Communications Server 2007 R2 Front End pool."'

export function prerequisites(ctx: BuildContext): ChecklistItem[] {
  const { answers, groupChat } = ctx
  const items: ChecklistItem[] = []
  const source = answers.source

  items.push({
    id: 'PRE-01',
    title: 'Confirm the source is a supported version',
    details: [
      `Source deployment: ${source ? source.products.map((p) => PRODUCT_LABELS[p]).join(', ') : NOT_ANSWERED}.`,
      'Lync Server 2013 migrates from Lync Server 2010 or from Office Communications Server 2007 R2 only, never from both at once, and never from older versions.',
    ],
    commands: [],
    runOn: PLANNING,
    confirm: 'Is the source Lync Server 2010 or OCS 2007 R2 only?',
    why: 'Always: the supported migration paths.',
    sources: ['S1'],
  })
  const legacyNames =
    source?.legacyPools.map((p) => normalizeFqdn(p.fqdn)).join(', ') || NOT_ANSWERED
  const lyncPools = answers.pools?.lyncPools ?? []
  const newNames = lyncPools.map((p) => normalizeFqdn(p.fqdn)).join(', ') || NOT_ANSWERED
  items.push({
    id: 'PRE-02',
    title: 'Migrate side by side, with new pool names',
    details: [
      `Legacy pools: ${legacyNames}. New Lync Server 2013 pools: ${newNames}.`,
      'Side-by-side migration needs extra servers during the move; roll back by shifting operations back to the legacy servers.',
    ],
    commands: [],
    runOn: PLANNING,
    confirm: 'Are the Lync Server 2013 pools new, side by side, with new names?',
    why: 'Always: side-by-side is the only supported method.',
    sources: ['S1'],
  })
  items.push({
    id: 'PRE-03',
    title: 'Keep everything in one Active Directory forest',
    details: [
      `Forest: ${answers.forest?.legacyForest ? normalizeFqdn(answers.forest.legacyForest) : NOT_ANSWERED}. Migration across forests is not supported${groupChat ? ', and the Persistent Chat pool must be in the same forest as Group Chat' : ''}.`,
    ],
    commands: [],
    runOn: PLANNING,
    confirm: groupChat
      ? 'Are the legacy deployment, Lync Server 2013 and Persistent Chat in the one forest?'
      : 'Are the legacy deployment and Lync Server 2013 in the one forest?',
    why: 'Always: forest rule of the migration paths.',
    sources: groupChat ? ['S1', 'S2'] : ['S1'],
  })
  items.push(sqlItem(ctx))
  const target = pchatTarget(answers)
  items.push({
    id: 'PRE-05',
    title: groupChat
      ? 'Deploy a Lync Server 2013 pool and choose the home pool'
      : 'Deploy the Lync Server 2013 pools',
    details: [
      `Lync Server 2013 pools: ${newNames}.`,
      ...(groupChat
        ? [
            target
              ? `Home pool of the Persistent Chat pool ${target.fqdn}: ${target.homePool}.`
              : 'No Persistent Chat pool is chosen as the target yet (blocker PC-07).',
          ]
        : []),
    ],
    commands: [],
    runOn: PLANNING,
    confirm: groupChat
      ? 'Is the Lync Server 2013 pool deployed, and the home pool chosen?'
      : 'Are the Lync Server 2013 pools deployed?',
    why: groupChat
      ? 'Always with Group Chat: first prerequisite of the Group Chat migration.'
      : 'Always.',
    sources: groupChat ? ['S2'] : ['S1'],
  })
  // PRE-08 (the phases to finish first) keeps its place before PRE-09.
  const gcItems = groupChat ? groupChatPrerequisites(ctx) : []
  const computer = gcItems.filter((i) => i.id === 'PRE-09')
  items.push(
    ...gcItems.filter((i) => i.id !== 'PRE-09'),
    ...remainingPhasesBefore(ctx),
    ...computer,
  )
  return items
}

function sqlItem({ answers }: BuildContext): ChecklistItem {
  const instances = answers.sql?.instances ?? []
  const lyncInstances = instances.filter((i) => i.roles.some((r) => LYNC_2013_ROLES.includes(r)))
  const legacyInstances = [
    ...new Map(
      (answers.source?.legacyPools ?? []).map((p) => [
        sqlInstanceKey(p.sqlInstance),
        normalizeInstance(p.sqlInstance),
      ]),
    ).values(),
  ]
  const standardPools = (answers.pools?.lyncPools ?? []).filter((p) => p.edition === 'standard')
  const expressUsed = lyncInstances.some((i) => i.edition === 'express')
  const standardWords =
    standardPools.length > 0 || expressUsed
      ? [
          `${standardPools.length > 0 ? `Standard Edition ${standardPools.length === 1 ? 'pool' : 'pools'} ${standardPools.map((p) => normalizeFqdn(p.fqdn)).join(', ')}: a` : 'A'} Standard Edition server keeps its databases in SQL Server 2012 Express (64-bit) on the server itself, installed by Lync Server; the Persistent Chat store and compliance database of a Standard Edition server may use that local Express instance, but not for a Group Chat migration: a migration needs an Enterprise Edition Persistent Chat pool (PC-02). Express is not for an Enterprise Edition back end or a remote store. The new Standard Edition server is a new computer (side by side), so its Express instance is apart from every legacy instance.`,
        ]
      : []
  return {
    id: 'PRE-04',
    title: 'Use separate and distinct SQL Server computers for Lync Server 2013',
    details: [
      SEED_SQL_WORDS,
      lyncInstances.length > 0
        ? `Lync Server 2013 databases: ${lyncInstances.map((i) => `${normalizeInstance(instanceRef(i))} (${SQL_VERSION_LABELS[i.version]}, ${i.roles.map((r) => SQL_ROLE_LABELS[r]).join('; ')})`).join(', ')}.`
        : `Lync Server 2013 databases: ${NOT_ANSWERED}.`,
      `Legacy back ends stay where they are: ${legacyInstances.join(', ') || NOT_ANSWERED}.`,
      ...standardWords,
      'Topology Builder refuses an instance that already hosts a legacy pool: "The SQL server [FQDN of the server] already contains a SQL instance hosting role \'User Store\'."',
    ],
    commands: [],
    runOn: PLANNING,
    confirm:
      'Are the Lync Server 2013 databases on SQL Server 2008 R2 or 2012 computers of their own?',
    why: 'Always: coexistence rules for SQL Server.',
    sources: ['S1', 'S10'],
  }
}

function groupChatPrerequisites({ answers, findings, groupChat: gc }: BuildContext) {
  const items: ChecklistItem[] = []
  const target = pchatTarget(answers)
  const pool = target?.pool
  const existing = fired(findings, 'PC-04')
  items.push({
    id: 'PRE-06',
    title: existing
      ? 'Install the Persistent Chat pool; rename the items already in it that could clash'
      : 'Install the Persistent Chat pool and keep it empty',
    details: [
      target && pool
        ? `Pool ${target.fqdn}: ${pool.edition === 'enterprise' ? 'Enterprise' : 'Standard'} Edition, ${pool.poolType === 'multi' ? 'multiple-server' : 'single-server'} pool type, ${pool.activeServers} active ${pool.activeServers === 1 ? 'server' : 'servers'}; store ${target.store}${pool.compliance === 'yes' && pool.complianceInstance ? `; compliance store ${normalizeInstance(pool.complianceInstance)}` : ''}; file store ${target.fileStore}.`
        : 'No Persistent Chat pool is chosen as the target yet (blocker PC-07).',
      existing
        ? 'Items were already created in this pool: legacy items with the same names will overwrite them. Rename them now to avoid clashes, and back up the Persistent Chat database before the import (EXP-05).'
        : 'It starts with no categories, rooms or add-ins. Anything created before migration may clash with legacy names and be overwritten.',
      'Before publishing the topology: the file store share exists (a multiple-server pool needs a UNC path), and the publishing account is in Domain Admins and RTCUniversalServerAdmins with full control of it. The active Persistent Chat servers are in the same time zone as the next-hop pool, and the Persistent Chat to Front End port (default 5041) is open.',
    ],
    commands: [],
    runOn:
      'Topology Builder and Lync Server 2013 setup, as a member of Domain Admins and RTCUniversalServerAdmins with full control of the file store share.',
    confirm: existing
      ? 'Is the Persistent Chat pool installed, with no item named like a legacy one?'
      : 'Is the Persistent Chat pool installed and still empty?',
    why: existing
      ? 'Because content already exists in the new pool (PC-04).'
      : 'Always with Group Chat.',
    sources: ['S2', 'S15', 'S16', 'S39'],
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
    runOn: TOPOLOGY_ROLE_HOST,
    confirm: 'Is the migration account a member of CsPersistentChatAdministrator?',
    why: 'Always with Group Chat: the cmdlets require this role.',
    sources: ['S2', 'S35'],
  })
  const gcInstance = gc ? normalizeInstance(gc.sqlInstance) : NOT_ANSWERED
  items.push({
    id: 'PRE-09',
    title: 'Choose the migration computer and test that it reaches both SQL instances',
    details: [
      `Export-CsPersistentChatData and Import-CsPersistentChatData are Lync Server 2013 cmdlets: run both from one Lync Server 2013 computer with the Lync Server 2013 Management Shell (a Lync Server 2013 server, or an administration computer).${gc?.sourceProduct === 'ocs2007r2' ? '' : ' The Lync Server 2010 and 2013 administrative tools cannot be installed on the same computer, so do not use a computer that has the 2010 tools.'}`,
      `From that computer, before the maintenance window, run a trivial read-only query (for example SELECT 1 in SQL Server Management Studio or sqlcmd) against the legacy Group Chat instance ${gcInstance} (export) and against the Persistent Chat store ${target?.store ?? 'instance (not chosen yet: blocker PC-07)'} (import). Both must answer.`,
      `The commands create the working folder ${EXPORT_FOLDER} (and its Trial subfolder) on this computer, where the export and import files are written: check it has room for the export.`,
    ],
    commands: [newFolder(EXPORT_FOLDER), newFolder(TRIAL_FOLDER)],
    caution:
      'That the export/import computer must reach both instances is the reference\u2019s inference from a community report of a pool-to-pool migration, not a Microsoft statement.',
    runOn: CMDLET_HOST,
    confirm: `Did a read-only query to ${gcInstance} and to the Persistent Chat store succeed from the migration computer?`,
    why: 'Always with Group Chat: the cmdlets run on one computer that reaches both databases.',
    sources: ['S7', 'S8', 'S30', 'S63'],
  })
  return items
}

const TOPOLOGY_ROLE_HOST =
  'Active Directory Users and Computers (the role is the CsPersistentChatAdministrator group), as an account allowed to change that group\u2019s members.'
