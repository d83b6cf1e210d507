// Bench page script: two module workers driven through `window.bench`: Explore all on one or split
// over both (without the reduction by states, with it by subtrees), Sample's runs claimed by one or
// two over shared control words, as the lab's search pool runs them.
/* global window, Worker, crossOriginIsolated -- bundled for the bench page */
import { createControl } from '../../src/core/python/runtime/searchControl.ts';
import { createStateTable } from '../../src/core/explore/stateTable.ts';
import { createSharedSummaries } from '../../src/core/explore/sharedSummaries.ts';

const POOL_SIZE = 2;

function call(worker, message) {
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => resolve(data);
    worker.onerror = (e) => reject(new Error(e.message || 'worker error'));
    worker.postMessage(message);
  });
}

function start() {
  const workers = Array.from({ length: POOL_SIZE }, (_, i) => new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: `explore-bench-${i}` }));
  return {
    ready: Promise.all(workers.map((w) => call(w, 'ping'))),
    explore: (source, options) => call(workers[0], { kind: 'explore', source, options }),
    /** Wall time of Explore all split over the first `n` workers, their parts joined by the first. */
    exploreSplit: async (source, n) => {
      const control = createControl(true);
      const table = createStateTable(2_000_000);
      const t0 = performance.now();
      const parts = await Promise.all(workers.slice(0, n).map((w, worker) => call(w, { kind: 'part', source, share: { control, worker, workers: n, table } })));
      const r = await call(workers[0], { kind: 'join', source, parts: parts.map((p) => p.part) });
      return { ...r, ms: performance.now() - t0, perWorker: parts.map((p) => p.states) };
    },
    /**
     * Wall time of Explore all with the reduction split over the first `n` workers (subtrees claimed on
     * shared control words), and apart from it the first worker's join, which settles the labels.
     */
    exploreReducedSplit: async (source, n) => {
      const control = createControl(true);
      const summaries = createSharedSummaries(2_000_000);
      const t0 = performance.now();
      const parts = await Promise.all(workers.slice(0, n).map((w, worker) => call(w, { kind: 'reducedPart', source, share: { control, worker, workers: n, summaries } })));
      const partsMs = performance.now() - t0;
      const r = await call(workers[0], { kind: 'reducedJoin', source, parts: parts.map((p) => p.part) });
      return { ...r, partsMs, ms: performance.now() - t0, perWorker: parts.map((p) => p.states) };
    },
    /** Wall time of `samples` runs shared by the first `n` workers. */
    sample: async (source, samples, n, sampler) => {
      const control = createControl(true);
      const t0 = performance.timeOrigin + performance.now();
      const parts = await Promise.all(workers.slice(0, n).map((w, worker) => call(w, { kind: 'sample', source, samples, sampler, share: { control, worker, workers: n } })));
      const end = Math.max(...parts.map((p) => p.endedAt));
      return { ms: end - t0, runs: parts.reduce((s, p) => s + p.runs, 0) };
    },
  };
}

window.bench = crossOriginIsolated ? start() : { ready: Promise.reject(new Error('page is not cross-origin isolated')) };
