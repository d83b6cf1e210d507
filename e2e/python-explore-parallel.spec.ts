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
