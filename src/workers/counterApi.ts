// The Counter worker's API, exposed over Comlink: the control plane only (start a job, get its
// result). Progress, phases and traces travel through the SharedArrayBuffer, never as messages.
import { runCounterJob } from '../core/counter/runCounter.ts';
import type { CounterJob, CounterWorkerResult } from '../core/counter/counterJob.ts';
import type { WasmCode } from '../core/wasm/wasmThreads.ts';

export const counterApi = {
  /** Answers at once: proves the worker loaded and is not stuck in a job. */
  ping(): 'pong' {
    return 'pong';
  },
  /** Runs one job to the end (or until stopped) on this worker's thread; with `wasm`, on the WebAssembly engine. */
  runCounter(buffer: SharedArrayBuffer, job: CounterJob, wasm?: WasmCode): CounterWorkerResult {
    return runCounterJob(new Int32Array(buffer), job, wasm);
  },
};

export type CounterApi = typeof counterApi;
