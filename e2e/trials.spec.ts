// Lesson 2's "run it 20 times": the final values binned on a numeric axis, the table listing the
// chart's own bins in value order, the expected value marked.
import { CounterLab } from './pages/counterLab.ts';
import { expect, test } from './fixtures.ts';

/** "−121,166 … −100,001" or "0" to its lower bound. */
const lowerBound = (label: string): number => Number(label.split('…')[0]!.trim().replace('−', '-').replaceAll(',', ''));

test('twenty trials without a lock: a few bins with heights, the same in chart and table, the expected one marked', async ({ page }) => {
  const lab = new CounterLab(page);
  await lab.open('workers=2&dirs=%2B-&iters=200000&sync=none&trials=20');
  await lab.runToEnd('done', 60_000);
  const section = page.getByRole('region', { name: /^Final values over 20 trials/ });
  await expect(section).toBeVisible();
  await expect(section.getByRole('img', { name: /^Bar chart of final values/ }).locator('canvas')).toHaveCount(1);
  const rows = section.getByRole('table').getByRole('row');
  const texts = (await rows.allTextContents()).slice(1);
  const cells = await Promise.all(
    (await rows.all()).slice(1).map(async (row) => (await row.getByRole('cell').allTextContents()).map((t) => t.trim())),
  );
  // Few rows (bins), every trial in one of them, in value order.
  expect(cells.length).toBeLessThanOrEqual(13);
  expect(cells.reduce((sum, c) => sum + Number(c[1]), 0)).toBe(20);
  const bounds = cells.map((c) => lowerBound(c[0]!));
  expect([...bounds].sort((a, b) => a - b)).toEqual(bounds);
  // The expected value has its own row, marked, whether or not a trial reached it.
  const expected = cells.filter((c) => c[3] === 'Expected');
  expect(expected).toHaveLength(1);
  expect(expected[0]![0]).toBe('0');
  expect(texts.length).toBe(cells.length);
});

test('result numbers read as every other count (−121,166) while their text stays the bare number', async ({ page }) => {
  const lab = new CounterLab(page);
  await lab.open('workers=2&dirs=%2B%2B&iters=20000&sync=atomic');
  await lab.runToEnd();
  expect(await lab.number('result-actual')).toBe(40_000);
  const shown = await page.getByTestId('result-actual').evaluate((el) =>
    Array.from(el.childNodes)
      .map((n) => (n instanceof HTMLElement ? getComputedStyle(n, '::before').content.replaceAll('"', '') + n.textContent : (n.textContent ?? '')))
      .join(''),
  );
  expect(shown).toBe('40,000');
  // The per-worker table, written with the same formatter.
  await expect(page.getByRole('table', { name: 'Per worker' }).getByRole('cell', { name: '20,000', exact: true }).first()).toBeVisible();
});
