// Reads what the Counter workers publish in shared memory, once per animation frame.
import { CounterSlot, WorkerSlot, workerBase, type PhaseValue } from '../core/counter/counterLayout.ts';

export interface WorkerSample {
  /** Iterations published before the counter was read. */
  progress: number;
  /** Iterations published after it: the work done while the counter was read lies between the two. */
  progressAfter: number;
  phase: PhaseValue;
  holds: boolean;
  waits: number;
  retries: number;
  local: number;
  lastRead: number;
  lastWrite: number;
}

export interface CounterSample {
  /** performance.now() when read. */
  at: number;
  value: number;
  traceEnd: number;
  workers: WorkerSample[];
}

export function emptySample(workers: number): CounterSample {
  return {
    at: 0,
    value: 0,
    traceEnd: 0,
    workers: Array.from({ length: workers }, () => ({
      progress: 0,
      progressAfter: 0,
      phase: 0,
      holds: false,
      waits: 0,
      retries: 0,
      local: 0,
      lastRead: 0,
      lastWrite: 0,
    })),
  };
}

/** A few tries at a sample in which no worker published progress while the counter was read. */
const STEADY_TRIES = 4;

/**
 * Fills `into` in place: no allocation per frame. The workers go on while the sample is read, so
 * their progress is read on both sides of the counter; the reads are retried a few times for a
 * sample in which it did not move, and otherwise the two readings bound the work behind the value.
 * A worker's phase is read first: one seen done had published all its work before.
 */
export function readCounterSample(m: Int32Array, into: CounterSample, at: number): CounterSample {
  into.at = at;
  into.traceEnd = Atomics.load(m, CounterSlot.traceSeq);
  for (let attempt = 0; attempt < STEADY_TRIES; attempt++) {
    for (const [i, w] of into.workers.entries()) {
      w.phase = Atomics.load(m, workerBase(i) + WorkerSlot.phase) as PhaseValue;
      w.progress = Atomics.load(m, workerBase(i) + WorkerSlot.progress);
    }
    into.value = Atomics.load(m, CounterSlot.value);
    let steady = true;
    for (const [i, w] of into.workers.entries()) {
      w.progressAfter = Atomics.load(m, workerBase(i) + WorkerSlot.progress);
      if (w.progressAfter !== w.progress) steady = false;
    }
    if (steady) break;
  }
  into.workers.forEach((w, i) => {
    const b = workerBase(i);
    w.holds = Atomics.load(m, b + WorkerSlot.holds) === 1;
    w.waits = Atomics.load(m, b + WorkerSlot.waits);
    w.retries = Atomics.load(m, b + WorkerSlot.retries);
    w.local = Atomics.load(m, b + WorkerSlot.local);
    w.lastRead = Atomics.load(m, b + WorkerSlot.lastRead);
    w.lastWrite = Atomics.load(m, b + WorkerSlot.lastWrite);
  });
  return into;
}

/** Total progress: the watchdog's measure of "something is happening". */
export function progressSum(m: Int32Array, workers: number): number {
  let sum = Atomics.load(m, CounterSlot.traceSeq);
  for (let i = 0; i < workers; i++) sum += Atomics.load(m, workerBase(i) + WorkerSlot.progress);
  return sum;
}
