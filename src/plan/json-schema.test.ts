import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { planJsonSchemaText } from './json-schema'

describe('public/plan.schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing it)', () => {
    const published = readFileSync(
      join(import.meta.dirname, '../../public/plan.schema.json'),
      'utf8',
    )
    expect(published).toBe(planJsonSchemaText())
  })
})
