// Node worker_threads entry for real-thread tests and benchmarks: runs Counter jobs on request.
import { parentPort } from 'node:worker_threads';
import { runCounterJob } from '../core/counter/runCounter.ts';
import type { CounterJob, CounterWorkerResult } from '../core/counter/counterJob.ts';
import type { WasmCode } from '../core/wasm/wasmThreads.ts';

export interface CounterRequest {
  readonly buffer: SharedArrayBuffer;
  readonly job: CounterJob;
  /** The WebAssembly engine's module and memory (whose buffer `buffer` is); absent for JavaScript. */
  readonly wasm?: WasmCode;
}
export type CounterReply = CounterWorkerResult;

const port = parentPort;
if (!port) throw new Error('counterThread must run in a worker thread');
port.on('message', ({ buffer, job, wasm }: CounterRequest) => {
  port.postMessage(runCounterJob(new Int32Array(buffer), job, wasm));
});
