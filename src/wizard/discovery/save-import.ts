import type { Plan } from '../../plan/plan'
import type { ChangeRow } from '../../discovery/changes'
import { proposeChanges } from '../../discovery/changes'
import { clearDrafts, readDraft, saveDraft } from '../../store/drafts'
import { readParked, saveParked } from '../../store/parked'
import { loadPlan, savePlan } from '../../store/plan-store'
import type { ImportOutcome } from './apply-import'
import { applyImport, currentTree } from './apply-import'

export const GROUP_CHAT_POOL_LABEL = 'Group Chat pool FQDN (the trusted application pool you chose)'

/**
 * Saves what the administrator accepted: whole steps into the plan, the rest
 * as drafts of their steps. A Group Chat pool chosen among the candidates is
 * accepted by choosing it.
 */
export function saveImport(
  opened: Plan,
  rows: readonly ChangeRow[],
  accepted: readonly string[],
  groupChatPool: string,
): { ok: true; outcome: ImportOutcome; count: number } | { ok: false; message: string } {
  // The plan as saved now: another tab may have saved since the file was read.
  const latest = loadPlan(opened.id)
  const plan = latest.status === 'ok' ? latest.plan : opened
  const tree = currentTree(plan, (id) => readDraft(plan.id, id))
  let all = [...rows]
  const paths = [...accepted]
  if (groupChatPool) {
    const [pool] = proposeChanges(tree, [
      {
        path: 'groupChat.poolFqdn',
        value: groupChatPool,
        label: GROUP_CHAT_POOL_LABEL,
        source: 'topology',
      },
    ])
    if (pool) {
      all = [...all, pool]
      paths.push(pool.path)
    }
  }
  const count = all.filter((r) => r.kind !== 'same' && paths.includes(r.path)).length
  const outcome = applyImport(plan, tree, all, paths, readParked(plan.id))
  if (outcome.plan !== plan) {
    const saved = savePlan(outcome.plan)
    if (!saved.ok) return { ok: false, message: saved.message }
    saveParked(plan.id, outcome.parked)
  }
  for (const id of outcome.spentDrafts) clearDrafts(plan.id, id)
  for (const d of outcome.drafts) {
    const saved = saveDraft(plan.id, d.stepId, d.values)
    if (!saved.ok) return { ok: false, message: saved.message }
  }
  return { ok: true, outcome, count }
}
