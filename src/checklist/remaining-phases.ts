import { normalizeFqdn, parseSqlInstanceRef, sqlInstanceKey } from '../rules/common'
import { PRODUCT_LABELS, sourceProduct } from '../rules/source'
import {
  GROUP_CHAT_PLACE,
  HOME_POOL_CONFLICT,
  PHASES_AFTER_GROUP_CHAT,
  phasesBeforeGroupChat,
} from './phases'
import { psQuote } from './powershell'
import { PLANNING, TOPOLOGY_HOST } from './run-on'
import type { BuildContext, ChecklistItem, Pause } from './types'
import { fired } from './values'

/** The phases run on many computers; each phase's own procedure names them. */
const PHASES_HOST = (label: string) =>
  `Many computers, as each phase says: Active Directory preparation, Topology Builder and the Lync Server 2013 Management Shell on the Lync Server 2013 side; the ${label} servers for their updates; an Exchange server for ExchUCUtil.ps1. The accounts are those each phase names.`

const NO_PRODUCT =
  'The phases depend on the source product: the plan has no single supported source yet (SRC-01 or SRC-02).'

function pending({ answers, findings, groupChat }: BuildContext): boolean {
  // With Group Chat the rule decides (SRC-05); without it there is no rule, only the answer.
  return groupChat
    ? fired(findings, 'SRC-05') !== undefined
    : answers.source?.othersOnLync2013 === 'no'
}

/** PRE-08: what must be finished before Group Chat moves (or, without Group Chat, the phases left). */
export function remainingPhasesBefore(ctx: BuildContext): ChecklistItem[] {
  const { answers, groupChat } = ctx
  const product = sourceProduct(answers)
  const label = product ? PRODUCT_LABELS[product] : 'legacy'
  const isPending = pending(ctx)
  if (!groupChat && !isPending) return []
  const phases = product
    ? phasesBeforeGroupChat(product, groupChat !== undefined).map((p) => `\u2022 ${p}`)
    : [NO_PRODUCT]
  if (!groupChat) {
    return [
      {
        id: 'PRE-08',
        title: `Finish the remaining phases of the ${label} migration`,
        details: [
          `Other components or users are not yet on Lync Server 2013. Complete these phases of the ${label} migration, in this order; the pool-empty gate and the decommissioning follow in DEC-08 and DEC-12:`,
          ...phases,
        ],
        commands: [],
        runOn: PHASES_HOST(label),
        confirm: 'Are every user and every other object on Lync Server 2013?',
        why: 'Because other components or users are not yet on Lync Server 2013 (your answer in the source step).',
        sources: ['S1', product === 'ocs2007r2' ? 'S20' : 'S19'],
      },
    ]
  }
  const place = product ? GROUP_CHAT_PLACE[product] : NO_PRODUCT
  return [
    {
      id: 'PRE-08',
      title: isPending
        ? `Finish the ${label} migration first: Group Chat goes last`
        : 'Confirm every other component and user is on Lync Server 2013',
      details: isPending
        ? [
            `Complete these phases of the ${label} migration, in this order, before you migrate Group Chat:`,
            ...phases,
            place,
          ]
        : [
            'Group Chat is migrated after every other component and all users are on Lync Server 2013.',
            place,
          ],
      commands: [],
      caution: HOME_POOL_CONFLICT,
      runOn: PLANNING,
      confirm:
        'Are all users and other objects on Lync Server 2013, with the legacy pool that homes Group Chat still in place?',
      why: isPending
        ? 'Because other components or users are not yet on Lync Server 2013 (SRC-05).'
        : 'Always with Group Chat.',
      sources: isPending ? ['S1', product === 'ocs2007r2' ? 'S20' : 'S19', 'S5'] : ['S1', 'S5'],
    },
  ]
}

/** The CMS database commands: -SQLServerFQDN and -SQLInstanceName, or undefined without a named instance. */
function cmsDatabase(verb: 'Install' | 'Uninstall', ref: string | undefined): string | undefined {
  const parsed = ref ? parseSqlInstanceRef(ref) : null
  if (!parsed?.instance) return undefined
  return verb === 'Install'
    ? `Install-CsDatabase -CentralManagementDatabase -SQLServerFQDN ${psQuote(parsed.server)} -SQLInstanceName ${psQuote(parsed.instance)}`
    : `Uninstall-CsDatabase -CentralManagementDatabase -SqlServerFqdn ${psQuote(parsed.server)} -SqlInstanceName ${psQuote(parsed.instance)}`
}

/** DEC-11: Phase 8's move of the Central Management Server, each step where it runs [S26][S47]. */
function moveCms(ctx: BuildContext): ChecklistItem {
  const lyncPools = ctx.answers.pools?.lyncPools ?? []
  const legacyPools = ctx.answers.source?.legacyPools ?? []
  const install =
    lyncPools.length === 1 ? cmsDatabase('Install', lyncPools[0]?.sqlInstance) : undefined
  const legacyInstances = [...new Set(legacyPools.map((p) => sqlInstanceKey(p.sqlInstance)))]
  const uninstall =
    legacyInstances.length === 1 ? cmsDatabase('Uninstall', legacyPools[0]?.sqlInstance) : undefined
  const commands: string[] = []
  const pauses: Pause[] = []
  const pause = (question: string) => pauses.push({ before: commands.length, question })
  const ready =
    'Are the DNS SRV records (_sipinternaltls) updated for every SIP domain, is the configuration backed up with Export-CsConfiguration (and Export-CsLisConfiguration if E9-1-1 is used), and are you running this locally on the Lync Server 2013 Front End server, in the Lync Server 2013 Management Shell?'
  const started =
    'Does the Lync Server Front-End service show Started on this computer, and is there enough free disk space?'
  if (install) {
    pause(ready)
    commands.push(install)
    pause(started)
  } else pause(`${ready} ${started}`)
  commands.push('Enable-CsTopology')
  pause(
    'Did Enable-CsTopology succeed? If it failed, do not go on: the move could leave the topology with no Central Management store.',
  )
  commands.push('Move-CsManagementServer')
  pause(
    'Did you check the current and proposed state Move-CsManagementServer showed, run Deployment Wizard step 2 on the Lync Server 2013 and 2010 servers, and reboot this server?',
  )
  commands.push('Get-CsManagementStoreReplicationStatus')
  if (uninstall) {
    pause(
      'Does Get-CsManagementStoreReplicationStatus show the replication you expect? The next command runs on the Lync Server 2010 side, in the Lync Server 2010 Management Shell: define Confirm-Step and Confirm-Optional there first (the two functions at the top of this script).',
    )
    commands.push(uninstall)
  }
  return {
    id: 'DEC-11',
    title: 'Phase 8: move the Central Management Server to Lync Server 2013',
    details: [
      'Update the DNS SRV records (_sipinternaltls, for every SIP domain) first: after all users are moved, before the legacy pool or Director is decommissioned.',
      'Back up the configuration with Export-CsConfiguration (and Export-CsLisConfiguration if E9-1-1 is used): these are the files a recovery would read.',
      install
        ? 'Then: create the Central Management database on the Lync Server 2013 back end (first command), Enable-CsTopology, Move-CsManagementServer, Deployment Wizard step 2 on both sides, reboot, check replication, and only then remove the Lync Server 2010 Central Management database.'
        : `The plan has ${lyncPools.length === 1 ? 'a Lync Server 2013 back end without a named instance' : `${lyncPools.length} Lync Server 2013 pools and does not say which will hold the Central Management store`}, so Install-CsDatabase -CentralManagementDatabase -SQLServerFQDN -SQLInstanceName is left out: run it for the back end that will hold the store before the commands below.`,
      ...(uninstall
        ? []
        : [
            'The plan does not name one legacy back-end instance with an instance name, so Uninstall-CsDatabase -CentralManagementDatabase -SqlServerFqdn -SqlInstanceName for the Lync Server 2010 store is left out: run it on the Lync Server 2010 side, last, for the instance that holds the legacy Central Management database.',
          ]),
    ],
    commands,
    pauses,
    caution:
      'Move-CsManagementServer must run locally on the computer, not from a remote session; it fails unless the Front-End service is installed and running there.',
    runOn:
      'Locally (not remotely) on a Lync Server 2013 Front End server of the pool that will hold the Central Management store, with the Front-End service running, in the Lync Server 2013 Management Shell (define Confirm-Step and Confirm-Optional, the two functions at the top of this script, there first), as a member of RTCUniversalServerAdmins with SQL Server administrator rights. Deployment Wizard step 2: on the Lync Server 2013 and Lync Server 2010 servers. Uninstall-CsDatabase (the last command): on the Lync Server 2010 side, in the Lync Server 2010 Management Shell, where Confirm-Step and Confirm-Optional (the two functions at the top of this script) must be defined first; DEC-12 goes back to the Lync Server 2013 Management Shell.',
    rollback:
      'Before Uninstall-CsDatabase, the Lync Server 2010 Central Management database still exists; the configuration backup is what a recovery reads (Move-CsManagementServer -ConfigurationFileName).',
    confirm:
      'Is the Central Management Server on Lync Server 2013, with the Lync Server 2010 database removed?',
    why: 'Because the legacy pools are decommissioned (Phase 8).',
    sources: ['S26', 'S47'],
  }
}

/** DEC-08 (the pool-empty gate), DEC-11 (Lync 2010: the CMS) and DEC-12 (the decommissioning), after Group Chat has moved. */
export function remainingPhasesAfter(ctx: BuildContext): ChecklistItem[] {
  const { answers, groupChat } = ctx
  if (!groupChat && !pending(ctx)) return []
  const product = sourceProduct(answers)
  const label = product ? PRODUCT_LABELS[product] : 'legacy'
  const pools = [...new Set((answers.source?.legacyPools ?? []).map((p) => normalizeFqdn(p.fqdn)))]
  const commands = pools.flatMap((pool) => {
    const registrar = `{RegistrarPool -eq ${psQuote(pool)}}`
    return [
      `Get-CsUser -Filter ${registrar}`,
      `Get-CsCommonAreaPhone -Filter ${registrar}`,
      `Get-CsAnalogDevice -Filter ${registrar}`,
      `Get-CsExUmContact -Filter ${registrar}`,
      `Get-CsDialInConferencingAccessNumber -Filter {Pool -eq ${psQuote(pool)}}`,
    ]
  })
  if (pools.length > 0) commands.push('Get-CsRgsWorkflow')
  const phaseSource = product === 'ocs2007r2' ? 'S20' : 'S19'
  const gate: ChecklistItem = {
    id: 'DEC-08',
    title: `Check that every ${label} pool is empty before it is decommissioned`,
    details: [
      ...(groupChat
        ? [
            'Only now, with Group Chat moved and its trusted pool removed (DEC-04), check the legacy pool that homes it and every other legacy pool.',
          ]
        : []),
      `Pool-empty gate, for each legacy pool (${pools.join(', ') || 'none entered yet'}): every command below but the last returns nothing. Response groups are the exception by design: the legacy copies stay on the legacy pool for rollback until it is decommissioned, so check instead, in the list of the last command (Get-CsRgsWorkflow), that each legacy workflow has a Lync Server 2013 counterpart. No trusted application pool may still use the legacy pool as its Registrar (the reference names no command for this check). Conference directories are moved in the decommissioning itself${product ? ' (DEC-12)' : ''}.`,
    ],
    commands,
    ...(groupChat ? { caution: HOME_POOL_CONFLICT } : {}),
    runOn: TOPOLOGY_HOST,
    confirm: groupChat
      ? 'Is every legacy pool empty, with Group Chat already moved, before you decommission?'
      : 'Is every legacy pool empty before you decommission?',
    why: groupChat
      ? 'Always with Group Chat: the legacy pool that homes Group Chat is decommissioned after it moves.'
      : 'Because other components or users are not yet on Lync Server 2013 (your answer in the source step).',
    sources: groupChat ? ['S1', phaseSource, 'S5', 'S34'] : ['S1', phaseSource],
  }
  if (!product) {
    return [{ ...gate, details: [...gate.details, NO_PRODUCT] }]
  }
  // The reference shows ServiceID only through -match with the pool FQDN [S25a]; its exact form is
  // UNCONFIRMED. Anchored and escaped, the filter cannot catch bepool10 or pool10.contoso.com.au.
  const selectDirectories = (pool: string) =>
    `Get-CsConferenceDirectory | Where-Object { $_.ServiceID -match ('(^|:)' + [regex]::Escape(${psQuote(pool)}) + '$') }`
  const lyncPools = answers.pools?.lyncPools ?? []
  const target = lyncPools.length === 1 ? normalizeFqdn(lyncPools[0]?.fqdn ?? '') : undefined
  const directoryCommands: string[] = []
  const directoryPauses: Pause[] = []
  const pauseHere = (question: string) =>
    directoryPauses.push({ before: directoryCommands.length, question })
  if (product === 'lync2010')
    pauseHere(
      'Back in the Lync Server 2013 Management Shell (DEC-11 ended in the Lync Server 2010 Management Shell)?',
    )
  const moving = target !== undefined && pools.length > 0
  if (moving) {
    directoryCommands.push('Get-CsConferenceDirectory', ...pools.map(selectDirectories))
    pauseHere(
      `Does the filtered list show exactly the conference directories of ${pools.join(', ')} that the full list (the first command) shows, and none of another pool? If the filtered list misses one, stop: the ServiceID form differs from the filter.`,
    )
    directoryCommands.push(
      ...pools.map(
        (pool) =>
          `${selectDirectories(pool)} | Move-CsConferenceDirectory -TargetPool ${psQuote(target)}`,
      ),
    )
    pauseHere(
      product === 'ocs2007r2'
        ? 'Are the conference directories moved? The next command must return nothing for each legacy pool before the OCS servers and pools are decommissioned.'
        : 'Are the conference directories moved and the Archiving and Monitoring associations removed? The next command must return nothing before the Front End servers are removed.',
    )
  }
  directoryCommands.push(...pools.map(selectDirectories))
  if (product === 'ocs2007r2' && pools.length > 0) {
    pauseHere(
      'Does the check return no conference directory for each legacy pool, with the DNS SRV records updated? Next: decommission the OCS 2007 R2 servers and pools, with the OCS 2007 R2 procedures.',
    )
    pauseHere(
      'Are the OCS 2007 R2 servers and pools decommissioned? Next: remove the BackCompatSite (run the Merge wizard again with an empty Edge list, delete the BackCompatSite, publish the topology).',
    )
  }
  const phases = PHASES_AFTER_GROUP_CHAT[product].map((p) => `\u2022 ${p}`)
  const decommission: ChecklistItem = {
    id: 'DEC-12',
    title:
      product === 'ocs2007r2'
        ? 'Phase 10: decommission the OCS 2007 R2 site'
        : 'Phase 8: decommission the Lync Server 2010 pools',
    details: [
      ...phases,
      ...(product === 'lync2010'
        ? [
            moving
              ? `First list every conference directory, then those of each legacy pool; after the check, move them to ${target ?? ''}. The last commands must return nothing for each legacy pool before its Front End servers are removed.`
              : 'The plan has more than one Lync Server 2013 pool, so the move (Move-CsConferenceDirectory -TargetPool) is left out: choose the target pool. The command below must return nothing for each legacy pool before its Front End servers are removed.',
          ]
        : [
            moving
              ? `First move the conference directories to ${target ?? ''}: list every conference directory, then those of each legacy pool, and move them after the check; without the move, dial-in stops working for migrated meetings. The move can also name each directory: Move-CsConferenceDirectory -Identity (its identity) -TargetPool ${psQuote(target ?? '')}. Then the check must return nothing for each legacy pool before the OCS servers and pools are decommissioned.`
              : 'First move the conference directories (Move-CsConferenceDirectory -Identity, with each directory\u2019s identity, -TargetPool and the Lync Server 2013 pool): the plan has more than one Lync Server 2013 pool, so the command is left out. The command below must return nothing for each legacy pool before the OCS servers and pools are decommissioned.',
            'The selection is that of the Lync Server 2010 procedure; that it finds OCS 2007 R2 conference directories the same way is UNCONFIRMED.',
          ]),
    ],
    caution:
      'UNCONFIRMED: the form of ServiceID. The reference only matches the pool FQDN within it; the filter here takes the FQDN at the end, after a colon or alone. Compare the filtered list with the full list before the move.',
    commands: directoryCommands,
    ...(directoryPauses.length > 0 ? { pauses: directoryPauses } : {}),
    runOn:
      product === 'ocs2007r2'
        ? `The commands, the Merge wizard and the BackCompatSite: ${TOPOLOGY_HOST} The OCS 2007 R2 servers and pools: with the OCS 2007 R2 procedures.`
        : `${TOPOLOGY_HOST} The removal of the servers and databases follows the Phase 8 procedure, which the reference does not detail.`,
    rollback:
      'Up to the removal of the legacy Front End servers, operations can be shifted back to the legacy servers; after it, they cannot.',
    confirm:
      product === 'ocs2007r2'
        ? 'Is the BackCompatSite removed and the topology published?'
        : 'Does the check return no conference directory before the Front End servers are removed, and are the legacy pools removed?',
    why: groupChat
      ? 'Always with Group Chat: the legacy pool that homes Group Chat is decommissioned after it moves.'
      : 'Because other components or users are not yet on Lync Server 2013 (your answer in the source step).',
    sources: product === 'ocs2007r2' ? ['S1', 'S20'] : ['S1', 'S19', 'S57', 'S25a'],
  }
  return product === 'lync2010' ? [gate, moveCms(ctx), decommission] : [gate, decommission]
}
