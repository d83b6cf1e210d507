// Playwright config: Chromium only, against `vite preview` of the built site, one worker for stable timings.
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ENV, chromiumArgs, findChromium } from './scripts/chromium.mjs';

const ci = Boolean(process.env.CI);
// RACELAB_E2E_PORT and RACELAB_E2E_DIST let two test runs on one machine keep to their own preview
// server and build (`npx vite build --outDir <dir>`).
const port = Number(process.env.RACELAB_E2E_PORT ?? 4173);
const dist = process.env.RACELAB_E2E_DIST ?? 'dist';

// `npm test` and `npm run test:e2e` export the browser they found (installing one if needed);
// a direct `npx playwright test` falls back to the same search, without installing.
const executablePath = process.env[CHROMIUM_ENV] ?? findChromium()?.path;
if (!executablePath) {
  throw new Error('No Chromium found: run `npm run test:e2e`, or set CHROMIUM_PATH to a Chromium executable.');
}

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  forbidOnly: ci,
  // Tests must be deterministic: a retry would hide a flaky race instead of reporting it.
  retries: 0,
  // The app starts its own worker threads; one test at a time keeps CPU contention out of results.
  workers: 1,
  reporter: ci ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}/`,
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: chromiumArgs() },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${JSON.stringify(dist)}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !ci,
    timeout: 60_000,
  },
});
