// Property test on real threads, both engines: random producers, consumers, capacities, items, delays and policies; safe kinds exactly once.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describe as describeRun, QueuePool, runToEnd } from '../../testing/queueTrials.ts';
import type { QueueRun } from './queueJob.ts';
import { Exit } from './queueLayout.ts';
import { ENGINES } from '../wasm/engines.ts';
import { compileModule } from '../wasm/wasmThreads.ts';
import queueWasm from './queue.wat';

let pool: QueuePool;

beforeAll(async () => {
  pool = await QueuePool.start(8);
});

afterAll(async () => {
  await pool.close();
});

const delay = fc.oneof(fc.constant(0), fc.constant(0), fc.double({ min: 0.01, max: 1, noNaN: true }));

const runArb: fc.Arbitrary<QueueRun> = fc
  .record({
    queue: fc.constantFrom('locked', 'spsc', 'mpmc', 'message'),
    shutdown: fc.constantFrom('sentinel', 'close'),
    producers: fc.integer({ min: 1, max: 4 }),
    consumers: fc.integer({ min: 1, max: 4 }),
    capacity: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 64 })),
    items: fc.integer({ min: 1, max: 400 }),
    produceMs: delay,
    consumeMs: delay,
  })
  .map((r) => ({
    ...r,
    // spsc is only safe with one of each; the others take whatever was drawn.
    producers: r.queue === 'spsc' ? 1 : r.producers,
    consumers: r.queue === 'spsc' ? 1 : r.consumers,
    // With delays, fewer items keep each run within a few tens of milliseconds.
    items: r.produceMs > 0 || r.consumeMs > 0 ? Math.min(r.items, 30) : r.items,
  }));

describe.each(ENGINES)('%s engine: every safe kind, every drawn configuration', (engine) => {
  // `message` has no ring, so no WebAssembly kernel: there it runs as the JavaScript baseline.
  const module = engine === 'wasm' ? compileModule(queueWasm) : undefined;

  it('delivers every item exactly once, in order per producer, and every consumer ends as its policy says', async () => {
    await fc.assert(
      fc.asyncProperty(runArb, async (run) => {
        const { verdict: v, results } = await runToEnd(pool, run, undefined, module);
        if (!v.complete) expect.fail(describeRun(run, v));
        expect(v.consumed).toBe(run.producers * run.items);
        expect(v.pillsLeft).toBe(0);
        for (const r of results) {
          expect(r.stopped).toBe(false);
          if (r.role === 'consumer') expect(r.exit).toBe(run.shutdown === 'sentinel' ? Exit.pill : Exit.closed);
        }
      }),
      { numRuns: 300, seed: 0x9e3779b9 },
    );
  });
});
