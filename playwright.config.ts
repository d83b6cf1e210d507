// Playwright config: Chromium only, against `vite preview` of the built site; two workers, then the
// tests tagged @alone one at a time with the machine to themselves.
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

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath, args: chromiumArgs() },
};

// A test that times Stop, reads live counts mid-run, needs threads that really run at once, or rests
// on one delay being longer than another is tagged @alone: a second test on the same cores would skew
// what it measures.
const ALONE = /@alone/;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Each test opens its own browser context, so any two may share the machine, file or not.
  fullyParallel: true,
  forbidOnly: ci,
  // Tests must be deterministic: a retry would hide a flaky race instead of reporting it.
  retries: 0,
  // Two at a time: a test spends much of its time waiting on the page, which leaves a core to the other.
  workers: 2,
  reporter: ci ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}/`,
    headless: true,
    // A failed test keeps its trace: every action with the DOM before and after it. The trace's
    // screencast is left out: encoding a frame for every paint took about 40 % of each test's time,
    // and the failure screenshot below still shows how the page ended.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    // The site's service worker caches the whole build after every first load, which costs each test
    // CPU that the page under test needs. The specs about hosting, offline use and embedding allow it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'chromium', grepInvert: ALONE, use: chromium },
    // After every other test has finished, so nothing else runs beside these.
    { name: 'alone', grep: ALONE, dependencies: ['chromium'], workers: 1, use: chromium },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${JSON.stringify(dist)}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !ci,
    timeout: 60_000,
  },
});
