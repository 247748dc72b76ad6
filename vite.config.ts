/// <reference types="vitest/config" />
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { hostingHtml } from './deploy/html-plugin'
import { offline } from './deploy/pwa'
import { routePreload } from './build/route-preload'
import { zodJitless } from './build/zod-jitless'
import { STEPS } from './src/ui/step-registry'

// The router plugin must run before react(): it writes src/routeTree.gen.ts
// and splits each route's component into its own chunk.
export default defineConfig({
  // Relative asset URLs: the same build under / or any sub-path (docs/decisions/0018).
  base: './',
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
    // Lazy chunks a page draws at once: its HTML asks for them beside the page's code
    // (the open step's form, src/wizard/step-modules.ts; the picture; the checklist's
    // sections, drawn a moment after its first draw).
    routePreload([
      ...STEPS.map(({ id }) => ({
        path: `plan/$/step/${id}`,
        modules: [`src/wizard/steps/${id}-step.tsx`],
      })),
      ...['plan/$/review', 'plan/$/checklist', 'plan/$/step/sql', 'plan/$/step/pools'].map(
        (path) => ({ path, modules: ['src/ui/migration-diagram.tsx'] }),
      ),
      { path: 'plan/$/checklist', modules: ['src/app/checklist-body.tsx'] },
    ]),
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
