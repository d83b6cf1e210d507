// `npm run test:e2e`: finds Chromium, builds the site and runs the Playwright specs against `vite preview`.
// Extra arguments go to Playwright: `npm run test:e2e -- --grep isolation`.
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ENV, ensureChromium } from './chromium.mjs';
import { command, isMain, runSteps } from './steps.mjs';

/** The browser part of the test run, shared with test.mjs. */
export function e2eSteps(playwrightArgs = []) {
  return [
    {
      name: 'chromium',
      label: `find Chromium (${CHROMIUM_ENV})`,
      run: () => {
        const found = ensureChromium();
        // Inherited by Playwright and its workers, which read it in playwright.config.ts.
        process.env[CHROMIUM_ENV] = found.path;
        console.log(`Using ${found.path} (from ${found.source}).`);
      },
    },
    command('build', 'npx', ['vite', 'build']),
    command('e2e', 'npx', ['playwright', 'test', ...playwrightArgs]),
  ];
}

if (isMain(import.meta.url)) {
  process.chdir(fileURLToPath(new URL('..', import.meta.url)));
  await runSteps('test:e2e', e2eSteps(process.argv.slice(2)));
}
