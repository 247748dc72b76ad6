/** Writes the hosting files made from deploy/hosting.ts: `npx tsx deploy/generate.ts`. */
import { writeFileSync } from 'node:fs'
import { hostingFiles } from './hosting'

for (const [path, text] of Object.entries(hostingFiles())) {
  writeFileSync(new URL(`../${path}`, import.meta.url), text)
  console.log(`wrote ${path}`)
}
