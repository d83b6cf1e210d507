// Reads what the Counter workers publish in shared memory, once per animation frame.
import { CounterSlot, WorkerSlot, workerBase, type PhaseValue } from '../core/counter/counterLayout.ts';

export interface WorkerSample {
  progress: number;
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

/** Fills `into` in place: no allocation per frame. */
export function readCounterSample(m: Int32Array, into: CounterSample, at: number): CounterSample {
  into.at = at;
  into.value = Atomics.load(m, CounterSlot.value);
  into.traceEnd = Atomics.load(m, CounterSlot.traceSeq);
  into.workers.forEach((w, i) => {
    const b = workerBase(i);
    w.progress = Atomics.load(m, b + WorkerSlot.progress);
    w.phase = Atomics.load(m, b + WorkerSlot.phase) as PhaseValue;
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
