// Queue workers that crash or stop answering: a clear message or a forced Stop, and the next run recovers.
import type { Page } from '@playwright/test';
import { QueueLab } from './pages/queueLab.ts';
import { expect, test } from './fixtures.ts';

test.use({ expectedErrors: ['queue worker crashed on purpose'] });
// The site's service worker takes over the page after its load, and then fetches worker scripts
// itself, out of `page.route`'s reach.
test.use({ serviceWorkers: 'block' });

const WORKER = '**/queue.worker*.js';

/**
 * Serves a stand-in for the queue worker script that speaks just enough Comlink to answer the pool's
 * ping: to the first `times` workers the page starts, and the real script to any after them.
 */
async function replaceWorker(page: Page, onJob: string, times = Infinity): Promise<void> {
  let served = 0;
  const body = `
    self.onmessage = (e) => {
      const { id, path } = e.data;
      if (path && path[0] === 'ping') self.postMessage({ id, type: 'RAW', value: 'pong' });
      else { ${onJob} }
    };`;
  await page.route(WORKER, (route) => {
    if (served++ >= times) return route.continue();
    return route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      headers: { 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Resource-Policy': 'same-origin' },
      body,
    });
  });
}

test('a worker that crashes in the middle of a run fails it with a message; the pool replaces it', async ({ page }) => {
  const lab = new QueueLab(page);
  // The run's four workers crash. The pool may start their replacements before the page shows the
  // failure (while it stops the run): those, and any later, load the real worker.
  await replaceWorker(page, `setTimeout(() => { throw new Error('queue worker crashed on purpose'); }, 20);`, 4);
  await lab.open('queue=locked&producers=2&consumers=2&items=5000');
  await lab.run.click();
  await lab.expectStatus('failed', 20_000);
  await expect(page.getByRole('alert').filter({ hasText: 'crashed on purpose' })).toBeVisible();

  await lab.runToEnd();
  expect(await lab.counts()).toMatchObject({ produced: 10000, consumed: 10000, lost: 0, duplicated: 0, left: 0 });
});

test('Stop ends a run whose workers never answer, by replacing them, within a second', { tag: '@alone' }, async ({ page, liveWorkers }) => {
  const lab = new QueueLab(page);
  // These workers take the job and then ignore everything, the stop word included.
  await replaceWorker(page, '/* never answers */');
  await lab.open('queue=mpmc&producers=2&consumers=2&items=5000');
  await lab.run.click();
  await lab.expectStatus('running');
  await page.waitForTimeout(300);
  await lab.expectStatus('running');
  // Their replacements load the real worker.
  await page.unroute(WORKER);
  const ms = await lab.stopTimed();
  expect(ms, 'from the Stop click to the stopped status').toBeLessThan(1000);
  await liveWorkers.expectCount(4, { filter: (url) => url.includes('queue.worker') });

  await lab.runToEnd();
  expect(await lab.counts()).toMatchObject({ produced: 10000, consumed: 10000, lost: 0, duplicated: 0, left: 0 });
  await liveWorkers.expectCount(4, { filter: (url) => url.includes('queue.worker') });
});
