// Hostile and broken links open with clamped values, a visible notice, and no page error.
import { CounterLab } from './pages/counterLab.ts';
import { expect, test } from './fixtures.ts';

test('a link with bad values opens clamped, says what it changed, and runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const lab = new CounterLab(page);
  const script = encodeURIComponent('<script>alert(1)</script>');
  await lab.open(
    `workers=-5&iters=99999999999999&sync=${script}&dirs=${script}&window=abc&speed=warp&trials=1e9&lab=counter&evil=${script}`,
  );
  const notice = page.getByTestId('link-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Workers');
  await expect(notice).toContainText('Synchronisation');
  await expect(notice).toContainText('Trials');
  await expect(lab.field('Workers')).toHaveValue('1');
  await expect(lab.field('Iterations per worker')).toHaveValue('1000000000');
  await expect(lab.field('Race window')).toHaveValue('10');
  await expect(lab.field('Trials')).toHaveValue('1000');
  await expect(page.getByRole('radio', { name: /No lock/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Full speed/ })).toBeChecked();
  // The script text is shown as text, never run.
  await expect(notice).toContainText('<script>');
  expect(await page.locator('script:not([type=module])').count()).toBe(0);
  expect(dialogs).toBe(0);
  // The address bar now holds the values in use.
  expect(new URL(page.url()).searchParams.get('workers')).toBe('1');
  // And the page works: a short run after fixing the iterations.
  await lab.field('Iterations per worker').fill('1000');
  await lab.field('Iterations per worker').press('Enter');
  await lab.field('Trials').fill('1');
  await lab.field('Trials').press('Enter');
  await lab.runToEnd();
  expect(await lab.results()).toMatchObject({ expected: 1000, actual: 1000 });
});

test('broken percent-encoding and an unknown lab fall back without an error', async ({ page }) => {
  const lab = new CounterLab(page);
  await lab.open('lab=nonsense&workers=%E0%A4%A&sync=%ZZ&iters=1%2C000');
  await expect(page.getByTestId('link-notice')).toBeVisible();
  await expect(page.getByTestId('link-notice')).toContainText('not a lab');
  await expect(lab.field('Iterations per worker')).toHaveValue('1000');
});

test('a clean link opens without a notice', async ({ page }) => {
  const lab = new CounterLab(page);
  await lab.open('lab=counter&v=1&workers=4&iters=5000&sync=atomic&dirs=%2B%2B--&window=0&speed=full&trials=2');
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
  await lab.runToEnd();
  expect(await lab.results()).toMatchObject({ expected: 0, actual: 0 });
});
