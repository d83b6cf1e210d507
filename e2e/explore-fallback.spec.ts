// Where the page cannot be cross-origin isolated, the Counter and Queue labs still show their race
// on the Explorer's simulated scheduler, labelled as simulated; the banner says so.
import { DIST } from './support/hosting.ts';
import { serveStatic, type StaticServer } from './support/staticServer.ts';
import { ExploreLab } from './pages/exploreLab.ts';
import { expect, test } from './fixtures.ts';

let server: StaticServer;

test.beforeAll(async () => {
  server = await serveStatic(DIST);
});

test.afterAll(async () => {
  await server.close();
});

// With service workers allowed, the site's own worker would add the headers and reload.
test.use({ serviceWorkers: 'block' });

test('the Counter lab runs a small lost update on the simulated scheduler, and opens it in the Explorer', async ({ page, axe }) => {
  await page.goto(`${server.url}?sync=none&workers=8&iters=1000`);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  const banner = page.getByRole('alert').filter({ hasText: 'Real threads cannot run on this page' });
  await expect(banner).toContainText('simulated scheduler');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();

  const sim = page.getByTestId('simulated-run');
  await expect(sim).toContainText('simulated');
  await expect(sim).toContainText('4 threads × 2 increments instead of 8 workers × 1,000 iterations');
  await sim.getByRole('button', { name: 'Run on the simulated scheduler', exact: true }).click();
  const outcomes = sim.getByTestId('outcome');
  await expect(outcomes.first()).toBeVisible({ timeout: 30_000 });
  expect(await outcomes.evaluateAll((els) => els.map((el) => el.getAttribute('data-value')))).toEqual(['2', '3', '4', '5', '6', '7', '8']);
  await axe.check();

  await sim.getByRole('link', { name: 'Step through it in the Explorer' }).click();
  const lab = new ExploreLab(page);
  await expect(page).toHaveURL(/lab=explore&v=1&scenario=lost-update&threads=4&incs=2$/);
  await expect(lab.stepButton('T4')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Real threads cannot run' })).toContainText('The Explorer needs no real threads');
  await lab.step('T1', 'T2', 'T1', 'T2');
  await expect(lab.verdict).toHaveAttribute('data-kind', 'lost-update');
});

test('the mutex runs as the fixed version, exact in every order', async ({ page }) => {
  await page.goto(`${server.url}?sync=mutex&workers=3&iters=5`);
  const sim = page.getByTestId('simulated-run');
  await sim.getByRole('button', { name: 'Run on the simulated scheduler', exact: true }).click();
  await expect(sim.getByTestId('outcome').first()).toBeVisible({ timeout: 30_000 });
  expect(await sim.getByTestId('outcome').evaluateAll((els) => els.map((el) => el.getAttribute('data-value')))).toEqual(['6']);
});

test("the Queue lab runs the seed's consumer on the simulated scheduler: items can be left behind", async ({ page }) => {
  await page.goto(`${server.url}?lab=queue&shutdown=empty-check&items=10`);
  const sim = page.getByTestId('simulated-run');
  await expect(sim).toContainText('Check, then act');
  await sim.getByRole('button', { name: 'Run on the simulated scheduler', exact: true }).click();
  await expect(sim.getByTestId('outcome').first()).toBeVisible({ timeout: 30_000 });
  const values = await sim.getByTestId('outcome').evaluateAll((els) => els.map((el) => el.getAttribute('data-value')));
  expect(values).toContain('all-consumed');
  expect(values).toContain('item-lost-3');
});
