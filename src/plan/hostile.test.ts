// Hostile links and plan files with zod as Node runs it (code generation on).
// hostile.jitless.test.ts runs the same suite as the browser runs zod.
import { hostileSuite } from './hostile.suite'

hostileSuite('jit')
