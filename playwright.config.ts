import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// Debian's Chromium where it is installed (this machine and CI), overridable by
// CHROMIUM_PATH; otherwise Playwright's own browser, as on a laptop.
const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const executablePath = existsSync(candidate) ? candidate : undefined
// PW_PORT lets several checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.PW_PORT ?? 4173)
// CI reads this report, not the list printed to the log (docs/decisions/0010).
const PLAYWRIGHT_REPORT = 'test-results/playwright.json'

export default defineConfig({
  testDir: 'e2e',
  // Playwright empties its output folder on start: keep it apart from the reports beside it.
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: PLAYWRIGHT_REPORT }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, grepInvert: /@timing/ },
    // Tests that measure time (long tasks, "within 2 s") run after the others, one at a
    // time, so a neighbouring test on the other core does not make their figures.
    {
      name: 'timing',
      use: { ...devices['Desktop Chrome'] },
      grep: /@timing/,
      dependencies: ['chromium'],
      workers: 1,
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
