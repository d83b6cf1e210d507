// Run and the program's safety: one seeded schedule that the same link repeats exactly, and a
// draft that survives a reload because it is saved as the learner types.
import { codeOf, PythonLab } from './pages/pythonLab.ts';
import { expect, test } from './fixtures.ts';

const chatter = `import threading


def say(word):
    for i in range(4):
        print(word, i)


a = threading.Thread(target=say, args=("a",))
b = threading.Thread(target=say, args=("b",))
a.start()
b.start()
a.join()
b.join()
`;

/** Opens the link, runs one schedule straight to its end, and returns what it printed and its length. */
async function runOnce(lab: PythonLab, query: string): Promise<{ printed: string; moves: string }> {
  await lab.open(query);
  await lab.setSpeed('Straight to the end');
  await expect(lab.run).toBeEnabled();
  await lab.run.click();
  await expect(lab.runOutcome).toHaveAttribute('data-end', 'finished');
  await expect(lab.forward).toBeDisabled();
  const printed = (await lab.printed.textContent())!;
  expect(printed.split('\n').filter(Boolean).sort()).toEqual(['a 0', 'a 1', 'a 2', 'a 3', 'b 0', 'b 1', 'b 2', 'b 3']);
  return { printed, moves: (await lab.position.textContent())! };
}

test('Run is seeded: the same link gives the same schedule twice, another seed another', async ({ page }) => {
  const lab = new PythonLab(page);
  const first = await runOnce(lab, `code=${codeOf(chatter)}&seed=3`);
  const again = await runOnce(lab, `code=${codeOf(chatter)}&seed=3`);
  expect(again).toEqual(first);
  const other = await runOnce(lab, `code=${codeOf(chatter)}&seed=4`);
  expect(other.printed).not.toEqual(first.printed);
});

test('a thread that never ends stops at the step budget: Run and Sample say so', async ({ page }) => {
  const spinner = ['import threading', '', 'x = 0', '', 'def spin():', '    global x', '    while True:', '        x += 1', '', '', 'threading.Thread(target=spin).start()', 'print("main done")', ''].join('\n');
  // Three schedules of twenty million instructions each, in workers: 20 s on a quiet machine.
  test.setTimeout(3 * 60_000);
  const lab = new PythonLab(page);
  await lab.open(`code=${codeOf(spinner)}&samples=2`);
  await lab.setSpeed('Straight to the end');
  await lab.run.click();
  // Run's schedule is replayed to its end before the page shows how it ended.
  await expect(lab.runOutcome).toHaveAttribute('data-end', 'budget', { timeout: 60_000 });
  await expect(lab.runOutcome).toContainText('step budget');
  await expect(lab.printed).toHaveText('main done');
  await lab.sample.click();
  expect(await lab.searchEnded(60_000)).toBe('false');
  expect(await lab.outcomes()).toEqual([{ value: 'main done', end: 'budget', count: 2 }]);
});

test('a draft survives a reload before the link has caught up', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open('example=lost-update');
  await lab.editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('print("draft kept")');
  await expect(page.getByRole('region', { name: 'What to notice' })).toContainText('Your program');
  // Straight away, and through a link that names no program: only the saved draft can bring it back.
  await page.goto('./?lab=python');
  await expect(lab.editor).toContainText('print("draft kept")');
  expect(await lab.text()).toContain('x += 1');
  await expect(lab.stepButton('T1')).toBeEnabled();
});

test('in presentation mode at 1280×720, Run and Explore all bring their results on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const lab = new PythonLab(page);
  await lab.open('example=lost-update');
  await page.getByRole('button', { name: 'Presentation', exact: true }).click();
  await lab.setSpeed('Straight to the end');
  await lab.run.click();
  await expect(lab.runOutcome).toHaveAttribute('data-end', 'finished');
  await expect(lab.runOutcome).toBeInViewport({ ratio: 1 });
  await expect(lab.printed).toBeInViewport({ ratio: 1 });
  await page.evaluate(() => scrollTo(0, 0));
  await lab.exploreAll.click();
  expect(await lab.searchEnded()).toBe('true');
  await expect(lab.status).toBeInViewport({ ratio: 1 });
  await expect(lab.outcome.first()).toBeInViewport();
});

test('on a phone, Run brings what it printed and how it ended on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const lab = new PythonLab(page);
  await lab.open('example=lost-update');
  await lab.setSpeed('Straight to the end');
  await lab.run.click();
  await expect(lab.runOutcome).toHaveAttribute('data-end', 'finished');
  await expect(lab.runOutcome).toBeInViewport({ ratio: 1 });
});

test('on a laptop screen at 1280×800, Sample and Run bring their results on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const lab = new PythonLab(page);
  await lab.open('example=lost-update&samples=40');
  // The example's notes show code as code, never as literal backticks.
  const teach = page.getByRole('region', { name: 'What to notice' });
  await expect(teach.locator('code', { hasText: 'x += 1' }).first()).toBeVisible();
  expect(await teach.textContent()).not.toContain('`');
  // dis numbers the module's first instruction line 0; the page says where that is.
  await expect(page.locator('.py-next').first()).toContainText('next: before line 1, RESUME');
  await lab.sample.click();
  expect(await lab.searchEnded()).toBe('false');
  await expect(lab.status).toBeInViewport({ ratio: 1 });
  await expect(lab.outcome.first()).toBeInViewport();
  await page.evaluate(() => scrollTo(0, 0));
  await lab.setSpeed('Straight to the end');
  await lab.run.click();
  await expect(lab.runOutcome).toHaveAttribute('data-end', 'finished');
  await expect(lab.runOutcome).toBeInViewport({ ratio: 1 });
});

test('Sample names its bars by what tells the outcomes apart, and puts numbers in order', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open('example=counter-nolock&samples=300&seed=1');
  await lab.sample.click();
  expect(await lab.searchEnded()).toBe('false');
  const table = page.getByRole('region', { name: 'Sampled outcomes with a witness each' });
  await expect(table.getByRole('columnheader').first()).toHaveText('Printed after “Shared value:”');
  const rows = await page.getByTestId('histogram-bar').evaluateAll((els) =>
    els.map((e) => ({ value: e.getAttribute('data-value') ?? '', name: e.querySelector('td')?.textContent ?? '' })),
  );
  expect(rows.length).toBeGreaterThan(2);
  for (const row of rows) expect(`Shared value: ${row.name}`).toBe(row.value);
  const numbers = rows.map((r) => Number(r.name));
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
});

test('a line wider than the editor scrolls sideways, with a shadow on the cut edge', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open(`code=${codeOf(`x = 1  # ${'a comment much wider than the editor, '.repeat(4)}\nprint(x)\n`)}`);
  const start = page.getByTestId('scroll-cue-start');
  const end = page.getByTestId('scroll-cue-end');
  await expect(end).toBeVisible();
  await expect(start).toBeHidden();
  await page.locator('.python-editor .cm-scroller').evaluate((el) => el.scrollBy({ left: 10_000 }));
  await expect(start).toBeVisible();
  await expect(end).toBeHidden();
});
