// Explorer links: a good link opens its scenario as it is; a bad one is clamped, says what changed,
// and the address bar then carries the settings actually used.
import { ExploreLab } from './pages/exploreLab.ts';
import { expect, test } from './fixtures.ts';

test('a good link opens its scenario, racy or fixed, with its sizes', async ({ page }) => {
  const lab = new ExploreLab(page);
  await lab.open('scenario=philosophers&threads=4&fixed=1');
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: /Dining philosophers/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Fixed', exact: true })).toBeChecked();
  await expect(page.getByLabel('Philosophers', { exact: true })).toHaveValue('4');
  await expect(lab.stepButton('P4')).toBeVisible();
  await expect(lab.stepButton('P5')).toHaveCount(0);
});

test('a bad explore link is clamped, and the page says what it changed', async ({ page }) => {
  const lab = new ExploreLab(page);
  await lab.open('scenario=warp-drive&threads=99&incs=abc&fixed=maybe&workers=3');
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('Scenario: "warp-drive" is not one of');
  await expect(notice).toContainText('so it is lost-update');
  await expect(notice).toContainText('Threads: 99 is above 4, so it is 4');
  await expect(notice).toContainText('Increments per thread: "abc" is not a number, so it is 2');
  await expect(notice).toContainText('Fixed: "maybe" is not 1 or 0');
  await expect(notice).toContainText('Ignored: "workers"');
  await expect(page.getByRole('radio', { name: /Lost update/ })).toBeChecked();
  await expect(page.getByLabel('Threads', { exact: true })).toHaveValue('4');
  await expect(lab.stepButton('T4')).toBeVisible();
  await expect(page).toHaveURL(/lab=explore&v=1&scenario=lost-update&threads=4&incs=2$/);

  // A parameter that does not apply to the scenario is named, not silently dropped.
  await lab.open('scenario=two-locks&threads=3');
  await expect(page.getByTestId('link-notice')).toContainText('"threads" does not apply to Two locks, opposite orders');
  await expect(page).toHaveURL(/scenario=two-locks$/);
});

test('changing the scenario in the form updates the link, and the link reopens it', async ({ page }) => {
  const lab = new ExploreLab(page);
  await lab.open();
  await page.getByRole('radio', { name: /Lock the read, lock the write/ }).check();
  await page.getByLabel('Threads', { exact: true }).fill('3');
  await page.getByLabel('Threads', { exact: true }).press('Enter');
  await expect(page).toHaveURL(/scenario=split-lock&threads=3&incs=2$/);
  await page.reload();
  await expect(page.getByRole('radio', { name: /Lock the read, lock the write/ })).toBeChecked();
  await expect(lab.stepButton('T3')).toBeVisible();
});
