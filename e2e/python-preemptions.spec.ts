// Explore all labels each outcome with the fewest preemptions that reach it (`data-preemptions`),
// says where the switch falls, and the link's preemption cap keeps only the schedules within it.
import { codeOf, PythonLab, TWO_INCREMENTS as racy } from './pages/pythonLab.ts';
import { expect, test } from './fixtures.ts';

test('a lost update needs one preemption, in the middle of x += 1', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open(`code=${codeOf(racy)}`);
  await lab.exploreAll.click();
  await expect(page.getByTestId('explore-status')).toHaveAttribute('data-complete', 'true');
  const lost = page.locator('[data-testid="outcome"][data-value="1"]');
  await expect(lost).toHaveAttribute('data-preemptions', '1');
  await expect(lost).toContainText('This outcome needs one preemption: a switch in the middle of x += 1');
  await expect(lost.locator('.py-outcome-preemptions code')).toHaveText('x += 1');
  await expect(page.locator('[data-testid="outcome"][data-value="2"]')).toHaveAttribute('data-preemptions', '0');
});

test('a cap of 0 preemptions finds only the sum and says the search was partial', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open(`code=${codeOf(racy)}&preemptions=0`);
  await expect(page.getByLabel('Preemptions (Explore all)')).toHaveValue('0');
  await lab.exploreAll.click();
  await expect(page.getByTestId('explore-status')).toHaveAttribute('data-complete', 'false');
  await expect(page.getByTestId('outcome')).toHaveCount(1);
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-value', '2');
});
