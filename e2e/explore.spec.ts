// The Explorer through the page: step a lost update and undo it, explore every interleaving and
// read the outcomes, see a deadlock's wait-for graph, replay a witness, pass an accessibility check.
import { ExploreLab } from './pages/exploreLab.ts';
import { expect, test } from './fixtures.ts';

test('step a lost update: both read 0, both write 1; undo and redo walk back and forth', async ({ page }) => {
  const lab = new ExploreLab(page);
  await lab.open('scenario=lost-update&threads=2&incs=1');
  await expect(lab.variable('counter')).toHaveText('0');
  await expect(lab.verdict).toHaveCount(0);

  await lab.step('T1');
  await expect(lab.narrative).toHaveText('T1 read counter = 0 into x.');
  await lab.step('T2');
  await expect(lab.narrative).toHaveText('T2 read counter = 0 into x.');
  await lab.step('T1');
  await expect(lab.variable('counter')).toHaveText('1');
  await expect(lab.verdict).toHaveCount(0);
  await lab.step('T2');
  await expect(lab.narrative).toContainText('a lost update');
  await expect(lab.verdict).toHaveAttribute('data-kind', 'lost-update');
  await expect(lab.verdict).toContainText('Lost update');
  await expect(lab.verdict).toContainText('ends at 1');
  await expect(lab.variable('counter')).toHaveText('1');
  for (const t of ['T1', 'T2']) await expect(lab.stepButton(t)).toBeDisabled();

  await lab.undo.click();
  await expect(lab.verdict).toHaveCount(0);
  await expect(lab.stepButton('T2')).toBeEnabled();
  await lab.undo.click();
  await expect(lab.variable('counter')).toHaveText('0');
  await lab.redo.click();
  await lab.redo.click();
  await expect(lab.verdict).toHaveAttribute('data-kind', 'lost-update');
  await lab.reset.click();
  await expect(lab.variable('counter')).toHaveText('0');
  await expect(page.getByText('Step 0 of 4')).toBeVisible();
});

test('the keyboard steps threads by number, undoes with Ctrl+Z and redoes with Ctrl+Shift+Z', async ({ page }) => {
  const lab = new ExploreLab(page);
  await lab.open('scenario=lost-update&threads=2&incs=1');
  // One thread at a time, whole: no update is lost.
  for (const key of ['1', '1', '2', '2']) await page.keyboard.press(key);
  await expect(lab.verdict).toHaveAttribute('data-kind', 'correct');
  await expect(lab.variable('counter')).toHaveText('2');
  await page.keyboard.press('Control+z');
  await expect(lab.verdict).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect(lab.variable('counter')).toHaveText('2');
  // A number with no thread behind it does nothing.
  await page.keyboard.press('7');
  await expect(page.getByText('Step 4', { exact: true })).toBeVisible();
});

test('explore all: 2 threads × 2 increments can end at 2, 3 or 4; the fixed version only at 4', async ({ page }) => {
  const lab = new ExploreLab(page);
  await lab.open('scenario=lost-update&threads=2&incs=2');
  expect(await lab.exploreOutcomes()).toEqual(['2', '3', '4']);
  await expect(lab.outcome('4')).toHaveAttribute('data-bad', 'false');
  await expect(lab.outcome('2')).toHaveAttribute('data-bad', 'true');
  await expect(lab.outcome('3')).toHaveAttribute('data-bad', 'true');
  // C(8, 4) = 70 orders in all; 6 of them keep every increment.
  await expect(lab.outcome('4').getByTestId('outcome-schedules')).toHaveText('6');
  await expect(page.getByText(/over 70 schedules/)).toBeVisible();

  await page.getByRole('radio', { name: 'Fixed', exact: true }).check();
  await expect(lab.outcomes).toHaveCount(0);
  expect(await lab.exploreOutcomes()).toEqual(['4']);
  expect(page.url()).toContain('fixed=1');
});

test('two locks in opposite orders can deadlock, drawn as a wait-for graph; in one order they never do', async ({ page }) => {
  const lab = new ExploreLab(page);
  await lab.open('scenario=two-locks');
  expect(await lab.exploreOutcomes()).toEqual(['2', 'deadlock']);
  const dead = lab.outcome('deadlock');
  await expect(dead).toHaveAttribute('data-bad', 'true');
  await expect(dead.getByRole('img', { name: /Wait-for graph/ })).toBeVisible();
  await expect(dead.getByRole('img', { name: /Wait-for graph/ })).toHaveAccessibleName(/T1 holds a and waits for b; T2 holds b and waits for a/);

  // Replay the deadlock's witness: step mode plays it and ends in the same deadlock.
  await dead.getByRole('button', { name: /^Replay/ }).click();
  await expect(lab.verdict).toHaveAttribute('data-kind', 'deadlock', { timeout: 10_000 });
  await expect(page.locator('#step-mode').getByTestId('wait-for-graph')).toBeVisible();
  await expect(page.getByTestId('thread-status')).toHaveText(['blocked', 'blocked']);

  await lab.open('scenario=two-locks&fixed=1');
  expect(await lab.exploreOutcomes()).toEqual(['2']);
  await expect(page.getByTestId('wait-for-graph')).toHaveCount(0);
});

test('the home-made busy flag lets two threads into the critical section; compare-exchange does not', async ({ page }) => {
  const lab = new ExploreLab(page);
  await lab.open('scenario=flag-lock');
  const racy = await lab.exploreOutcomes();
  expect(racy).toContain('violation');
  await expect(lab.outcome('violation')).toHaveAttribute('data-bad', 'true');

  // By hand: both see the flag clear before either sets it.
  await lab.step('T1', 'T2', 'T1', 'T2');
  await expect(lab.verdict).toHaveAttribute('data-kind', 'violation');
  await expect(lab.verdict).toContainText('Two threads in the critical section');

  await lab.open('scenario=flag-lock&fixed=1');
  expect(await lab.exploreOutcomes()).toEqual(['2']);
});

test('the seed consumer can leave items behind; the sentinel version never does', async ({ page }) => {
  const lab = new ExploreLab(page);
  await lab.open('scenario=check-then-act&incs=2');
  const outcomes = await lab.exploreOutcomes();
  expect(outcomes).toContain('all-consumed');
  expect(outcomes.some((o) => o.startsWith('item-lost'))).toBe(true);
  // The consumer looks first, sees nothing, and stops.
  await lab.step('Consumer');
  await expect(lab.verdict).toHaveCount(0);
  await lab.step('Producer', 'Producer');
  await expect(lab.verdict).toHaveAttribute('data-kind', 'item-lost');

  await lab.open('scenario=check-then-act&incs=2&fixed=1');
  expect(await lab.exploreOutcomes()).toEqual(['all-consumed']);
});

test('a large exploration reports progress, leaves step mode usable meanwhile, and can be cancelled', async ({ page }) => {
  const lab = new ExploreLab(page);
  await lab.open('scenario=lost-update&threads=4&incs=4');
  const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
  await lab.exploreAll.click();
  await expect(cancel).toBeVisible();
  await cancel.click();
  await expect(page.getByText(/^Cancelled/)).toBeVisible();
  await expect(lab.outcomes).toHaveCount(0);

  await lab.exploreAll.click();
  await expect(page.getByText(/states found/)).toBeVisible({ timeout: 15_000 });
  // The search runs off the page's way: stepping still answers while it goes on.
  await lab.step('T1');
  await expect(lab.narrative).toHaveText('T1 read counter = 0 into x.');
  await expect(lab.outcomes.first()).toBeVisible({ timeout: 45_000 });
  const values = await lab.outcomes.evaluateAll((els) => els.map((el) => el.getAttribute('data-value')));
  expect(values).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 2)));
});

test('the Explorer page passes an accessibility check, stepped and explored, in both themes', async ({ page, axe }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const lab = new ExploreLab(page);
    await lab.open('scenario=two-locks');
    await axe.check();
    await lab.step('T1', 'T2');
    await expect(lab.verdict).toHaveAttribute('data-kind', 'deadlock');
    await lab.exploreOutcomes();
    await axe.check();
  }
});
