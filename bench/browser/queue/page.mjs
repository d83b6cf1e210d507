// Queue bench page script: a pool of module workers, one queue run per `window.queueBench.run` call.
/* global window, Worker, crossOriginIsolated -- bundled for the bench page */
import { runQueueOnce } from '../../queue/drive.mjs';
import { compileModule } from '../../../src/core/wasm/wasmThreads.ts';
import queueWasm from '../../../src/core/queue/queue.wat';

/** Enough workers for the largest configuration (2 producers + 2 consumers). */
const POOL_SIZE = 4;

function call(worker, message, transfer) {
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => (data.ok ? resolve(data.result) : reject(new Error(data.error)));
    worker.onerror = (e) => reject(new Error(e.message || 'worker error'));
    worker.postMessage(message, transfer);
  });
}

function start() {
  // Created once and reused by every run, like the lab's worker pool.
  const workers = Array.from(
    { length: POOL_SIZE },
    (_, i) => new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: `queue-bench-${i}` }),
  );
  const env = {
    channel: () => new MessageChannel(),
    call: (i, req, transfer) => call(workers[i], req, transfer),
    queueModule: compileModule(queueWasm),
  };
  return {
    ready: Promise.all(workers.map((w) => call(w, 'ping', []))),
    run: async (run, deadlineMs, engine = 'js') => {
      const r = await runQueueOnce(env, run, deadlineMs, engine);
      // The verdict's per-producer detail and histogram are all the driver needs of the memory.
      return { wallMs: r.wallMs, items: r.items, stuck: r.stuck, verdict: r.verdict, results: r.results };
    },
  };
}

// Without isolation there is no SharedArrayBuffer to share; the driver reports that and stops.
window.queueBench = crossOriginIsolated ? start() : { ready: Promise.reject(new Error('page is not cross-origin isolated')) };
