// Queue links: bad values open clamped with a notice; spsc with other counts is explained, not changed.
import { QueueLab } from './pages/queueLab.ts';
import { expect, test } from './fixtures.ts';

test('a queue link with bad values opens clamped, says what it changed, and runs', async ({ page }) => {
  const lab = new QueueLab(page);
  await lab.open('producers=99&consumers=-3&capacity=0&items=abc&queue=warp&shutdown=never&produceMs=5000&consumeMs=-1');
  const notice = page.getByTestId('link-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Producers');
  await expect(notice).toContainText('Queue');
  await expect(lab.field('Producers')).toHaveValue('8');
  await expect(lab.field('Consumers')).toHaveValue('1');
  await expect(lab.field('Capacity')).toHaveValue('1');
  await expect(lab.field('Produce delay (ms)')).toHaveValue('1000');
  await expect(lab.field('Consume delay (ms)')).toHaveValue('0');
  await expect(lab.kind('locked')).toBeChecked();
  await expect(lab.shutdown('sentinel')).toBeChecked();
  // The address bar now holds the values in use.
  const url = new URL(page.url());
  expect(url.searchParams.get('producers')).toBe('8');
  expect(url.searchParams.get('queue')).toBe('locked');
  // And the page works once the run is made short.
  await lab.setNumber('Produce delay (ms)', 0);
  await lab.setNumber('Items per producer', 1000);
  await lab.runToEnd();
  expect(await lab.counts()).toMatchObject({ produced: 8000, consumed: 8000, lost: 0, duplicated: 0, left: 0 });
});

test('spsc with two producers says why Run is disabled, and offers the fix', async ({ page }) => {
  const lab = new QueueLab(page);
  await lab.open('queue=spsc&producers=2&consumers=1&items=10000');
  await expect(lab.kind('spsc')).toBeChecked();
  // The counts are kept as the link says, not silently changed.
  await expect(lab.field('Producers')).toHaveValue('2');
  await expect(page.getByRole('alert').filter({ hasText: 'exactly 1 producer and 1 consumer' })).toBeVisible();
  await expect(lab.run).toBeDisabled();

  await page.getByRole('button', { name: 'Use 1 producer and 1 consumer' }).click();
  await expect(lab.field('Producers')).toHaveValue('1');
  await expect(lab.run).toBeEnabled();
  await lab.runToEnd();
  expect(await lab.counts()).toMatchObject({ produced: 10000, consumed: 10000, lost: 0, duplicated: 0, left: 0 });
});

test('a clean queue link opens without a notice, runs as it says, and its results are accessible', async ({ page, axe }) => {
  const lab = new QueueLab(page);
  await lab.open('v=1&producers=3&consumers=2&capacity=64&items=3000&queue=mpmc&shutdown=close&produceMs=0&consumeMs=0');
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
  await expect(lab.kind('mpmc')).toBeChecked();
  await expect(lab.shutdown('close')).toBeChecked();
  await lab.runToEnd();
  expect(await lab.counts()).toMatchObject({ produced: 9000, consumed: 9000, lost: 0, duplicated: 0, left: 0 });
  await axe.check();
});
