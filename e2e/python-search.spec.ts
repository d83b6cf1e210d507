// Explore all and Sample as a learner uses them: every outcome of a small program with counts that
// add up, N random schedules whose counts sum to N, a deadlock drawn with its wait-for graph, and
// Stop in the middle of a long search (the page answers, says it stopped, and keeps what it found).
import { codeOf, PythonLab, type OutcomeRow } from './pages/pythonLab.ts';
import { expect, test } from './fixtures.ts';

const produced = Array.from({ length: 10 }, (_, i) => `Produced: ${i}`);

/** The schedules the status line says were explored or sampled ("… over 1,234 schedules …"). */
async function schedulesSaid(lab: PythonLab): Promise<number> {
  const text = (await lab.status.textContent()) ?? '';
  const m = /over ([\d,]+) schedules/.exec(text);
  expect(m, `the status names the schedules: ${text}`).not.toBeNull();
  return Number(m![1]!.replace(/,/g, ''));
}

const total = (rows: readonly OutcomeRow[]): number => rows.reduce((n, r) => n + r.count, 0);

test('Explore all on the post’s queue finds its three endings, counts adding up', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open('example=post-queue');
  await lab.exploreAll.click();
  expect(await lab.searchEnded()).toBe('true');
  const rows = await lab.outcomes();
  expect(rows.map((r) => [r.value, r.end])).toEqual(
    [produced.join('\n'), [produced[0], 'Consumed: 0', ...produced.slice(1)].join('\n'), ['Consumed: 0', ...produced].join('\n')]
      .map((v) => [v, 'finished'])
      .sort((a, b) => (a[0]! + a[1]!).localeCompare(b[0]! + b[1]!)),
  );
  for (const r of rows) expect(r.count).toBeGreaterThan(0);
  expect(total(rows)).toBe(await schedulesSaid(lab));
});

test('an exception in a thread ends that thread only: the outcome is finished, its traceback under stderr', async ({ page }) => {
  const failing = ['import threading', '', '', 'def work(items):', '    return items[3]', '', '', 't = threading.Thread(target=work, args=([1, 2],))', 't.start()', 't.join()', 'print("main goes on")', ''].join('\n');
  const lab = new PythonLab(page);
  await lab.open(`code=${codeOf(failing)}`);
  await lab.exploreAll.click();
  expect(await lab.searchEnded()).toBe('true');
  expect((await lab.outcomes()).map((r) => [r.value, r.end])).toEqual([['main goes on', 'finished']]);
  await lab.outcome.getByText('stderr', { exact: true }).click();
  await expect(lab.outcome.locator('.py-stderr')).toContainText('Exception in thread Thread-1 (work):');
  await expect(lab.outcome.locator('.py-stderr')).toContainText('IndexError: list index out of range');
  // The same failure in the main thread is the program's: the outcome is an error.
  await lab.open(`code=${codeOf('print("before")\n[1, 2][3]\n')}`);
  await lab.exploreAll.click();
  expect(await lab.searchEnded()).toBe('true');
  expect((await lab.outcomes()).map((r) => [r.value, r.end])).toEqual([['before', 'error']]);
});

test('Explore all on the post’s counter (small) always prints 0', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open('example=counter-small');
  await lab.exploreAll.click();
  expect(await lab.searchEnded()).toBe('true');
  const rows = await lab.outcomes();
  expect(rows.map((r) => [r.value, r.end])).toEqual([['Shared value: 0', 'finished']]);
  expect(rows[0]!.count).toBe(await schedulesSaid(lab));
});

test('Sample runs N schedules: the counts sum to N', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open('example=lost-update&samples=30&seed=5');
  await lab.sample.click();
  expect(await lab.searchEnded()).toBe('false');
  const rows = await lab.outcomes();
  expect(total(rows)).toBe(30);
  expect(await schedulesSaid(lab)).toBe(30);
  for (const r of rows) {
    expect(['2', '3', '4']).toContain(r.value);
    expect(r.end).toBe('finished');
  }
});

test('a deadlock is an outcome, drawn with its wait-for graph', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open('example=lock-order');
  await lab.exploreAll.click();
  expect(await lab.searchEnded()).toBe('true');
  expect((await lab.outcomes()).map((r) => [r.value, r.end])).toEqual([
    ['', 'deadlock'],
    ['one has both\ntwo has both', 'finished'],
    ['two has both\none has both', 'finished'],
  ]);
  const deadlock = lab.outcome.and(page.locator('[data-end="deadlock"]'));
  await expect(deadlock).toContainText('Deadlock');
  const graph = deadlock.getByRole('img', { name: /Wait-for graph/ });
  await expect(graph).toBeVisible();
  // The text alternative names both threads and both locks.
  const name = (await graph.getAttribute('aria-labelledby'))!;
  const words = (await page.locator(`[id="${name}"]`).textContent()) ?? '';
  expect(words).toMatch(/Thread-1/);
  expect(words).toMatch(/Thread-2/);
  // The two workers and the main thread, which waits to join the first, named as on the Step
  // buttons; the cycle runs through both locks.
  await expect(graph.locator('.wf-label')).toHaveText(['T2', 'Lock 2', 'T3', 'Lock 1', 'T1']);
  await expect(graph.locator('.wf-thread')).toHaveCount(3);
  await expect(graph.locator('.wf-edge.cycle')).toHaveCount(4);
  await expect(deadlock.locator('.waitfor-legend')).toContainText('T1 is MainThread, T2 is Thread-1 (one), T3 is Thread-2 (two)');
  // Drawn in the page's colours: the cycle in the colour that means bad, in both themes.
  const stroke = () => graph.locator('.wf-edge.cycle').first().evaluate((e) => getComputedStyle(e).stroke);
  const light = await stroke();
  await page.getByRole('button', { name: 'Dark', exact: true }).click();
  await expect.poll(stroke).not.toBe(light);
  expect(await stroke()).not.toBe('none');
});

// Explore all goes breadth first: daemon threads that add 30 times each give it far too many
// states to finish quickly, while the main thread, which ends the program, gives it outcomes early.
const daemons = `import threading

x = 0


def work():
    global x
    for _ in range(30):
        x += 1


for _ in range(3):
    threading.Thread(target=work, daemon=True).start()
print("main done")
`;

// Three threads adding 3,000 times each under a lock: a schedule takes tens of milliseconds, so
// 10,000 of them outlast the first outcome on the screen however many cores share the sample, and
// every schedule prints the same total, so there is one outcome (and one witness) to report.
const long = `import threading

x = 0
lock = threading.Lock()


def work():
    global x
    for _ in range(3000):
        with lock:
            x += 1


ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(x)
`;

async function stopAfterFirstOutcome(lab: PythonLab): Promise<void> {
  await expect(lab.status).not.toHaveAttribute('data-complete');
  await expect(lab.outcome.first()).toBeVisible({ timeout: 30_000 });
  await lab.stop.click();
  expect(await lab.searchEnded()).toBe('false');
  await expect(lab.status).toContainText(/[Ss]topped/);
  await expect(lab.outcome).not.toHaveCount(0);
  await expect(lab.stop).toBeDisabled();
  // The page still answers: a thread steps.
  const before = (await lab.position.textContent())!;
  await lab.stepButton('T1').click();
  await expect(lab.position).not.toHaveText(before);
}

test('Stop during Explore all keeps the outcomes found so far', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open(`code=${codeOf(daemons)}`);
  await lab.exploreAll.click();
  await stopAfterFirstOutcome(lab);
  expect((await lab.outcomes()).map((r) => [r.value, r.end])).toEqual([['main done', 'finished']]);
});

test('Stop during Sample keeps the schedules run so far, and they add up', async ({ page }) => {
  const lab = new PythonLab(page);
  await lab.open(`code=${codeOf(long)}&samples=10000`);
  await lab.sample.click();
  await stopAfterFirstOutcome(lab);
  const rows = await lab.outcomes();
  expect(total(rows)).toBeLessThan(10_000);
  expect(total(rows)).toBe(await schedulesSaid(lab));
});
