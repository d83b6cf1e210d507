// Served without the isolation headers, and with no service worker to add them, the page explains
// why threads cannot run and how to fix it.
import { DIST } from './support/hosting.ts';
import { serveStatic, type StaticServer } from './support/staticServer.ts';
import { expect, test } from './fixtures.ts';

let server: StaticServer;

test.beforeAll(async () => {
  server = await serveStatic(DIST);
});

test.afterAll(async () => {
  await server.close();
});

// With service workers allowed, the site's own worker would add the headers and reload (e2e/hosting.spec.ts).
test.use({ serviceWorkers: 'block' });

test('without COOP/COEP the page shows a clear banner, keeps the lab readable, and does not crash', async ({ page }) => {
  await page.goto(`${server.url}?sync=mutex`);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  const banner = page.getByRole('alert').filter({ hasText: 'Real threads cannot run on this page' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Cross-Origin-Opener-Policy');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  // The rest of the lab still teaches: the code and the settings are there.
  await expect(page.getByRole('heading', { name: /What each worker runs/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Mutex/ })).toBeChecked();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
});
