// A worker that fails to start or throws gives a clear message and a page that still works.
import { CounterLab } from './pages/counterLab.ts';
import { expect, test } from './fixtures.ts';

test.use({ expectedErrors: ['worker start failed on purpose', 'worker crashed on purpose'] });
// The site's service worker takes over the page after its load, and then fetches worker scripts
// itself, out of `page.route`'s reach.
test.use({ serviceWorkers: 'block' });

test('a worker that throws while loading fails the run with a message; the next run recovers', async ({ page }) => {
  const lab = new CounterLab(page);
  await page.route('**/counter.worker*.js', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      headers: { 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Resource-Policy': 'same-origin' },
      body: 'throw new Error("worker start failed on purpose");',
    }),
  );
  await lab.open('sync=atomic&iters=1000');
  await lab.run.click();
  await lab.expectStatus('failed', 20_000);
  await expect(page.getByRole('alert').filter({ hasText: 'worker' })).toBeVisible();
  await expect(lab.run).toBeEnabled();

  await page.unroute('**/counter.worker*.js');
  await lab.runToEnd();
  expect(await lab.results()).toMatchObject({ expected: 0, actual: 0 });
});

test('a worker that crashes in the middle of a run fails it with a message; the pool replaces it', async ({ page }) => {
  const lab = new CounterLab(page);
  // Speaks just enough of Comlink's protocol to answer the pool's ping, then dies on the job.
  const crashing = `
    self.onmessage = (e) => {
      const { id, path } = e.data;
      if (path && path[0] === 'ping') self.postMessage({ id, type: 'RAW', value: 'pong' });
      else setTimeout(() => { throw new Error('worker crashed on purpose'); }, 20);
    };`;
  await page.route('**/counter.worker*.js', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      headers: { 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Resource-Policy': 'same-origin' },
      body: crashing,
    }),
  );
  await lab.open('sync=mutex&iters=50000');
  await lab.run.click();
  await lab.expectStatus('failed', 20_000);
  await expect(page.getByRole('alert').filter({ hasText: 'crashed on purpose' })).toBeVisible();

  await page.unroute('**/counter.worker*.js');
  await lab.runToEnd();
  expect(await lab.results()).toMatchObject({ expected: 0, actual: 0, lost: 0 });
});
