// Hostile links beyond e2e/links.spec.ts: the Queue lab and the view options get script text, huge
// numbers and broken percent-encoding; an unknown lab with queue settings. Never an error, always a notice.
import { QueueLab } from './pages/queueLab.ts';
import { expect, test } from './fixtures.ts';

const SCRIPT = encodeURIComponent('<script>alert(1)</script>');

test('the Queue lab shows script text as text, clamps huge numbers and runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const lab = new QueueLab(page);
  await lab.open(`queue=${SCRIPT}&shutdown=${SCRIPT}&producers=1e308&consumers=99999999999999999999&capacity=-1e9&items=1e400&produceMs=${SCRIPT}&embed=${SCRIPT}`);
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('<script>');
  await expect(notice).toContainText('Embed');
  await expect(lab.kind('locked')).toBeChecked();
  await expect(lab.shutdown('sentinel')).toBeChecked();
  await expect(lab.field('Producers')).toHaveValue('8');
  await expect(lab.field('Consumers')).toHaveValue('8');
  await expect(lab.field('Capacity')).toHaveValue('1');
  expect(dialogs).toBe(0);
  expect(await page.locator('script:not([type=module])').count()).toBe(0);
  // Not embedded: the flag was not understood.
  await expect(page.getByRole('banner')).toBeVisible();
  await lab.setNumber('Items per producer', 500);
  await lab.runToEnd();
  expect(await lab.counts()).toMatchObject({ produced: 4000, consumed: 4000, lost: 0, duplicated: 0, left: 0 });
});

test('broken percent-encoding in the Queue lab and in the view options opens without an error', async ({ page }) => {
  const lab = new QueueLab(page);
  await lab.open('producers=%E0%A4%A&queue=%ZZmpmc&items=1%2C000&lesson=%E0%A4%A&embed=%');
  await expect(page.getByTestId('link-notice')).toBeVisible();
  await expect(lab.field('Items per producer')).toHaveValue('1000');
  await expect(lab.kind('locked')).toBeChecked();
  await lab.runToEnd();
  expect((await lab.counts()).lost).toBe(0);
});

test('an unknown lab with queue settings opens the Counter lab and says what it ignored', async ({ page }) => {
  await page.goto(`./?lab=${SCRIPT}&producers=3&queue=mpmc`);
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('not a lab');
  await expect(notice).toContainText('Ignored');
  await expect(notice).toContainText('producers');
  await expect(page.getByRole('heading', { name: 'Counter lab' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('lab')).toBe('counter');
});
