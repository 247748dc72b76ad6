import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exampleFiles } from './examples.test-helper'

// docs/examples/ holds the checklist and script of five plans for review
// without the app; regenerate with: npx tsx docs/examples/generate.ts
const DIR = join(import.meta.dirname, '..', '..', 'docs', 'examples')

describe('docs/examples', () => {
  it.each(Object.entries(exampleFiles()))('%s matches what the code builds now', (name, text) => {
    expect(readFileSync(join(DIR, name), 'utf8')).toBe(text)
  })
})
