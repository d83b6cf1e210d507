// The Python lab in "Your runs": Run and Explore all each leave a row naming the program, the mode,
// the settings and how many ways it ended; the program's name reopens it with those settings.
import { LabPage } from './pages/labPage.ts';
import { codeOf, PythonLab, TWO_INCREMENTS as race } from './pages/pythonLab.ts';
import { expect, test } from './fixtures.ts';

test('Run and Explore all of the learner’s program are listed; its name reopens the program and seed', async ({ page }) => {
  const lab = new PythonLab(page);
  const runs = new LabPage(page);
  await lab.open(`code=${codeOf(race)}&seed=3`);
  await expect(runs.runs).toHaveCount(0);
  await lab.setSpeed('Straight to the end');
  await expect(lab.run).toBeEnabled();
  await lab.run.click();
  await expect(lab.runOutcome).toHaveAttribute('data-end', 'finished');
  const printed = (await lab.printed.textContent())!.trim();
  expect(['1', '2']).toContain(printed);
  await lab.exploreAll.click();
  expect(await lab.searchEnded()).toBe('true');

  const rows = await runs.runRows();
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatchObject({ Program: 'import threading', Outcomes: '2', Ended: 'complete' });
  expect(rows[0]!['Mode, settings']).toMatch(/^Explore all, every instruction; any preemptions$/);
  expect(rows[1]).toMatchObject({ Program: 'import threading', Outcomes: printed, Schedules: '1', States: '—', Ended: 'one schedule' });
  expect(rows[1]!['Mode, settings']).toBe('Run, every instruction; seed 3');

  // Move on: another example, another seed. The row still reopens the program as it ran.
  await lab.example.selectOption('counter-small');
  await expect(lab.editor).toContainText('mp.Value');
  await runs.setNumber('Seed', 9);
  await runs.runs.getByRole('link', { name: 'import threading' }).last().click();
  await expect(lab.editor).toContainText('x += 1');
  await expect(runs.field('Seed')).toHaveValue('3');
  await expect(page).toHaveURL(/[?&]seed=3(&|$)/);
  await expect(page).toHaveURL(/[?&]code=/);
  await expect(lab.stepButton('T1')).toBeEnabled();
  // Reopening lists nothing new: only a run does.
  expect(await runs.runRows()).toHaveLength(2);
});

test('an example’s row is named by its title and reopens the example itself', async ({ page }) => {
  const lab = new PythonLab(page);
  const runs = new LabPage(page);
  await lab.open('example=counter-small');
  await lab.exploreAll.click();
  expect(await lab.searchEnded()).toBe('true');
  const [row] = await runs.runRows();
  expect(row).toMatchObject({ Program: 'The post’s counter, small enough to explore', Outcomes: '1', Ended: 'complete' });
  expect(Number((row!.States ?? '').replace(/,/g, ''))).toBeGreaterThan(0);

  await lab.example.selectOption('lost-update');
  await expect(lab.editor).toContainText('x += 1');
  await runs.runs.getByRole('link', { name: 'The post’s counter, small enough to explore' }).click();
  await expect(lab.example).toHaveValue('counter-small');
  await expect(lab.editor).toContainText('mp.Value');
  await expect(page).toHaveURL(/[?&]example=counter-small(&|$)/);
});

test('on a phone, a long program name takes two lines at most, and its title holds all of it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const lab = new PythonLab(page);
  const runs = new LabPage(page);
  await lab.open('example=counter-small');
  await lab.run.click();
  const title = 'The post’s counter, small enough to explore';
  const name = runs.runs.getByRole('link', { name: title });
  await expect(name).toHaveAttribute('title', `Reopen “${title}” with these settings`);
  const box = await name.evaluate((e) => ({ height: e.getBoundingClientRect().height, line: parseFloat(getComputedStyle(e).lineHeight) }));
  expect(box.line).toBeGreaterThan(0);
  expect(box.height).toBeGreaterThan(0);
  expect(box.height).toBeLessThanOrEqual(2 * box.line + 1);
});

