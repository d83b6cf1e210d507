// Sample by PCT: the link picks the strategy and depth, the page says what PCT promises for this
// program with its own n and k, and the lost update shows among the sampled outcomes.
import { PythonLab } from './pages/pythonLab.ts';
import { expect, test } from './fixtures.ts';

test('PCT sampling says its guarantee for this program and finds the lost update', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open('example=lost-update&sampler=pct&depth=2&samples=300&seed=3');
  await expect(page.getByLabel('Sample strategy')).toHaveValue('pct');
  await expect(page.getByLabel('PCT bug depth (d)')).toHaveValue('2');
  await lab.sample.click();
  await expect(page.getByTestId('explore-status')).toHaveAttribute('data-complete', 'false');
  await expect(page.getByTestId('pct-guarantee')).toContainText('n = 3 threads');
  await expect(page.getByTestId('pct-guarantee')).toContainText('with 95 % confidence');
  const counts = await page.getByTestId('outcome').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(300);
  // Four increments can end below 4 only by lost updates; PCT at depth 2 meets one in 300 runs.
  const values = await page.getByTestId('outcome').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
  expect(values.some((v) => v < 4)).toBe(true);
});
