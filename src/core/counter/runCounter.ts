// One worker's whole Counter run: wait at the start line, run the mode's kernel, report.
// Concurrency contract: called once per worker per trial, on a worker thread (browser or Node).
import { arriveAndWait, Control, honourControl, now } from '../shared/memory.ts';
import { CounterSlot, Phase, WorkerSlot, workerBase } from './counterLayout.ts';
import type { CounterJob, CounterWorkerResult } from './counterJob.ts';
import { chunkSize, KERNELS, type Kernel, type KernelStats } from './kernels.ts';
import { runStepped } from './stepped.ts';
import type { SyncMode } from './syncModes.ts';
import { wasmKernels } from './wasmKernels.ts';
import type { WasmCode } from '../wasm/wasmThreads.ts';

/**
 * With `wasm` the full-speed kernels are counter.wat's, else kernels.ts's; both run in the same
 * chunk loop. Slow motion runs the stepped kernel for both engines: each step waits for a permit
 * from the main thread, so the engine's speed plays no part there.
 */
export function runCounterJob(m: Int32Array, job: CounterJob, wasm?: WasmCode): CounterWorkerResult {
  const base = workerBase(job.index);
  const s: KernelStats = { waits: 0, retries: 0, local: 0 };
  // Instantiated before the start line, so that it is not timed.
  const kernels = wasm && !job.slow ? wasmKernels(wasm) : KERNELS;
  Atomics.store(m, base + WorkerSlot.phase, Phase.idle);
  if (!arriveAndWait(m, CounterSlot.barrier, job.workers, CounterSlot.control)) {
    return finish(m, job, s, 0, 0, true);
  }
  const t0 = now();
  const done = job.slow ? runStepped(m, job.index, job.sync, job.iters, job.dir, job.window, s) : runFast(m, job, s, kernels);
  return finish(m, job, s, done, now() - t0, done < job.iters);
}

function runFast(m: Int32Array, job: CounterJob, s: KernelStats, kernels: Record<SyncMode, Kernel>): number {
  const base = workerBase(job.index);
  const kernel = kernels[job.sync];
  const chunk = chunkSize(job.window);
  let done = 0;
  while (done < job.iters) {
    if (Atomics.load(m, CounterSlot.control) !== Control.run && !honourControl(m, CounterSlot.control)) break;
    const n = Math.min(chunk, job.iters - done);
    const finished = kernel(m, n, job.dir, job.window, s);
    done += finished;
    if (job.live) {
      // One store per chunk, on this worker's own cache line: cheap enough to leave on.
      Atomics.store(m, base + WorkerSlot.progress, done);
      Atomics.store(m, base + WorkerSlot.waits, s.waits);
      Atomics.store(m, base + WorkerSlot.retries, s.retries);
      Atomics.store(m, base + WorkerSlot.local, s.local);
    }
    if (finished < n) break;
  }
  if (job.sync === 'local') Atomics.add(m, CounterSlot.value, s.local);
  return done;
}

function finish(
  m: Int32Array,
  job: CounterJob,
  s: KernelStats,
  ops: number,
  elapsedMs: number,
  stopped: boolean,
): CounterWorkerResult {
  const base = workerBase(job.index);
  Atomics.store(m, base + WorkerSlot.progress, ops);
  Atomics.store(m, base + WorkerSlot.waits, s.waits);
  Atomics.store(m, base + WorkerSlot.retries, s.retries);
  Atomics.store(m, base + WorkerSlot.phase, Phase.done);
  return { index: job.index, ops, waits: s.waits, retries: s.retries, elapsedMs, stopped };
}
