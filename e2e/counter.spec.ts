// The Counter lab through its UI: every mode gives the right kind of result, Stop, pool reuse, the seed.
import { CounterLab } from './pages/counterLab.ts';
import { expect, test } from './fixtures.ts';

const EXACT = ['mutex', 'spin', 'atomic', 'local'] as const;
const RACY = ['none', 'flag', 'split'] as const;

// Each mode opens its own link in a fresh load of the same tab: a browser context per mode cost
// more than the mode's run.
test.describe('every synchronisation mode, run through the page', () => {
  test(`${EXACT.join(', ')}: each is exact`, async ({ page }) => {
    // Each case keeps the time a test of its own had.
    test.setTimeout(EXACT.length * 60_000);
    const lab = new CounterLab(page);
    for (const sync of EXACT) {
      await test.step(`${sync} is exact`, async () => {
        // Both workers add +1: with +1 and −1 a lost +1 could cancel a lost −1 and still end at 0.
        await lab.open(`sync=${sync}&workers=2&dirs=%2B%2B&iters=200000&window=10`);
        await lab.runToEnd();
        const r = await lab.results();
        expect(r.expected).toBe(400_000);
        expect(r.actual).toBe(400_000);
        expect(r.lost).toBe(0);
        expect(r.throughput).toBeGreaterThan(0);
      });
    }
  });

  test(`${RACY.join(', ')}: each loses updates`, async ({ page }) => {
    test.setTimeout(RACY.length * 60_000);
    const lab = new CounterLab(page);
    for (const sync of RACY) {
      await test.step(`${sync} loses updates`, async () => {
        // Both workers add +1 so every lost update shows; three trials, as one can be lucky.
        await lab.open(`sync=${sync}&workers=2&dirs=%2B%2B&iters=1000000&window=10&trials=3`);
        await lab.runToEnd('done', 60_000);
        const { exact, of } = await lab.exactTrials();
        expect(of).toBe(3);
        expect(exact, 'trials that ended exact').toBeLessThan(3);
        const r = await lab.results();
        expect(r.expected).toBe(2_000_000);
        expect(r.actual).toBe(r.expected - r.lost);
      });
    }
  });
});

test('the seed pair (+1 and −1, a million each, under the lock) ends at exactly 0', async ({ page }) => {
  const lab = new CounterLab(page);
  await lab.open('sync=mutex&workers=2&dirs=%2B-&iters=1000000');
  await lab.runToEnd();
  expect(await lab.results()).toMatchObject({ expected: 0, actual: 0, lost: 0 });
});

test('Stop ends a 10⁹-iteration run within a second, and the next run works', { tag: '@alone' }, async ({ page }) => {
  const lab = new CounterLab(page);
  await lab.open('sync=mutex&workers=2&iters=1000000000');
  await lab.run.click();
  await lab.expectStatus('running');
  expect(await lab.stopTimed(), 'ms from the click on Stop to the stopped status').toBeLessThan(1000);
  // The stopped run still verifies what it did: the lock kept it exact.
  const stopped = await lab.results();
  expect(stopped.actual).toBe(stopped.expected);

  await lab.field('Iterations per worker').fill('10000');
  await lab.field('Iterations per worker').press('Enter');
  await lab.runToEnd();
  expect(await lab.results()).toMatchObject({ expected: 0, actual: 0, lost: 0 });
});

test('20 runs in a row reuse the same workers', async ({ page, liveWorkers }) => {
  const lab = new CounterLab(page);
  await lab.open('sync=atomic&workers=3&dirs=%2B%2B-&iters=20000');
  for (let i = 0; i < 20; i++) await lab.runToEnd();
  await liveWorkers.expectCount(3);
  expect(await lab.results()).toMatchObject({ expected: 20000, actual: 20000 });
  await expect(page.getByRole('table').filter({ hasText: 'Exact trials' }).getByRole('row')).toHaveCount(1 + 12);
});

test('Run, Stop and Copy link work from the keyboard', { tag: '@alone' }, async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lab = new CounterLab(page);
  await lab.open('sync=spin&workers=2&iters=100000000');
  await lab.run.focus();
  await page.keyboard.press('Enter');
  await lab.expectStatus('running');
  await lab.stop.focus();
  await page.keyboard.press('Enter');
  await lab.expectStatus('stopped', 1000);

  await lab.copyLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Link copied/)).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.searchParams.get('sync')).toBe('spin');
  expect(url.searchParams.get('iters')).toBe('100000000');
  expect(url.searchParams.get('dirs')).toBe('+-');
});

test('a copied link reopens the exact experiment', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lab = new CounterLab(page);
  await lab.open();
  await page.getByRole('radio', { name: /Spinlock/ }).check();
  await lab.field('Workers').fill('3');
  await lab.field('Workers').press('Enter');
  await lab.field('Race window').fill('25');
  await lab.field('Race window').press('Enter');
  await page.getByRole('button', { name: /Worker 2 adds minus one/ }).click();
  await lab.copyLink.click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());

  const other = await context.newPage();
  const reopened = new CounterLab(other);
  await other.goto(copied);
  await expect(other.getByRole('radio', { name: /Spinlock/ })).toBeChecked();
  await expect(reopened.field('Workers')).toHaveValue('3');
  await expect(reopened.field('Race window')).toHaveValue('25');
  await expect(other.getByRole('button', { name: /Worker 2 adds plus one/ })).toBeVisible();
  await expect(other.getByTestId('link-notice')).toHaveCount(0);
});

test('the page passes axe (WCAG A/AA) before and after a run', async ({ page, axe }) => {
  const lab = new CounterLab(page);
  await lab.open('sync=none&iters=100000&trials=3');
  await axe.check();
  await lab.runToEnd();
  await axe.check();
});
