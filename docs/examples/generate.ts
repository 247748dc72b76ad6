// Writes the example checklists and runbook scripts: npx tsx docs/examples/generate.ts
// src/checklist/examples.test.ts fails when these files drift from the code.
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { exampleFiles } from '../../src/checklist/examples.test-helper'

const here = dirname(fileURLToPath(import.meta.url))
for (const [name, text] of Object.entries(exampleFiles())) {
  writeFileSync(join(here, name), text, 'utf8')
}
