// Suite "node": ns/op of every Counter kernel on Node worker_threads, and the live-view cost.
import { join } from 'node:path';
import { allocateCounter, CounterSlot, resetCounter } from '../../src/core/counter/counterLayout.ts';
import { counterJobs, WORKER_COUNTS } from '../counter/grid.mjs';
import { compare, measure, runSpan } from '../counter/measure.mjs';
import { runCounterGrid } from '../counter/runGrid.mjs';
import { bundle } from '../lib/bundle.mjs';
import { ThreadPool } from '../node/threadPool.mjs';

export async function runNodeSuite(ctx) {
  const threadFile = await bundle(
    join(ctx.benchDir, 'node', 'counterThread.mjs'),
    join(ctx.buildDir, 'node', 'counter-thread.mjs'),
    'node',
  );
  const pool = new ThreadPool(threadFile, Math.max(...WORKER_COUNTS));
  const mem = allocateCounter();
  const runner = (cfg) => async (iters) => {
    resetCounter(mem);
    const results = await pool.all(counterJobs(cfg, iters).map((job) => ({ buffer: mem.buffer, job })));
    return { ...runSpan(results), value: Atomics.load(mem.ints, CounterSlot.value) };
  };
  try {
    const grid = await runCounterGrid(ctx, {
      measure: (cell, cap) => measure(runner({ ...cell, live: false }), ctx.plan, cap),
      compare: (cell, cap) => compare(runner({ ...cell, live: false }), runner({ ...cell, live: true }), ctx.plan, cap),
    });
    return { threads: 'worker_threads', ...grid };
  } finally {
    await pool.close();
  }
}
