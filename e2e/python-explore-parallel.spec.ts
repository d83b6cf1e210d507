// Sample on every core: live outcome counts while it runs, and Stop ends it with the status saying
// so and the counts found so far kept.
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
