import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

// The page's CSP forbids `new Function`, so zod must be told it runs without
// eval (src/store/zod-config.ts) before it builds any object schema: zod probes
// for eval when an object schema is made, and the probe alone is a CSP violation.
// Importing the config from the entry would put zod on the start page; instead
// every import of zod in the app's own code goes through a small module that
// runs the config first. So whichever chunk builds schemas, the config comes
// first in it, and a page with no schema loads no zod. Workers import the
// config themselves (their bundles do not run these plugins).

const CONFIG = fileURLToPath(new URL('../src/store/zod-config.ts', import.meta.url))
const SRC = fileURLToPath(new URL('../src/', import.meta.url))
const PREFIX = '\0zod-jitless:'

export function zodJitless(): Plugin {
  return {
    name: 'zod-jitless',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== 'zod' && source !== 'zod/mini') return null
      if (!importer || !importer.startsWith(SRC) || importer === CONFIG) return null
      const real = await this.resolve(source, importer, { skipSelf: true })
      return real ? `${PREFIX}${real.id}` : null
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null
      const real = JSON.stringify(id.slice(PREFIX.length))
      return `import ${JSON.stringify(CONFIG)}\nexport * from ${real}\n`
    },
  }
}
