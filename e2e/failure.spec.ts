// A worker that fails to start or throws gives a clear message and a page that still works.
import { CounterLab } from './pages/counterLab.ts';
import { expect, test } from './fixtures.ts';

test.use({ expectedErrors: ['worker start failed on purpose'] });

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
