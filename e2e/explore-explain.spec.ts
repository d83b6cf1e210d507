// Explain: a race captured from a real slow-motion Counter run, replayed step by step in the Explorer.
import { CounterLab } from './pages/counterLab.ts';
import { ExploreLab } from './pages/exploreLab.ts';
import { expect, test } from './fixtures.ts';

test('Explain replays a lost update captured from a real run, as it happened', async ({ page }) => {
  test.setTimeout(180_000);
  const counter = new CounterLab(page);
  const explain = page.getByRole('button', { name: 'Explain', exact: true });
  // Real threads decide the order: a run may, rarely, lose nothing. Run again until one does.
  for (let attempt = 0; attempt < 4; attempt++) {
    await counter.open('sync=none&speed=slow&iters=4&workers=2');
    await page.getByRole('slider', { name: 'Steps per second' }).fill('20');
    await counter.runToEnd('done', 60_000);
    if ((await explain.count()) > 0) break;
  }
  await expect(explain).toBeVisible();
  const erased = await page.getByRole('list', { name: 'Events, newest last' }).getByText(/erased/).count();
  expect(erased).toBeGreaterThan(0);

  await explain.click();
  const lab = new ExploreLab(page);
  await expect(page).toHaveURL(/lab=explore/);
  await expect(page.getByText(/Captured from your slow-motion Counter run/)).toBeVisible();
  await expect(lab.stepButton('Worker 1')).toBeVisible();
  await expect(lab.stepButton('Worker 2')).toBeVisible();
  // It plays the captured order by itself and reaches the lost update the real run had.
  await expect(lab.verdict).toHaveAttribute('data-kind', 'lost-update', { timeout: 30_000 });
  await expect(lab.narrative).toContainText('a lost update');
  await expect(lab.redo).toBeDisabled();

  // Every step can be walked back and replayed.
  await lab.reset.click();
  await expect(lab.verdict).toHaveCount(0);
  await expect(page.getByText(/^Step 0 of \d+$/)).toBeVisible();

  // Back returns to the Counter lab and its finished run.
  await page.goBack();
  await expect(page.getByTestId('result-actual')).toBeVisible();
});
