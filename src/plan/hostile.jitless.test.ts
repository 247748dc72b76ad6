// Hostile links and plan files with zod as the browser runs it under the
// Content Security Policy: without code generation. zod reads this setting when
// a schema is built, so it is set before any schema module loads (vitest runs
// each test file in its own module graph).
import { z } from 'zod'

z.config({ jitless: true })
const { hostileSuite } = await import('./hostile.suite')

hostileSuite('jitless')
