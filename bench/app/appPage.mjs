// Opens the built app in a fresh browser context (cold: nothing cached, no service worker yet) and drives its Run button.
/* global document, crossOriginIsolated -- only inside callbacks that run in the page */
import { installPerfProbe } from './perfProbe.mjs';

/**
 * Opens `url` in a context of its own with the perf probe installed, checks that the page is
 * cross-origin isolated, and runs `use(app)`; `app.check()` throws if the page reported an error.
 */
export async function withAppPage(browser, url, use) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(installPerfProbe);
    await page.goto(url);
    const runButton = page.getByRole('button', { name: 'Run', exact: true });
    await runButton.waitFor({ timeout: 15_000 });
    if (!(await page.evaluate(() => crossOriginIsolated))) {
      throw new Error('the built app is not cross-origin isolated: check the server headers');
    }
    const app = {
      page,
      runButton,
      status: () => page.getByTestId('run-status').getAttribute('data-status'),
      waitForStatus: (statuses, timeout) => waitForStatus(page, statuses, timeout),
      now: () => page.evaluate(() => performance.now()),
      check: () => {
        if (errors.length > 0) throw new Error(`app page error: ${errors.join('; ')}`);
      },
    };
    return await use(app);
  } finally {
    await context.close();
  }
}

function waitForStatus(page, statuses, timeout) {
  return page.waitForFunction(
    (wanted) => wanted.includes(document.querySelector('[data-testid="run-status"]')?.getAttribute('data-status')),
    statuses,
    { timeout, polling: 50 },
  );
}
