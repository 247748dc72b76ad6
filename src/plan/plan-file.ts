import type { DecodeResult } from './link-codec'
import { parsePlanValue } from './link-codec'
import type { Plan } from './plan'
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

/** Total, like the link decoder. */
export function parsePlanFileText(text: string): DecodeResult {
  if (text.length > MAX_PLAN_FILE_BYTES) {
    return {
      ok: false,
      problem: problem('too-large', 'This file is larger than any plan the planner makes (20 MB).'),
    }
  }
  if (text.trim() === '') {
    return {
      ok: false,
      problem: problem(
        'empty',
        'This file is empty. Choose the .plan.json file the planner downloaded.',
      ),
    }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return {
      ok: false,
      problem: problem(
        'corrupt',
        `This file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}). Choose the .plan.json file the planner downloaded.`,
      ),
    }
  }
  if (json && typeof json === 'object' && !Array.isArray(json) && '$schema' in json) {
    const { $schema: _ignored, ...rest } = json as Record<string, unknown>
    json = rest
  }
  return parsePlanValue(json)
}
