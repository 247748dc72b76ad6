import { z } from 'zod'
import { planSchema } from './plan'

/** The JSON Schema of a plan file, generated from the zod schema (public/plan.schema.json). */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(planSchema, { io: 'output', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >
  const properties = schema.properties as Record<string, unknown>
  return {
    ...schema,
    $id: 'plan.schema.json',
    title: 'Lync Server 2013 migration plan',
    description:
      'A plan file of the Lync Server 2013 migration planner. Generated from the zod schema; do not edit.',
    // The file names its schema; the plan itself is strict.
    properties: { $schema: { type: 'string' }, ...properties },
  }
}

export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`
}
