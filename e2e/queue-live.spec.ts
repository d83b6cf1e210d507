// The Queue lab's live totals mid-run: a waiting worker is never shown as 0, and produced − consumed
// = in queue on screen at every moment, with a slow producer (lesson 8's setting) and a slow consumer.
import { QueueLab } from './pages/queueLab.ts';
import { expect, test } from './fixtures.ts';

interface Totals {
  produced: number;
  consumed: number;
  inQueue: number;
}

/**
 * Presses Run and samples the live totals inside the page every 10 ms until the run has ended:
 * each sample is the text on screen at one moment, as a learner would read it.
 */
async function sampleRun(lab: QueueLab): Promise<{ samples: Totals[]; last: Totals }> {
  await expect(lab.run).toBeEnabled();
  const sampling = lab.page.evaluate(
    () =>
      new Promise<{ samples: Totals[]; last: Totals }>((resolve, reject) => {
        const read = (id: string): number => {
          const text = document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
          if (!/^-?\d+$/.test(text)) throw new Error(`${id} is not a bare number: "${text}"`);
          return Number(text);
        };
        const totals = (): Totals => ({ produced: read('live-produced'), consumed: read('live-consumed'), inQueue: read('live-in-queue') });
        const status = (): string | null => document.querySelector('[data-testid="run-status"]')?.getAttribute('data-status') ?? null;
        const samples: Totals[] = [];
        let started = false;
        const timer = setInterval(() => {
          try {
            const s = status();
            if (s === 'running') {
              started = true;
              samples.push(totals());
            } else if (started) {
              clearInterval(timer);
              // Two frames more, so that the totals show the end of the run.
              requestAnimationFrame(() => requestAnimationFrame(() => resolve({ samples, last: totals() })));
            }
          } catch (e) {
            clearInterval(timer);
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        }, 10);
      }),
  );
  await lab.run.click();
  const out = await sampling;
  await lab.expectStatus('done');
  return out;
}

test('a slow producer: the consumer waiting on an empty queue shows what it took, and the totals add up', { tag: '@alone' }, async ({ page }) => {
  const lab = new QueueLab(page);
  await lab.open('queue=locked&producers=2&consumers=1&items=40&capacity=8&produceMs=40&consumeMs=0&shutdown=sentinel');
  const { samples, last } = await sampleRun(lab);
  expect(samples.length).toBeGreaterThan(10);
  for (const s of samples) expect(s.produced - s.consumed, JSON.stringify(s)).toBe(s.inQueue);
  // Half-way the consumer has taken most of what was produced, and the page says so.
  const mid = samples.filter((s) => s.produced >= 10 && s.produced < 70);
  expect(mid.length).toBeGreaterThan(0);
  for (const s of mid) expect(s.consumed).toBeGreaterThan(0);
  expect(last).toEqual({ produced: 80, consumed: 80, inQueue: 0 });
  expect(await lab.number('result-consumed')).toBe(80);
});

test('a slow consumer: producers asleep on a full queue show what they put', { tag: '@alone' }, async ({ page }) => {
  const lab = new QueueLab(page);
  await lab.open('queue=mpmc&producers=2&consumers=1&items=10&capacity=4&produceMs=0&consumeMs=40&shutdown=close');
  const { samples, last } = await sampleRun(lab);
  expect(samples.length).toBeGreaterThan(10);
  for (const s of samples) {
    expect(s.produced - s.consumed, JSON.stringify(s)).toBe(s.inQueue);
    expect(s.inQueue).toBeLessThanOrEqual(4);
  }
  // Once the consumer has taken a few, the producers (blocked on full most of the time) have put more.
  const later = samples.filter((s) => s.consumed >= 3 && s.consumed < 15);
  expect(later.length).toBeGreaterThan(0);
  for (const s of later) expect(s.produced).toBeGreaterThan(s.consumed);
  expect(last).toEqual({ produced: 20, consumed: 20, inQueue: 0 });
  await expect(page.getByText('produced of 20')).toBeVisible();
});
