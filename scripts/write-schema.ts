import { writeFileSync } from 'node:fs'
import { planJsonSchemaText } from '../src/plan/json-schema'

writeFileSync(new URL('../public/plan.schema.json', import.meta.url), planJsonSchemaText())
process.stdout.write('wrote public/plan.schema.json\n')
