import type { Plan } from '../plan/plan'

/** Saves text as a file; a blob URL, so nothing leaves the browser. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** The plan as a .plan.json file: the way to keep it when this browser will not. */
export async function downloadPlanFile(plan: Plan): Promise<void> {
  const { planFileName, planToFileText } = await import('../plan/plan-file')
  downloadText(planFileName(plan), planToFileText(plan), 'application/json')
}
