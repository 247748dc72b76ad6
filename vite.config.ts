/// <reference types="vitest/config" />
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'vite'
import { hostingHtml } from './deploy/html-plugin'
import { offline } from './deploy/pwa'
import { pageChunks } from './build/page-chunks'
import type { DrawnAtOnce } from './build/route-preload'
import { routePreload } from './build/route-preload'
import { zodJitless } from './build/zod-jitless'
import { STEPS } from './src/ui/step-registry'

// The build of the rules: a verdict kept beside a stored plan is used only by the same rules
// (src/store/known-findings.ts). The rule modules import nothing outside src/rules.
function rulesBuild(): string {
  const dir = join(import.meta.dirname, 'src/rules')
  const hash = createHash('sha256')
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.ts') || /\.test|test-/.test(file)) continue
    hash.update(file).update(readFileSync(join(dir, file)))
  }
  return hash.digest('hex').slice(0, 16)
}

// Lazy chunks a page draws at once: its HTML asks for them beside the page's code
// (the open step's form, src/wizard/step-modules.ts; the picture), or the page asks for
// them right after its first draw (the checklist's sections), and they are grouped with it.
const DRAWN_AT_ONCE: DrawnAtOnce[] = [
  ...STEPS.map(({ id }) => ({
    path: `plan/$/step/${id}`,
    modules: [`src/wizard/steps/${id}-step.tsx`],
  })),
  ...['plan/$/review', 'plan/$/step/sql', 'plan/$/step/pools'].map((path) => ({
    path,
    modules: ['src/ui/migration-diagram.tsx'],
  })),
  // The checklist asks for its sections and its picture once its header, actions and
  // share panel are on screen: their bytes do not hold up that first draw on a slow line.
  {
    path: 'plan/$/checklist',
    modules: ['src/app/checklist-body.tsx', 'src/ui/migration-diagram.tsx'],
    afterFirstPaint: true,
  },
]

// The router plugin must run before react(): it writes src/routeTree.gen.ts
// and splits each route's component into its own chunk.
export default defineConfig({
  // Relative asset URLs: the same build under / or any sub-path (docs/decisions/0018).
  base: './',
  define: { __RULES_BUILD__: JSON.stringify(rulesBuild()) },
  plugins: [
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      quoteStyle: 'single',
      semicolons: false,
    }),
    react(),
    hostingHtml(),
    zodJitless(),
    // Each page's HTML asks for its code at once (docs/decisions/0023), and that code is
    // grouped by the pages that draw it (docs/decisions/0027).
    routePreload(DRAWN_AT_ONCE),
    pageChunks(DRAWN_AT_ONCE),
    offline(),
  ],
  build: { target: 'es2022', sourcemap: false, manifest: true },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    include: [
      'src/**/*.test.ts',
      'scripts/**/*.test.ts',
      'deploy/**/*.test.ts',
      'build/**/*.test.ts',
    ],
    environment: 'node',
  },
})
