// Bench page script: a pool of module workers on one SharedArrayBuffer, driven through `window.bench`.
/* global window, Worker, crossOriginIsolated -- bundled for the bench page */
import { allocateCounter, CounterSlot, resetCounter } from '../../src/core/counter/counterLayout.ts';
import { compileModule } from '../../src/core/wasm/wasmThreads.ts';
import counterWasm from '../../src/core/counter/counter.wat';
import { counterJobs } from '../counter/grid.mjs';
import { compare, measure, runSpan } from '../counter/measure.mjs';

const POOL_SIZE = 4;

function call(worker, message) {
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => resolve(data);
    worker.onerror = (e) => reject(new Error(e.message || 'worker error'));
    worker.postMessage(message);
  });
}

function start() {
  // Created once and reused by every measurement, like the lab's worker pool.
  const workers = Array.from(
    { length: POOL_SIZE },
    (_, i) => new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: `bench-${i}` }),
  );
  // One memory per engine; a cell without `engine` is the JavaScript engine's.
  const memories = { js: allocateCounter(), wasm: allocateCounter(compileModule(counterWasm)) };
  const runner = (cfg) => async (iters) => {
    const mem = memories[cfg.engine ?? 'js'];
    resetCounter(mem);
    const jobs = counterJobs(cfg, iters);
    const results = await Promise.all(jobs.map((job, i) => call(workers[i], { buffer: mem.buffer, job, wasm: mem.wasm })));
    return { ...runSpan(results), value: Atomics.load(mem.ints, CounterSlot.value) };
  };
  return {
    ready: Promise.all(workers.map((w) => call(w, 'ping'))),
    measure: (cell, plan, cap) => measure(runner({ ...cell, live: false }), plan, cap),
    compare: (cell, plan, cap) => compare(runner({ ...cell, live: false }), runner({ ...cell, live: true }), plan, cap),
  };
}

// Without isolation there is no SharedArrayBuffer to share; the driver reports that and stops.
window.bench = crossOriginIsolated ? start() : { ready: Promise.reject(new Error('page is not cross-origin isolated')) };
