// Scaling lab end to end: a short sweep measures exactly the planned points, each a real measurement;
// Stop mid-sweep ends it promptly and leaves no worker busy; links round-trip and bad ones are
// explained; the page is accessible in both themes and fits a phone.
import { ScalingLab, type SweepRow } from './pages/scalingLab.ts';
import { CounterLab } from './pages/counterLab.ts';
import { expect, test } from './fixtures.ts';
import { downloadFrom, expectPng, savedResults } from './support/exports.ts';

const SHORT = 'modes=atomic,mutex&queues=mpmc&sharing=1&upto=3&ms=40';
/** What SHORT plans: series one after another (the two sharing layouts in pairs), worker counts 1–3 (queue points need 2 at least). */
const SHORT_PLAN: readonly (readonly [string, number])[] = [
  ['counter:mutex', 1],
  ['counter:mutex', 2],
  ['counter:mutex', 3],
  ['counter:atomic', 1],
  ['counter:atomic', 2],
  ['counter:atomic', 3],
  ['queue:mpmc', 2],
  ['queue:mpmc', 3],
  ['sharing:adjacent', 1],
  ['sharing:padded', 1],
  ['sharing:adjacent', 2],
  ['sharing:padded', 2],
  ['sharing:adjacent', 3],
  ['sharing:padded', 3],
];

const plannedOf = (rows: readonly SweepRow[]): [string, number][] => rows.map((r) => [r.series, r.workers]);

test('a short sweep measures exactly the planned points, each a positive throughput; exact modes lose nothing', async ({ page }) => {
  const lab = new ScalingLab(page);
  await lab.open(SHORT);
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
  await expect(page.getByText('14 points,')).toBeVisible();
  await lab.runToEnd('done', 60_000);
  await expect(lab.progress).toHaveAttribute('aria-valuemax', '14');
  await expect(lab.progress).toHaveAttribute('aria-valuenow', '14');
  await expect(page.getByTestId('sweep-progress-text')).toHaveText('14 of 14 points');
  const rows = await lab.points();
  expect(plannedOf(rows)).toEqual(SHORT_PLAN);
  for (const r of rows) expect(r.throughput, `${r.series} at ${r.workers}`).toBeGreaterThan(0);
  // Mutex and Atomics.add are exact: the shared cell holds every operation the workers counted.
  for (const r of rows.filter((x) => x.series.startsWith('counter:'))) expect(r.lost, `${r.series} at ${r.workers}`).toBe(0);
  expect(rows.filter((r) => !r.series.startsWith('counter:')).every((r) => r.lost === null)).toBe(true);
  // The ratio is padded over adjacent at some worker count of 2 or more, whatever this machine makes of it.
  const ratio = Number(await lab.ratio.getAttribute('data-value'));
  expect(ratio).toBeGreaterThan(0);
  await expect(page.getByTestId('sharing-ratio-row')).toHaveCount(3);
  // The three charts are drawn, and saved as one picture.
  await expect(page.locator('.sweep-plot canvas')).toHaveCount(3);
  const png = await downloadFrom(page.getByRole('button', { name: 'Save as PNG: sweep charts' }));
  expect(png.name).toMatch(/^racelab-scaling-charts-.+\.png$/);
  expectPng(png);

  // Download results: the settings, the cores, every point as on the page, and the ratios.
  const { name, doc } = await savedResults(page.getByRole('button', { name: 'Download results' }));
  expect(name).toMatch(/^racelab-scaling-results-.+\.json$/);
  expect(doc).toMatchObject({ app: 'RaceLab', lab: 'scaling', params: { modes: ['mutex', 'atomic'], queues: ['mpmc'], sharing: true, upto: 3, ms: 40 } });
  const results = doc.results as { status: string; cores: number; planned: number; points: { workers: number; throughput: number }[]; ratios: { workers: number; ratio: number }[] };
  expect(results.status).toBe('done');
  expect(results.cores).toBeGreaterThan(0);
  expect(results.planned).toBe(14);
  expect(results.points.map((p) => p.throughput)).toEqual(rows.map((r) => r.throughput));
  expect(results.ratios.map((r) => r.workers)).toEqual([1, 2, 3]);
  expect(new URL(doc.link).searchParams.get('modes')).toBe('mutex,atomic');
});

test('Stop mid-sweep ends it promptly with fewer points, and leaves no worker busy', { tag: '@alone' }, async ({ page, liveWorkers }, testInfo) => {
  const lab = new ScalingLab(page);
  await lab.open('modes=mutex,spin,atomic,local&queues=locked&sharing=1&upto=4&ms=300');
  await lab.run.click();
  await lab.expectStatus('running');
  const planned = await lab.planned();
  await expect(page.getByTestId('sweep-progress-text')).toHaveText(new RegExp(`^\\d+ of ${planned} points · .+ at \\d+ workers?`));
  await expect.poll(() => lab.done(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  const ms = await lab.stopTimed();
  testInfo.annotations.push({ type: 'stop time', description: `${Math.round(ms)} ms` });
  console.log(`scaling Stop took ${Math.round(ms)} ms`);
  expect(ms).toBeLessThan(1500);
  const rows = await lab.points();
  expect(rows.length).toBeGreaterThanOrEqual(2);
  expect(rows.length).toBeLessThan(planned);
  expect(await lab.done()).toBe(rows.length);
  await expect(page.getByTestId('sweep-progress-text')).toHaveText(`${rows.length} of ${planned} points`);

  // A Counter lab run right after completes: no scaling worker still holds a core or a lock.
  await page.getByRole('navigation', { name: 'Labs' }).getByRole('link', { name: 'Counter' }).click();
  const counter = new CounterLab(page);
  await counter.setNumber('Iterations per worker', 100_000);
  await counter.runToEnd('done', 20_000);

  // Sweeps again and again reuse the same workers: their number does not grow.
  await page.getByRole('navigation', { name: 'Labs' }).getByRole('link', { name: 'Scaling' }).click();
  await lab.setNumber('Time per point (ms)', 20);
  await lab.runToEnd('done', 60_000);
  const after = await liveWorkers.count();
  await lab.runToEnd('done', 60_000);
  await liveWorkers.expectCount(after);
  expect(await lab.done()).toBe(planned);
});

test('Pause holds the sweep between points, the point in progress kept; Resume measures the rest', { tag: '@alone' }, async ({ page }) => {
  const lab = new ScalingLab(page);
  await lab.open('modes=atomic,local&queues=&sharing=0&upto=3&ms=150');
  const text = page.getByTestId('sweep-progress-text');
  const pause = page.getByRole('button', { name: 'Pause' });
  await lab.run.click();
  await expect.poll(() => lab.done(), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
  await pause.click();
  // Held is reported by the sweep itself once no point is running: the count cannot move while it shows.
  await expect(text).toHaveText(/^\d+ of 6 points · paused before .+ at \d+ workers?$/, { timeout: 20_000 });
  const held = await lab.done();
  expect(held).toBeLessThan(6);
  expect((await lab.points()).length).toBe(held);
  await lab.expectStatus('running');
  await page.getByRole('button', { name: 'Resume' }).click();
  await lab.expectStatus('done', 30_000);
  const rows = await lab.points();
  expect(rows.map((r) => `${r.series} ${r.workers}`)).toEqual(['counter:atomic 1', 'counter:atomic 2', 'counter:atomic 3', 'counter:local 1', 'counter:local 2', 'counter:local 3']);
  for (const r of rows) expect(r.throughput).toBeGreaterThan(0);
});

test('the settings round-trip through the link: Copy link and reload reopen them', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lab = new ScalingLab(page);
  await lab.open('modes=spin,local&queues=message&sharing=0&upto=5&ms=120');
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
  await expect(lab.mode('spin')).toBeChecked();
  await expect(lab.mode('local')).toBeChecked();
  await expect(lab.mode('mutex')).not.toBeChecked();
  await expect(lab.queue('message')).toBeChecked();
  await expect(lab.queue('mpmc')).not.toBeChecked();
  await expect(lab.sharing).not.toBeChecked();
  await expect(lab.field('Up to workers')).toHaveValue('5');
  await expect(lab.field('Time per point (ms)')).toHaveValue('120');

  // Changes made on the page go into the address and the copied link.
  await lab.mode('mutex').check();
  await lab.queue('message').uncheck();
  await lab.sharing.check();
  await lab.setNumber('Up to workers', 3);
  await lab.copyLink.click();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.searchParams.get('lab')).toBe('scaling');
  expect(copied.searchParams.get('modes')).toBe('mutex,spin,local');
  expect(copied.searchParams.get('queues')).toBe('');
  expect(copied.searchParams.get('sharing')).toBe('1');
  expect(copied.searchParams.get('upto')).toBe('3');
  expect(copied.searchParams.get('ms')).toBe('120');
  await expect.poll(() => new URL(page.url()).searchParams.get('modes')).toBe('mutex,spin,local');

  await page.reload();
  await expect(lab.mode('mutex')).toBeChecked();
  await expect(lab.mode('spin')).toBeChecked();
  await expect(lab.queue('message')).not.toBeChecked();
  await expect(lab.sharing).toBeChecked();
  await expect(lab.field('Up to workers')).toHaveValue('3');

  const other = await context.newPage();
  const reopened = new ScalingLab(other);
  await other.goto(copied.toString());
  await expect(reopened.mode('local')).toBeChecked();
  await expect(reopened.field('Time per point (ms)')).toHaveValue('120');
  await expect(other.getByTestId('link-notice')).toHaveCount(0);
});

test('a hostile scaling link opens clamped and says what it changed', async ({ page }) => {
  const lab = new ScalingLab(page);
  await lab.open('modes=spin,<script>,,SPIN&queues=nope&sharing=maybe&upto=999&ms=5');
  const notice = page.getByTestId('link-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Counter modes');
  await expect(notice).toContainText('Queue kinds');
  await expect(notice).toContainText('False sharing');
  await expect(lab.mode('spin')).toBeChecked();
  await expect(lab.mode('mutex')).not.toBeChecked();
  await expect(lab.queue('mpmc')).not.toBeChecked();
  await expect(lab.sharing).toBeChecked();
  await expect(lab.field('Up to workers')).toHaveValue('64');
  await expect(lab.field('Time per point (ms)')).toHaveValue('20');
  const url = new URL(page.url());
  expect(url.searchParams.get('modes')).toBe('spin');
  expect(url.searchParams.get('upto')).toBe('64');
  expect(url.searchParams.get('ms')).toBe('20');

  // Nothing to measure: Run waits and says why.
  await lab.open('modes=&queues=&sharing=0');
  await expect(lab.run).toBeDisabled();
  await expect(page.getByRole('alert')).toContainText('Choose at least one');
  await lab.mode('atomic').check();
  await expect(lab.run).toBeEnabled();
});

test('the lab passes axe after a sweep in both themes, and fits a 390 px phone', async ({ page, axe }) => {
  // The fewest points that still draw all three charts: counter modes, a queue and false sharing.
  const SMALL = 'modes=atomic&queues=mpmc&sharing=1&upto=2&ms=20';
  const lab = new ScalingLab(page);
  // The three engine choices stay inside the settings column at 1280 px: the third wraps rather than spill over its edge.
  await page.setViewportSize({ width: 1280, height: 800 });
  await lab.open(SMALL);
  const spill = await page
    .getByRole('group', { name: 'Engine', exact: true })
    .evaluate((group) => {
      const edge = group.closest('.settings-panel')!.getBoundingClientRect().right;
      return Math.max(...[...group.querySelectorAll('label')].map((l) => l.getBoundingClientRect().right)) - edge;
    });
  expect(spill, 'the engine choices end inside the settings panel').toBeLessThanOrEqual(0);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await lab.open(SMALL);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await axe.check();
    await lab.runToEnd('done', 60_000);
    await expect(page.locator('.sweep-plot canvas')).toHaveCount(3);
    await axe.check();
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await lab.open(SMALL);
  await lab.runToEnd('done', 60_000);
  await expect(page.locator('.sweep-plot canvas')).toHaveCount(3);
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll, `page width ${scroll} within ${client}`).toBeLessThanOrEqual(client);
});
