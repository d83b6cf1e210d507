// Sharing a stepped interleaving: Copy link carries the steps, a new page replays them to the same
// step; bad steps in a link are named and the rest still opens. And the Explorer by keyboard alone.
import { ExploreLab } from './pages/exploreLab.ts';
import { expect, test } from './fixtures.ts';

test('Copy link carries the steps: a new page opens at the same step, in the same state', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lab = new ExploreLab(page);
  await lab.open('scenario=lost-update&threads=2&incs=1');
  await lab.step('T1', 'T2', 'T1', 'T2');
  await expect(lab.verdict).toHaveAttribute('data-kind', 'lost-update');
  await lab.undo.click();
  await expect(lab.variable('counter')).toHaveText('1');
  const stepCount = page.locator('.step-count');
  await expect(stepCount).toHaveText('Step 3 of 4');
  const narrative = await lab.narrative.textContent();
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(page.locator('.toast')).toContainText('Link copied: it reopens this scenario at this step.');
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.searchParams.get('steps')).toBe('1212');
  expect(copied.searchParams.get('at')).toBe('3');

  const other = await context.newPage();
  await other.goto(copied.pathname + copied.search);
  const shared = new ExploreLab(other);
  await expect(other.locator('.step-count')).toHaveText('Step 3 of 4');
  await expect(shared.variable('counter')).toHaveText('1');
  await expect(shared.narrative).toHaveText(narrative ?? '');
  await expect(other.getByTestId('link-notice')).toHaveCount(0);
  await expect(other.getByRole('list', { name: 'Threads in the order they stepped' }).getByRole('listitem')).toHaveText(['T1', 'T2', 'T1', 'T2 (ahead)']);
  // The step still to come is there to take: T2's write erases T1's.
  await shared.redo.click();
  await expect(shared.verdict).toHaveAttribute('data-kind', 'lost-update');
  await expect(other).toHaveURL(/steps=1212$/);
  await other.close();
});

test('a link with bad steps says what it kept, and opens at the steps that can run', async ({ page }) => {
  const lab = new ExploreLab(page);
  await lab.open('scenario=lost-update&threads=2&incs=1&steps=12x1&at=9');
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('Steps: step 3 is "x", not a thread number from 1 to 2, so the first 2 steps are kept.');
  await expect(notice).toContainText('Step: 9 is above 2 (the steps in the link), so it is 2.');
  await expect(page.locator('.step-count')).toHaveText('Step 2');
  await expect(page).toHaveURL(/steps=12$/);

  // Every digit names a thread, but T1 has finished by its third step: the replay stops there.
  await lab.open('scenario=lost-update&threads=2&incs=1&steps=1112');
  await expect(page.getByTestId('link-notice')).toContainText("Steps: step 3 is T1's, which cannot run there (finished), so the first 2 steps are replayed.");
  await expect(lab.variable('counter')).toHaveText('1');
  await expect(page).toHaveURL(/steps=11$/);
  await expect(lab.stepButton('T2')).toBeEnabled();
});

test('keyboard only: step, explore all with focus kept, play, and the keys in the help dialog', async ({ page }) => {
  const lab = new ExploreLab(page);
  await lab.open('scenario=lost-update&threads=2&incs=1');
  for (const key of ['1', '2']) await page.keyboard.press(key);
  await expect(page.locator('.step-count')).toHaveText('Step 2');

  // Tab to Explore all, press Enter: the focus stays on it while it explores and after.
  for (let i = 0; i < 80; i++) {
    if (await lab.exploreAll.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(lab.exploreAll).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lab.outcomes.first()).toBeVisible({ timeout: 30_000 });
  await expect(lab.exploreAll).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');

  // Replay a witness from the keyboard: its button takes the focus to the step panel.
  await page.getByRole('button', { name: /^Replay a schedule that ends with/ }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.step-count')).toHaveText(/^Step 0 of 4$/);
  await expect(page.locator('#step-mode')).toBeFocused();
  // P pauses the playback; → takes the next step; P plays again to the end.
  await page.keyboard.press('p');
  const play = page.getByRole('button', { name: 'Play', exact: true });
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  const before = await page.locator('.step-count').textContent();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.step-count')).not.toHaveText(before ?? '');
  await page.keyboard.press('p');
  await expect(page.locator('.step-count')).toHaveText('Step 4', { timeout: 10_000 });

  // Reset with Enter leaves the focus on Reset (it cannot act at the start, but keeps the focus).
  const reset = lab.reset;
  await reset.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.step-count')).toHaveText('Step 0 of 4');
  await expect(reset).toBeFocused();
  await expect(reset).toBeDisabled();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  const explorerKeys = help.getByRole('region', { name: 'Keys in the Explorer' });
  for (const does of ['Explore all, or Cancel', 'Step that thread', 'Play or pause the steps ahead', 'Undo the last step']) {
    await expect(explorerKeys.getByRole('cell', { name: new RegExp(does) })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('Space explores all in the Explorer, where the page has no run to start', async ({ page }) => {
  const lab = new ExploreLab(page);
  await lab.open('scenario=lost-update&threads=2&incs=2');
  await expect(lab.outcomes).toHaveCount(0);
  await page.keyboard.press(' ');
  await expect(lab.outcomes).toHaveCount(3, { timeout: 30_000 });
  // Space's own page scroll (most of a screen) is held back: the page moves only as far as it takes to
  // bring the last outcome on screen, as the end of a search does.
  const past = () =>
    page.evaluate(() => {
      const last = [...document.querySelectorAll('[data-testid="outcome"]')].at(-1)!.getBoundingClientRect();
      const needed = Math.max(0, Math.round(scrollY + last.bottom + 8 - innerHeight));
      return Math.round(scrollY) - needed;
    });
  await expect.poll(past, { message: 'scrolled no further than the outcomes need' }).toBe(0);
});
