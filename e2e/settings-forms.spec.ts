// Settings forms say what they correct: a value out of range, not whole or no number is changed beside
// its field with the reason (read out politely), and a run that will take very long says so before Run.
import { CounterLab } from './pages/counterLab.ts';
import { QueueLab } from './pages/queueLab.ts';
import { expect, test } from './fixtures.ts';

test.describe('a corrected value is explained beside its field', () => {
  const cases = [
    { label: 'Workers', typed: '0', value: '1', why: '0 is below 1, so it is 1.' },
    { label: 'Workers', typed: '100', value: '16', why: '100 is above 16, so it is 16.' },
    { label: 'Workers', typed: '2.5', value: '3', why: '2.5 is not whole, so it is 3.' },
  ];
  // Each case on a fresh load of the same tab: a browser context per case cost more than its checks.
  test(`Workers: ${cases.map((c) => `${c.typed} becomes ${c.value}`).join(', ')}; text that is no number leaves the value as it was, and says so`, async ({ page }) => {
    // Each case keeps the time a test of its own had.
    test.setTimeout((cases.length + 1) * 60_000);
    const lab = new CounterLab(page);
    for (const c of cases) {
      await test.step(`${c.label}: ${c.typed} becomes ${c.value}`, async () => {
        await lab.open('workers=2');
        await lab.typeInto(c.label, c.typed);
        const field = lab.field(c.label);
        await expect(field).toHaveValue(c.value);
        await expect(field).toHaveAccessibleDescription(c.why);
        await expect(page.getByRole('status').filter({ hasText: c.why })).toBeVisible();
      });
    }
    await test.step('Workers: text that is no number', async () => {
      await lab.open('workers=2');
      await lab.typeInto('Workers', 'abc');
      await expect(lab.field('Workers')).toHaveValue('2');
      await expect(lab.field('Workers')).toHaveAccessibleDescription('That is not a number, so it stays 2.');
    });
  });

  test('iterations past what the 32-bit cell allows for these workers become the cap, with the reason', async ({ page }) => {
    const lab = new CounterLab(page);
    await lab.open('workers=3');
    await lab.typeInto('Iterations per worker', '1000000000000');
    await expect(lab.field('Iterations per worker')).toHaveValue('715827882');
    await expect(lab.field('Iterations per worker')).toHaveAccessibleDescription(
      /^1,000,000,000,000 is above 715,827,882 for 3 workers \(the 32-bit cell must not overflow\), so it is 715,827,882\. /,
    );
  });

  test('a value kept as typed clears the note, and the run uses it', async ({ page }) => {
    const lab = new CounterLab(page);
    await lab.open('sync=atomic&workers=2&dirs=%2B%2B&iters=1000');
    await lab.typeInto('Workers', '0');
    await expect(lab.field('Workers')).toHaveAccessibleDescription('0 is below 1, so it is 1.');
    await lab.setNumber('Workers', 3);
    await expect(lab.field('Workers')).toHaveAccessibleDescription('');
    await lab.runToEnd();
    // The one '+' left at 1 worker is extended by alternating: + − +, so three workers net one run's worth.
    expect(await lab.results()).toMatchObject({ expected: 1000, actual: 1000 });
  });
});

test.describe('a long run says how long before it starts', () => {
  test('ten million items at a second each; a short delayed run says nothing', async ({ page }) => {
    test.setTimeout(2 * 60_000);
    const lab = new QueueLab(page);
    await lab.open('queue=locked&items=100&produceMs=10');
    await expect(lab.runEstimate).toHaveText('');
    await lab.open('queue=locked&items=1000');
    await expect(lab.runEstimate).toHaveText('');
    await lab.setNumber('Items per producer', 10_000_000);
    await lab.setNumber('Produce delay (ms)', 1000);
    await expect(lab.runEstimate).toHaveText('Expect this run to take about 116 days: each producer puts 10,000,000 items at 1,000 ms each.');
    await expect(lab.runEstimate).toHaveRole('status');
    // Run stays the learner's choice: the estimate informs, it does not forbid.
    await expect(lab.run).toBeEnabled();
  });
});
