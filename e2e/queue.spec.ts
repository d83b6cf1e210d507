// The Queue lab through its UI: every kind and shutdown policy gives verified counts, the seed's bug and its fixes, the runs of the visit.
import { KIND_NAMES, QueueLab, SHUTDOWN_NAMES, type QueueKind, type Shutdown } from './pages/queueLab.ts';
import { expect, test } from './fixtures.ts';

const SAFE = ['locked', 'spsc', 'mpmc', 'message'] as const;
/** spsc takes exactly one producer and one consumer; the others race two against two. */
const pair = (kind: QueueKind): number => (kind === 'spsc' ? 1 : 2);
/** The message kind moves far fewer items per second: fewer items keep its runs short. */
const itemsFor = (kind: QueueKind): number => (kind === 'message' ? 5_000 : 50_000);

// A kind's cases share a tab, each on a fresh load: a browser context per case cost more than its run.
test.describe('safe kinds deliver every item exactly once', () => {
  for (const kind of SAFE) {
    test(`${kind} with sentinel and with close`, async ({ page }) => {
      // Each case keeps the time a test of its own had.
      test.setTimeout(2 * 60_000);
      const lab = new QueueLab(page);
      for (const policy of ['sentinel', 'close'] as const) {
        await test.step(`${kind} with ${policy}`, async () => {
          const n = pair(kind);
          const items = itemsFor(kind);
          await lab.open(`producers=${n}&consumers=${n}&items=${items}&capacity=16`);
          // Kind and policy are picked on the form, as a learner does.
          await lab.choose(kind, policy);
          await expect(lab.kind(kind)).toBeChecked();
          await expect(lab.shutdown(policy)).toBeChecked();
          await lab.runToEnd();
          const r = await lab.counts();
          expect(r).toMatchObject({ produced: n * items, consumed: n * items, lost: 0, duplicated: 0, left: 0 });
          expect(r.throughput).toBeGreaterThan(0);
        });
      }
    });
  }
});

test('empty-check at full speed: nothing lost or doubled, whatever is not taken is still there', async ({ page }) => {
  test.setTimeout(SAFE.length * 60_000);
  const lab = new QueueLab(page);
  for (const kind of SAFE) {
    await test.step(kind, async () => {
      const n = pair(kind);
      await lab.open(`producers=${n}&consumers=${n}&items=${itemsFor(kind)}&capacity=16&queue=${kind}&shutdown=empty-check`);
      // A consumer may leave early (done, items left) or, having passed the empty check, wait for
      // an item that never comes (deadlocked): both are this policy's bug, and both are accounted for.
      // The producers then fill the queue with nobody left to empty it: that is deadlocked too.
      const status = await lab.runToAnyEnd();
      expect(['done', 'deadlocked']).toContain(status);
      const r = await lab.counts();
      expect(r).toMatchObject({ lost: 0, duplicated: 0 });
      if (status === 'done') expect(r.produced).toBe(n * itemsFor(kind));
      else await expect(page.getByText(/can never finish/).first()).toBeVisible();
      expect(r.consumed + r.left).toBe(r.produced);
    });
  }
});

// The seed's outcome rests on the producer being slower than the consumer (20 ms against 5 ms): a
// test beside it that took the consumer's core for 20 ms would turn it around.
test.describe("the seed's producer and consumer (10 items, the producer slower than the consumer)", { tag: '@alone' }, () => {
  const seed = (kind: QueueKind, policy: Shutdown): string =>
    `producers=1&consumers=1&items=10&produceMs=20&consumeMs=5&shutdown=${policy}&queue=${kind}`;

  test('with empty-check, as in the seed, items are left behind', async ({ page }) => {
    const lab = new QueueLab(page);
    await lab.open(seed('locked', 'empty-check'));
    await expect(page.getByTestId('link-notice')).toHaveCount(0);
    await lab.runToEnd();
    const r = await lab.counts();
    expect(r.produced).toBe(10);
    expect(r.consumed).toBeLessThan(10);
    expect(r.left + r.lost).toBeGreaterThan(0);
    expect(r.duplicated).toBe(0);
  });

  for (const kind of SAFE) {
    test(`${kind}: empty-check leaves items, sentinel and close leave none`, async ({ page }) => {
      const lab = new QueueLab(page);
      await lab.open(seed(kind, 'empty-check'));
      await lab.runToEnd();
      const buggy = await lab.counts();
      expect(buggy.consumed).toBeLessThan(10);
      expect(buggy.left + buggy.lost).toBeGreaterThan(0);

      for (const policy of ['sentinel', 'close'] as const) {
        await lab.choose(kind, policy);
        await lab.runToEnd();
        expect(await lab.counts()).toMatchObject({ produced: 10, consumed: 10, lost: 0, duplicated: 0, left: 0 });
      }
    });
  }
});

test('unsafe, two producers and two consumers: items are lost or taken twice in most runs', { tag: '@alone' }, async ({ page }) => {
  const lab = new QueueLab(page);
  await lab.open('producers=2&consumers=2&items=200000&capacity=16&shutdown=close');
  await lab.choose('unsafe');
  const trials = 3;
  let broken = 0;
  for (let t = 0; t < trials; t++) {
    // A racing ring may also corrupt its indices so that everyone waits: that ends as deadlocked.
    const status = await lab.runToAnyEnd();
    expect(['done', 'deadlocked']).toContain(status);
    const r = await lab.counts();
    expect(r.produced).toBe(400_000);
    if (r.lost + r.duplicated > 0) broken++;
  }
  expect(broken, `runs with lost or duplicated items, of ${trials}`).toBeGreaterThanOrEqual(2);
});

test('Your runs lists each run newest first, with its settings and verified counts; Clear empties it', { tag: '@alone' }, async ({ page, axe }) => {
  const lab = new QueueLab(page);
  const rate = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat('en-US');
  // The seed's consumer quits at its first empty look and the producer waits on a full queue: deadlocked.
  await lab.open('queue=locked&producers=1&consumers=1&capacity=1&items=10&produceMs=20&consumeMs=0&shutdown=empty-check');
  await expect(lab.runs).toHaveCount(0);
  await lab.runToEnd('deadlocked', 10_000);
  const first = await lab.counts();
  // The second run's settings come from the form.
  await lab.choose('mpmc', 'close');
  await lab.setNumber('Producers', 2);
  await lab.setNumber('Capacity', 8);
  await lab.setNumber('Items per producer', 300);
  await lab.setNumber('Produce delay (ms)', 0);
  await lab.setNumber('Consume delay (ms)', 1);
  await lab.runToEnd();
  const second = await lab.counts();
  expect(second).toMatchObject({ produced: 600, consumed: 600, lost: 0, duplicated: 0, left: 0 });

  const figures = (c: typeof first) => ({
    Produced: count.format(c.produced),
    Consumed: count.format(c.consumed),
    Lost: count.format(c.lost),
    Duplicated: count.format(c.duplicated),
    Left: count.format(c.left),
    'Items/s': rate.format(c.throughput),
  });
  expect(await lab.runRows()).toEqual([
    {
      'Queue, shutdown': `${KIND_NAMES.mpmc}, ${SHUTDOWN_NAMES.close}`,
      Engine: 'JavaScript',
      'Producers + consumers': '2 + 1',
      Capacity: '8',
      'Items each': '300',
      'Delays (put / get)': '0 / 1 ms',
      Ended: 'done',
      ...figures(second),
    },
    {
      'Queue, shutdown': `${KIND_NAMES.locked}, ${SHUTDOWN_NAMES['empty-check']}`,
      Engine: 'JavaScript',
      'Producers + consumers': '1 + 1',
      Capacity: '1',
      'Items each': '10',
      'Delays (put / get)': '20 / 0 ms',
      Ended: 'deadlocked',
      ...figures(first),
    },
  ]);
  await axe.check();

  await lab.runs.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(lab.runs).toHaveCount(0);
  // The results of the last run stay: Clear only forgets the list.
  expect(await lab.counts()).toEqual(second);
});
