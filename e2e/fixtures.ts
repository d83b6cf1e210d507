// Playwright `test` for RaceLab: fails on page errors, counts live Web Workers, checks accessibility.
//
//   import { test, expect } from './fixtures.ts';
//   test.use({ expectedErrors: [/worker failed/] });        // expected errors, for a whole file or describe
//   test('…', async ({ page, pageErrors, liveWorkers, axe }) => {
//     pageErrors.allow('Bad link');                         // or only from here on, in one test
//     await liveWorkers.expectCount(4);                     // dedicated workers alive now
//     await axe.check();
//   });
import { test as base, expect } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import type { AxeOptions } from './support/axe.ts';
import { formatProblems, PageErrorGuard } from './support/pageErrors.ts';
import type { ErrorPattern } from './support/pageErrors.ts';
import { LiveWorkers } from './support/workers.ts';

export interface RaceLabOptions {
  /** Page and console errors this test expects; any other fails it. */
  expectedErrors: ErrorPattern[];
}

export interface RaceLabFixtures {
  pageErrors: PageErrorGuard;
  liveWorkers: LiveWorkers;
  axe: { check: (options?: AxeOptions) => Promise<void> };
}

export const test = base.extend<RaceLabFixtures & RaceLabOptions>({
  expectedErrors: [[], { option: true }],

  // Automatic, so no test can forget it: the check runs after the test body, before the page closes.
  pageErrors: [
    // Naming `page` creates the default page first, so the guard watches it from its first load.
    async ({ context, page: _page, expectedErrors }, use, testInfo) => {
      const guard = new PageErrorGuard(context, expectedErrors);
      await use(guard);
      guard.dispose();
      const unexpected = guard.unexpected();
      if (unexpected.length === 0 || testInfo.status === 'skipped') return;
      const report = formatProblems(unexpected);
      await testInfo.attach('page-errors', { body: report, contentType: 'text/plain' });
      throw new Error(`The page reported ${unexpected.length} unexpected error(s):\n${report}`);
    },
    { auto: true },
  ],

  liveWorkers: async ({ page }, use) => {
    const workers = new LiveWorkers(page);
    await use(workers);
    await workers.dispose();
  },

  axe: async ({ page }, use) => {
    await use({
      check: async (options) => {
        await expectAccessible(page, options);
      },
    });
  },
});

export { expect };
