// Queue runs that cannot finish: Stop while producers wait on a full queue, deadlocks found and reported, no leaked workers.
import { QueueLab } from './pages/queueLab.ts';
import { expect, test } from './fixtures.ts';

const isQueueWorker = (url: string): boolean => url.includes('queue.worker');

test.describe('Stop while producers are blocked on a full queue', { tag: '@alone' }, () => {
  for (const kind of ['locked', 'spsc', 'mpmc', 'message'] as const) {
    test(`${kind}: ends the run within a second, and the next run works`, async ({ page }) => {
      const lab = new QueueLab(page);
      const n = kind === 'spsc' ? 1 : 2;
      // One slot and a consumer that spends a second on each item: producers wait almost all the time.
      await lab.open(`queue=${kind}&producers=${n}&consumers=1&capacity=1&items=1000&consumeMs=1000&shutdown=sentinel`);
      await lab.run.click();
      await lab.expectStatus('running');
      // Until every producer has filled the slot and gone to sleep on it (the live view says so).
      await expect(page.locator('canvas.live-canvas')).toHaveAttribute('aria-label', new RegExp(`Producers: ${n} blocked on a full queue\\.`), { timeout: 10_000 });
      await lab.expectStatus('running');
      const ms = await lab.stopTimed();
      console.info(`Stop with producers blocked on a full ${kind} queue: ${ms.toFixed(0)} ms`);
      expect(ms, 'from the Stop click to the stopped status').toBeLessThan(1000);
      const stopped = await lab.counts();
      expect(stopped).toMatchObject({ lost: 0, duplicated: 0 });
      expect(stopped.consumed + stopped.left).toBe(stopped.produced);

      await lab.setNumber('Consume delay (ms)', 0);
      await lab.runToEnd();
      expect(await lab.counts()).toMatchObject({ produced: n * 1000, consumed: n * 1000, lost: 0, duplicated: 0, left: 0 });
    });
  }
});

test.describe('a run that can never finish is reported as deadlocked', { tag: '@alone' }, () => {
  for (const kind of ['locked', 'mpmc', 'message'] as const) {
    test(`${kind}: the consumer quits at its first empty look and the producer waits on a full queue`, async ({ page }) => {
      const lab = new QueueLab(page);
      // The slow producer leaves the queue empty between items, so the consumer quits; then one slot fills.
      await lab.open(`queue=${kind}&producers=1&consumers=1&capacity=1&items=10&produceMs=20&consumeMs=0&shutdown=empty-check`);
      await lab.runToEnd('deadlocked', 10_000);
      await expect(page.getByText(/can never finish/).first()).toBeVisible();
      const r = await lab.counts();
      expect(r.produced).toBeLessThan(10);
      expect(r).toMatchObject({ lost: 0, duplicated: 0 });
      expect(r.consumed + r.left).toBe(r.produced);
      // The fix, on the same page: a pill per consumer, and the run finishes.
      await lab.choose(kind, 'sentinel');
      await lab.runToEnd();
      expect(await lab.counts()).toMatchObject({ produced: 10, consumed: 10, left: 0 });
    });
  }
});

test('20 queue runs in a row reuse the pool and leave no extra workers', async ({ page, liveWorkers }) => {
  test.setTimeout(120_000);
  const lab = new QueueLab(page);
  await lab.open('queue=mpmc&producers=2&consumers=2&items=2000&capacity=8&shutdown=close');
  for (let run = 0; run < 20; run++) {
    // A few geometries and kinds, so that memory is reallocated and reused and the pool shrinks in use.
    if (run === 5) await lab.choose('locked', 'sentinel');
    if (run === 10) await lab.choose('message');
    if (run === 12) await lab.setNumber('Producers', 3);
    if (run === 15) await lab.choose('mpmc', 'close');
    await lab.runToEnd();
    const r = await lab.counts();
    expect(r.consumed, `run ${run + 1}`).toBe(r.produced);
  }
  await liveWorkers.expectCount(5, { filter: isQueueWorker });
});
