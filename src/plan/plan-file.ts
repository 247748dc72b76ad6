import type { DecodeResult } from './parse-plan'
import { checkJsonText } from './guard'
import { parsePlanValue } from './parse-plan'
import type { Plan } from './plan'
import type { PlanProblem } from './problems'
import { problem } from './problems'

export const PLAN_FILE_SCHEMA_URL = './plan.schema.json'
export const MAX_PLAN_FILE_BYTES = 20_000_000

export function planToFileText(plan: Plan): string {
  return `${JSON.stringify({ $schema: PLAN_FILE_SCHEMA_URL, ...plan }, null, 2)}\n`
}

export function planFileName(plan: Pick<Plan, 'name'>): string {
  const slug = plan.name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60)
    .toLowerCase()
  return `${slug || 'migration-plan'}.plan.json`
}

const fmtMb = (bytes: number) =>
  `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`

/**
 * The size check, callable with a file's size before its text is read (reading
 * a huge file is what crashes a tab). Null when the size is fine.
 */
export function checkPlanFileSize(bytes: number): PlanProblem | null {
  if (bytes > MAX_PLAN_FILE_BYTES) {
    return problem(
      'too-large',
      `This file is too large: ${fmtMb(bytes)}, more than any plan the planner makes (${fmtMb(MAX_PLAN_FILE_BYTES)}). Choose the .plan.json file the planner downloaded.`,
    )
  }
  if (bytes === 0) return emptyFile()
  return null
}

const emptyFile = () =>
  problem('empty-file', 'This file is empty. Choose the .plan.json file the planner downloaded.')

/** Total, like the link decoder: a plan or a typed problem, never a throw. */
export function parsePlanFileText(text: string): DecodeResult {
  try {
    return parseText(text)
  } catch {
    return {
      ok: false,
      problem: problem(
        'corrupt',
        'This file could not be read as a plan. Choose the .plan.json file the planner downloaded.',
      ),
    }
  }
}

function parseText(text: string): DecodeResult {
  if (typeof text !== 'string') return { ok: false, problem: emptyFile() }
  // UTF-16 code units: a string this long holds at least this many bytes.
  const tooLarge = checkPlanFileSize(text.length)
  if (tooLarge && tooLarge.kind === 'too-large') return { ok: false, problem: tooLarge }
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return { ok: false, problem: emptyFile() }
  const tooDeep = checkJsonText(body)
  if (tooDeep) return { ok: false, problem: tooDeep }
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (error) {
    return {
      ok: false,
      problem: problem(
        'corrupt',
        `This file is not valid JSON (${error instanceof Error ? error.message.slice(0, 200) : 'unreadable'}). Choose the .plan.json file the planner downloaded.`,
      ),
    }
  }
  if (json && typeof json === 'object' && !Array.isArray(json) && Object.hasOwn(json, '$schema')) {
    const { $schema: _ignored, ...rest } = json as Record<string, unknown>
    json = rest
  }
  return parsePlanValue(json)
}
