// The Scaling worker's API, exposed over Comlink: the control plane only (run one point, get its
// count). The start line, the stop word and the counters live in the SharedArrayBuffer.
import { runCounterPoint, runSharingPoint, type CounterPointJob, type SharingPointJob, type TimedResult } from '../core/scaling/timedRuns.ts';
import type { WasmCode } from '../core/wasm/wasmThreads.ts';

export const scalingApi = {
  /** Answers at once: proves the worker loaded and is not stuck in a job. */
  ping(): 'pong' {
    return 'pong';
  },
  /** One worker's share of a counter-mode point, on a Counter layout; with `wasm`, on the WebAssembly engine. */
  runCounterPoint(buffer: SharedArrayBuffer, job: CounterPointJob, wasm?: WasmCode): TimedResult {
    return runCounterPoint(new Int32Array(buffer), job, wasm);
  },
  /** One worker's share of a false-sharing point, on a Sharing layout. */
  runSharingPoint(buffer: SharedArrayBuffer, job: SharingPointJob): TimedResult {
    return runSharingPoint(new Int32Array(buffer), job);
  },
};

export type ScalingApi = typeof scalingApi;
