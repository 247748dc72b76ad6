/// <reference types="vitest/config" />
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { hostingHtml } from './deploy/html-plugin'
import { offline } from './deploy/pwa'
import { routePreload } from './build/route-preload'
import { zodJitless } from './build/zod-jitless'

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
    // The picture is a lazy chunk; the pages that draw it ask for it with their own code.
    routePreload(
      ['plan/$/review', 'plan/$/checklist', 'plan/$/step/sql', 'plan/$/step/pools'].map((path) => ({
        path,
        modules: ['src/ui/migration-diagram.tsx'],
      })),
    ),
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
