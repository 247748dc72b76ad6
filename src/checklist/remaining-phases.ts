import { normalizeFqdn } from '../rules/common'
import { PRODUCT_LABELS, sourceProduct } from '../rules/source'
import {
  GROUP_CHAT_PLACE,
  HOME_POOL_CONFLICT,
  PHASES_AFTER_GROUP_CHAT,
  phasesBeforeGroupChat,
} from './phases'
import { psQuote } from './powershell'
import { PLANNING, TOPOLOGY_HOST } from './run-on'
import type { BuildContext, ChecklistItem } from './types'
import { fired } from './values'

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
          `Other components or users are not yet on Lync Server 2013. Complete these phases of the ${label} migration, in this order; the decommissioning phases follow in DEC-08:`,
          ...phases,
        ],
        commands: [],
        runOn: TOPOLOGY_HOST,
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

/** DEC-08: the pool-empty gate and the decommissioning phases, after Group Chat has moved. */
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
  const phases = product ? PHASES_AFTER_GROUP_CHAT[product].map((p) => `\u2022 ${p}`) : [NO_PRODUCT]
  return [
    {
      id: 'DEC-08',
      title: `Then decommission the ${label} pools${groupChat ? ', after Group Chat' : ''}`,
      details: [
        ...(groupChat
          ? [
              'Only now, with Group Chat moved and its trusted pool removed (DEC-04), decommission the legacy pool that homes it.',
            ]
          : []),
        `Pool-empty gate, for each legacy pool (${pools.join(', ') || 'none entered yet'}): every command below returns nothing. Response groups are the exception by design: the legacy copies stay on the legacy pool for rollback until it is decommissioned, so check instead that each legacy workflow has a Lync Server 2013 counterpart (Get-CsRgsWorkflow). No trusted application pool may still use the legacy pool as its Registrar, and no conference directory may be left on it.`,
        ...phases,
      ],
      commands,
      ...(groupChat ? { caution: HOME_POOL_CONFLICT } : {}),
      runOn: TOPOLOGY_HOST,
      rollback:
        'Up to the removal of the legacy Front End servers, operations can be shifted back to the legacy servers; after it, they cannot.',
      confirm: groupChat
        ? 'Is every legacy pool empty, with Group Chat already moved, before you decommission?'
        : 'Is every legacy pool empty before you decommission?',
      why: groupChat
        ? 'Always with Group Chat: the legacy pool that homes Group Chat is decommissioned after it moves.'
        : 'Because other components or users are not yet on Lync Server 2013 (your answer in the source step).',
      sources: groupChat
        ? ['S1', product === 'ocs2007r2' ? 'S20' : 'S19', 'S5', 'S34']
        : ['S1', product === 'ocs2007r2' ? 'S20' : 'S19'],
    },
  ]
}
