// Explore all with the reduction (link field `reduce`): the same endings as without it, a complete
// search, and an outcome list that says its counts are classes of equivalent schedules, not
// schedules; the new control passes axe.
import { PythonLab } from './pages/pythonLab.ts';
import { expect, test } from './fixtures.ts';

test('with reduction, Explore all on the post’s queue finds the same endings, counting classes', async ({ page, axe }) => {
  const lab = new PythonLab(page);
  await lab.open('example=post-queue');
  await lab.exploreAll.click();
  expect(await lab.searchEnded()).toBe('true');
  const full = await lab.outcomes();
  await expect(lab.status).toContainText(/over [\d,]+ schedules/);

  await lab.open('example=post-queue&reduce=on');
  const setting = page.getByLabel('Reduction (Explore all)');
  await expect(setting).toHaveValue('on');
  await expect(page.locator('#py-reduce-hint')).toContainText('the counts then count classes, not schedules');
  await axe.check({ include: '.field:has(#py-reduce)' });
  await lab.exploreAll.click();
  expect(await lab.searchEnded()).toBe('true');
  const reduced = await lab.outcomes();
  expect(reduced.map((r) => [r.value, r.end])).toEqual(full.map((r) => [r.value, r.end]));
  for (const r of reduced) expect(r.count).toBeGreaterThan(0);
  await expect(lab.status).toContainText(/over [\d,]+ classes of equivalent schedules/);
  await expect(lab.outcome.first()).toContainText(/\d+ class(es)? of schedules/);
  await expect(lab.outcome.first()).toContainText('The fewest of any schedule: checked without the reduction');

  // Off again: the link drops the field, and the counts are schedules once more.
  await setting.selectOption('off');
  await expect(page).not.toHaveURL(/reduce=/);
  await expect(page.locator('#py-reduce-hint')).toContainText('Every schedule is counted');
});
