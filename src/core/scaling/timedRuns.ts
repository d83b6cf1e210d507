// One worker's share of one sweep point: run a counter mode, or bump a private counter, for a fixed
// time from a common start line, and report how many operations it finished.
// Concurrency contract: any number of workers per point, all on the same buffer; each call ends at
// its deadline or when the main thread writes Control.stop (checked after every chunk).
import { CounterSlot } from '../counter/counterLayout.ts';
import { KERNELS, type KernelStats } from '../counter/kernels.ts';
import type { SyncMode } from '../counter/syncModes.ts';
import { arriveAndWait, Control, now } from '../shared/memory.ts';
import { wasmKernels } from '../counter/wasmKernels.ts';
import type { WasmCode } from '../wasm/wasmThreads.ts';
import { counterIndex, SharingSlot, type SharingLayout } from './sharingLayout.ts';

/**
 * Operations between two looks at the clock and the control word. Reading the clock costs about as
 * much as an uncontended lock round trip, so the cheap modes take long chunks; the locking modes
 * take short ones because, with more workers than cores, one locked operation can wait a whole
 * scheduler time slice for a preempted holder, and the point must still end near its deadline.
 */
export function timedChunk(sync: SyncMode | 'sharing'): number {
  if (sync === 'local') return 4096;
  if (sync === 'atomic' || sync === 'none' || sync === 'sharing') return 1024;
  return 64;
}

export interface TimedJob {
  readonly index: number;
  /** Workers of this point: the start line waits for all of them. */
  readonly workers: number;
  /** How long to run, from the moment the start line opens. */
  readonly ms: number;
}

export interface CounterPointJob extends TimedJob {
  readonly sync: SyncMode;
}

export interface SharingPointJob extends TimedJob {
  readonly layout: SharingLayout;
}

export interface TimedResult {
  readonly index: number;
  readonly ops: number;
  /** From the start line opening to this worker's last operation. */
  readonly elapsedMs: number;
  readonly stopped: boolean;
}

/** Runs chunks of `step` until the deadline or a stop; `step` returns the operations it finished of `chunk`. */
function runFor(m: Int32Array, control: number, ms: number, chunk: number, step: () => number): { ops: number; elapsedMs: number; stopped: boolean } {
  const t0 = now();
  const end = t0 + ms;
  let ops = 0;
  let stopped = false;
  for (;;) {
    if (Atomics.load(m, control) === Control.stop) {
      stopped = true;
      break;
    }
    const n = step();
    ops += n;
    if (n < chunk) {
      // A kernel finishes a chunk early only when it saw the stop word while waiting.
      stopped = true;
      break;
    }
    if (now() >= end) break;
  }
  return { ops, elapsedMs: now() - t0, stopped };
}

/** A counter mode at full speed on the shared cell: every worker adds +1, no race window; with `wasm`, counter.wat's kernel. */
export function runCounterPoint(m: Int32Array, job: CounterPointJob, wasm?: WasmCode): TimedResult {
  const kernels = wasm ? wasmKernels(wasm) : KERNELS;
  if (!arriveAndWait(m, CounterSlot.barrier, job.workers, CounterSlot.control)) {
    return { index: job.index, ops: 0, elapsedMs: 0, stopped: true };
  }
  const kernel = kernels[job.sync];
  const s: KernelStats = { waits: 0, retries: 0, local: 0 };
  const chunk = timedChunk(job.sync);
  const r = runFor(m, CounterSlot.control, job.ms, chunk, () => kernel(m, chunk, 1, 0, s));
  if (job.sync === 'local') Atomics.add(m, CounterSlot.value, s.local);
  return { index: job.index, ...r };
}

/**
 * Each worker adds to its own counter, never to another's. With the counters packed, the cache
 * line holding them moves from core to core on every add (false sharing); padded, each core keeps
 * its line to itself. Atomics.add is what a C program's `counts[i]++` on an atomic array does.
 */
export function runSharingPoint(m: Int32Array, job: SharingPointJob): TimedResult {
  if (!arriveAndWait(m, SharingSlot.barrier, job.workers, SharingSlot.control)) {
    return { index: job.index, ops: 0, elapsedMs: 0, stopped: true };
  }
  const cell = counterIndex(job.layout, job.index);
  const chunk = timedChunk('sharing');
  const r = runFor(m, SharingSlot.control, job.ms, chunk, () => {
    for (let k = 0; k < chunk; k++) Atomics.add(m, cell, 1);
    return chunk;
  });
  return { index: job.index, ...r };
}
