// Sample and Explore all on every core: live outcome counts while Sample runs, and Stop ends it with
// the status saying so and the counts found so far kept, even when nearly every run ends differently;
// Explore all split over the workers (with the reduction too) finds the endings and fewest
// preemptions the reduction checks, draws its progress against the state budget, and stops at once.
import { codeOf, PythonLab } from './pages/pythonLab.ts';
import { expect, test } from './fixtures.ts';

/** Thousands of moves a run: quick runs, but ten thousand of them take far longer than the test waits. */
const long = `import threading

x = 0

def work():
    global x
    for _ in range(3000):
        x += 1

a = threading.Thread(target=work)
b = threading.Thread(target=work)
a.start()
b.start()
a.join()
b.join()
print(x > 0)
`;

test('Stop ends a long Sample, says it stopped and keeps the partial counts', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open(`code=${codeOf(long)}&samples=10000&seed=5`);
  await lab.sample.click();
  const status = page.getByTestId('explore-status');
  await expect(status).toContainText('so far');
  // Live counts: outcomes appear before the sample ends.
  await expect(page.getByTestId('outcome').first()).toBeVisible();
  await expect(status).not.toHaveAttribute('data-complete');
  await lab.stop.click();
  await expect(status).toHaveAttribute('data-complete', 'false');
  await expect(status).toContainText(/stopped/i);
  const counts = await page.getByTestId('outcome').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
  const total = counts.reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(10000);
});

/** Three threads of 40 unlocked increments: far more states than Explore all covers before Stop. */
const three = long.replace('range(3000)', 'range(40)').replace('b = threading.Thread(target=work)', 'b = threading.Thread(target=work)\nc = threading.Thread(target=work)').replace('b.start()', 'b.start()\nc.start()');

/** An unlocked counter: nearly every run prints its own total, after tens of thousands of moves. */
const racy = long.replace('print(x > 0)', 'print(x)');

/** From a click on Stop to the status saying the search ended, as the lab's other Stop tests time it. */
const STOP_BAR_MS = 1000;

/** Presses Stop and returns the time from the click to the search status saying it ended, timed in the page. */
async function stopTimed(lab: PythonLab): Promise<number> {
  const ended = lab.status.evaluate(
    (el) =>
      new Promise<number>((resolve) => {
        let clickedAt = -1;
        const stop = Array.from(document.querySelectorAll('button')).find((b) => b.textContent.trim() === 'Stop');
        stop?.addEventListener('click', () => (clickedAt = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (clickedAt < 0 || !el.hasAttribute('data-complete')) return;
          observer.disconnect();
          resolve(performance.now() - clickedAt);
        });
        observer.observe(el, { attributes: true, attributeFilter: ['data-complete'] });
      }),
  );
  // The listeners are in place once evaluate has started; a frame later is safe to click.
  await lab.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await lab.stop.click();
  return ended;
}

test('Stop during a Sample whose every run ends differently lands at once, and the page answers', { tag: '@alone' }, async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open(`code=${codeOf(racy)}&samples=10000&seed=7`);
  await lab.sample.click();
  const status = page.getByTestId('explore-status');
  // More endings than the list keeps: the rest are counted together.
  await expect(page.getByTestId('outcome-other')).toBeVisible({ timeout: 30_000 });
  await expect(status).not.toHaveAttribute('data-complete');
  const ms = await stopTimed(lab);
  console.log(`Stop during a Sample with thousands of endings: ${Math.round(ms)} ms to the stopped status`);
  expect(ms, 'ms from the click on Stop to the stopped status').toBeLessThan(STOP_BAR_MS);
  await expect(status).toHaveAttribute('data-complete', 'false');
  await expect(status).toContainText(/Stopped/);
  // The page answers another control at once: a thread steps.
  const before = (await lab.position.textContent())!;
  await lab.stepButton('T1').click();
  await expect(lab.position).not.toHaveText(before, { timeout: 2000 });
  // The counts kept add up: the listed outcomes and the rest together are the schedules run.
  const listed = (await lab.outcomes()).reduce((n, o) => n + o.count, 0);
  const other = Number(await page.getByTestId('outcome-other').getAttribute('data-count'));
  const said = Number(/over ([\d,]+) schedules/.exec((await status.textContent())!)![1]!.replace(/,/g, ''));
  expect(listed + other).toBe(said);
  expect(said).toBeGreaterThan(0);
  expect(said).toBeLessThan(10_000);
  // Each listed outcome replays: its witness came with the result.
  await page.getByTestId('outcome').first().getByRole('button', { name: /Replay/ }).click();
  await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('0');
});

test('a finished Sample counts every run once, across the workers', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open('example=lost-update&samples=400&seed=5');
  await lab.sample.click();
  const status = page.getByTestId('explore-status');
  await expect(status).toHaveAttribute('data-complete', 'false');
  await expect(status).not.toContainText('Stopped');
  const counts = await page.getByTestId('outcome').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(400);
});

test('the sampled outcomes are drawn as bars, each with a witness that replays, and download', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open('example=lost-update&samples=200&seed=2');
  await lab.sample.click();
  await expect(page.getByTestId('explore-status')).toHaveAttribute('data-complete', 'false');
  await expect(page.getByRole('img', { name: /Bar chart of sampled outcomes/ })).toBeVisible();
  const bars = page.getByTestId('histogram-bar');
  const outcomes = await page.getByTestId('outcome').count();
  await expect(bars).toHaveCount(outcomes);
  const first = bars.first();
  await expect(first).toHaveAttribute('data-seed', /^\d+$/);
  // Replay loads the witness at its start: the step slider then walks its moves, Forward by Forward.
  await first.getByRole('button', { name: /Replay/ }).click();
  const slider = page.getByRole('slider', { name: 'Step' });
  await expect(slider).toHaveValue('0');
  await expect(slider).not.toHaveAttribute('max', '0');
  await page.getByRole('button', { name: 'Forward' }).click();
  await expect(slider).toHaveValue('1');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download results' }).click();
  const file = await download;
  const doc = JSON.parse(await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'))) as {
    lab: string;
    results: { search: string; outcomes: { count: number; witness: { seed: number | null; schedule: number[] } }[] };
  };
  expect(doc.lab).toBe('python');
  expect(doc.results.search).toBe('sample');
  expect(doc.results.outcomes.reduce((n, o) => n + o.count, 0)).toBe(200);
  expect(doc.results.outcomes.every((o) => o.witness.seed !== null && o.witness.schedule.length > 0)).toBe(true);
});

/** Each outcome's value and fewest preemptions, sorted. */
async function labels(lab: PythonLab): Promise<string[]> {
  const rows = await lab.outcome.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-value')}|${e.getAttribute('data-end')}|${e.getAttribute('data-preemptions')}`));
  return rows.sort();
}

test('Explore all on every core joins the workers’ parts: every ending, its fewest preemptions, counts that add up', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open('example=lost-update');
  await lab.exploreAll.click();
  expect(await lab.searchEnded()).toBe('true');
  const cores = await page.evaluate(() => Math.min(8, navigator.hardwareConcurrency || 1));
  await expect(page.getByTestId('explore-workers')).toHaveAttribute('data-workers', String(cores));
  const split = await labels(lab);
  const listed = (await lab.outcomes()).reduce((n, o) => n + o.count, 0);
  const said = Number(/over ([\d,]+) schedules/.exec((await lab.status.textContent())!)![1]!.replace(/,/g, ''));
  expect(listed).toBe(said);
  // The reduction splits over the workers too (subtrees), its preemptions checked without it: the same endings and labels.
  await lab.open('example=lost-update&reduce=on');
  await lab.exploreAll.click();
  expect(await lab.searchEnded()).toBe('true');
  await expect(page.getByTestId('explore-workers')).toHaveAttribute('data-workers', String(cores));
  expect(await labels(lab)).toEqual(split);
});

for (const reduce of ['off', 'on'] as const) {
  test(`Stop during an Explore all on every core lands at once, partial, its progress drawn against the budget (reduction ${reduce})`, async ({ page }) => {
    const lab = new PythonLab(page);
    await lab.open(`code=${codeOf(three)}&reduce=${reduce}`);
    await lab.exploreAll.click();
    const status = lab.status;
    await expect(status).toContainText('states so far');
    // While it runs: a bar whose end is the state budget, the live counts, and no verdict yet.
    const states = page.getByRole('progressbar', { name: 'Explore progress: states of the budget' });
    await expect(states).toHaveAttribute('max', '200000');
    expect(Number(await states.getAttribute('value'))).toBeGreaterThan(0);
    await expect(page.getByTestId('explore-progress')).toContainText(/States: [\d,]+ of the budget of 200,000/);
    if (reduce === 'on' && (await page.getByTestId('explore-workers').getAttribute('data-workers')) !== '1') {
      const subtrees = page.getByRole('progressbar', { name: 'Explore progress: subtrees finished' });
      await expect(subtrees).toHaveAttribute('max', /^[1-9]\d*$/);
    }
    await expect(status).not.toHaveAttribute('data-complete');
    const ms = await stopTimed(lab);
    console.log(`Stop during a split Explore all (reduction ${reduce}): ${Math.round(ms)} ms to the stopped status`);
    expect(ms, 'ms from the click on Stop to the stopped status').toBeLessThan(STOP_BAR_MS);
    await expect(status).toHaveAttribute('data-complete', 'false');
    await expect(status).toContainText(/Stopped/);
    await expect(page.getByTestId('explore-progress')).toHaveCount(0);
  });
}

test('the progress bars of a running Explore all pass axe in both themes and fit a phone', async ({ page, axe }) => {
  const lab = new PythonLab(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await lab.open(`code=${codeOf(three)}&reduce=on`);
  await lab.exploreAll.click();
  await expect(page.getByRole('progressbar', { name: 'Explore progress: states of the budget' })).toBeVisible();
  await axe.check({ include: '.py-outcomes' });
  await page.getByRole('button', { name: 'Dark', exact: true }).click();
  await axe.check({ include: '.py-outcomes' });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(lab.status).not.toHaveAttribute('data-complete');
  await lab.stop.click();
  await expect(lab.status).toHaveAttribute('data-complete', 'false');
});
