import { defineConfig } from '@playwright/test'

/**
 * Browser tests against the running system (dev/run): the gateway serves the app, Keycloak signs the demo users in.
 * They drive the system's Chromium (never a downloaded browser): CHROMIUM_PATH, /usr/bin/chromium by default.
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  outputDir: '../target/e2e-results',
  reporter: [
    ['list'],
    ['junit', { outputFile: '../target/e2e-reports/TEST-web-e2e.xml' }],
    ['./e2e/summary-reporter.ts'],
  ],
  use: {
    baseURL: process.env.VP_BASE_URL ?? 'http://localhost:8080',
    browserName: 'chromium',
    headless: true,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
})
