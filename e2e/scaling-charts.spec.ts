// The Scaling lab's charts at 1280 px: each plots across most of its card, and the core count's label
// sits above the plot, where no line can run under it.
import { ScalingLab } from './pages/scalingLab.ts';
import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 1280, height: 800 } });

test('at 1280 px each chart plots across at least 80 % of its card', async ({ page }, testInfo) => {
  const lab = new ScalingLab(page);
  await lab.open('modes=atomic,mutex&queues=mpmc&sharing=1&upto=3&ms=40');
  await lab.runToEnd('done', 60_000);
  const card = page.locator('.sweep-charts');
  const plots = card.locator('.sweep-plot .u-over');
  await expect(plots).toHaveCount(3);
  const cardBox = await card.boundingBox();
  expect(cardBox).not.toBeNull();
  for (const plot of await plots.all()) {
    const box = await plot.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.width / cardBox!.width).toBeGreaterThanOrEqual(0.8);
  }
  await testInfo.attach('charts', { body: await card.screenshot(), contentType: 'image/png' });
});
