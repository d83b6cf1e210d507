// Real-thread stress tests of the queue kinds on both engines: safe kinds exactly-once over a million items, `unsafe` really loses and duplicates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mostTrials } from '../../testing/mostTrials.ts';
import { describe as describeRun, QueuePool, runToEnd } from '../../testing/queueTrials.ts';
import type { QueueRun } from './queueJob.ts';
import type { QueueKind } from './queueKinds.ts';
import { ENGINES } from '../wasm/engines.ts';
import { compileModule } from '../wasm/wasmThreads.ts';
import queueWasm from './queue.wat';

let pool: QueuePool;

beforeAll(async () => {
  pool = await QueuePool.start(4);
});

afterAll(async () => {
  await pool.close();
});

function fullSpeed(queue: QueueKind, producers: number, consumers: number, items: number, capacity = 256): QueueRun {
  return { queue, shutdown: 'close', producers, consumers, capacity, items, produceMs: 0, consumeMs: 0 };
}

describe.each(ENGINES)('%s engine', (engine) => {
  // `message` has no ring, so no WebAssembly kernel: it is the JavaScript engine's baseline only.
  const module = engine === 'wasm' ? compileModule(queueWasm) : undefined;

  describe('safe kinds deliver every item exactly once and in order per producer', () => {
    const cases: [QueueKind, number, number, number][] = [
      ['spsc', 1, 1, 1_000_000],
      ['locked', 2, 2, 500_000],
      ['mpmc', 2, 2, 500_000],
      ['message', 2, 2, 500_000],
    ];

    it.each(cases.filter(([queue]) => engine === 'js' || queue !== 'message'))('%s, %iP%iC, %i items per producer', async (queue, producers, consumers, items) => {
      const run = fullSpeed(queue, producers, consumers, items);
      const { verdict: v, results, elapsedMs } = await runToEnd(pool, run, undefined, module);
      const total = producers * items;
      console.info(`${queue} ${producers}P${consumers}C: ${total} items in ${elapsedMs.toFixed(0)} ms, ${(total / elapsedMs / 1000).toFixed(2)} M items/s, p50 ${v.latency.p50Us.toFixed(0)} µs, p99 ${v.latency.p99Us.toFixed(0)} µs`);
      if (!v.complete) expect.fail(describeRun(run, v));
      expect(v).toMatchObject({ produced: total, consumed: total, delivered: total, lost: 0, duplicated: 0, outOfOrder: 0, left: 0, phantom: 0 });
      for (const p of v.perProducer) expect(p).toEqual({ produced: items, delivered: items, duplicated: 0, outOfOrder: 0, left: 0, lost: 0 });
      for (const r of results) expect(r.stopped).toBe(false);
      expect(results.filter((r) => r.role === 'consumer').reduce((t, r) => t + r.items, 0)).toBe(total);
      // One stamp per 64 items at full speed.
      expect(v.latency.samples).toBe(producers * Math.ceil(items / 64));
    });

    it('mpmc and locked stay exact with capacity 1, where every put waits for a get', async () => {
      for (const queue of ['mpmc', 'locked'] as const) {
        const run = fullSpeed(queue, 2, 2, 20_000, 1);
        const { verdict: v } = await runToEnd(pool, run, undefined, module);
        if (!v.complete) expect.fail(describeRun(run, v));
      }
    });
  });

  describe('unsafe', () => {
    it('loses or duplicates items in most trials with 2 producers and 2 consumers', async () => {
      const trials = 12;
      let lost = 0;
      let duplicated = 0;
      let total = 0;
      const { hits: broken, ran } = await mostTrials(trials, Math.ceil(trials * 0.6), async () => {
        const run = fullSpeed('unsafe', 2, 2, 100_000, 64);
        const { verdict: v } = await runToEnd(pool, run, undefined, module);
        // Whatever happened, every item is accounted for: delivered, left, or lost.
        for (const p of v.perProducer) expect(p.delivered + p.left + p.lost).toBe(p.produced);
        lost += v.lost;
        duplicated += v.duplicated;
        total += v.produced;
        return v.lost > 0 || v.duplicated > 0;
      });
      console.info(`unsafe 2P2C: ${broken}/${ran} trials broken; lost ${((100 * lost) / total).toFixed(2)} %, duplicated ${((100 * duplicated) / total).toFixed(2)} % of ${total} items`);
      expect(broken).toBeGreaterThanOrEqual(Math.ceil(trials * 0.6));
    });

    it('is exactly the spsc ring, so with one producer and one consumer it is exact', async () => {
      const run = fullSpeed('unsafe', 1, 1, 200_000, 64);
      const { verdict: v } = await runToEnd(pool, run, undefined, module);
      if (!v.complete) expect.fail(describeRun(run, v));
    });
  });
});
