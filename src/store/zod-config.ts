import { config } from 'zod/v4/core'

// The page's CSP forbids `new Function`: tell zod before any schema is built,
// so it neither probes for eval (a CSP violation report on every load) nor tries it.
config({ jitless: true })
