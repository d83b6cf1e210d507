// Memory layout of the Counter lab: one shared cell, its lock words, per-worker lines, a trace ring.
// Concurrency contract: control is written by the main thread; each worker line is written by its
// worker only (tokens excepted: the main thread adds, the worker takes); the cell and lock words
// are shared by all workers; trace records are claimed by an atomic sequence number.
import { LINE_INTS } from '../shared/memory.ts';
import { sharedMemory, type WasmCode, type WasmModule } from '../wasm/wasmThreads.ts';

export const MAX_WORKERS = 16;
export const TRACE_CAPACITY = 4096;
export const TRACE_RECORD_INTS = 4;

/** Int32 indexes of the shared words, each hot word on its own 64-byte line. */
export const CounterSlot = {
  control: 0,
  barrier: LINE_INTS,
  value: LINE_INTS * 2,
  lock: LINE_INTS * 3,
  traceSeq: LINE_INTS * 4,
  /** Held for the instant of one traced access, so that trace order is memory order. */
  traceLock: LINE_INTS * 4 + 1,
  workers: LINE_INTS * 5,
  trace: LINE_INTS * (5 + MAX_WORKERS),
} as const;

/** Offsets inside a worker's own line. */
export const WorkerSlot = {
  /** Iterations finished (published once per chunk at full speed, every iteration when slow). */
  progress: 0,
  /** The step the worker is on (a Phase). */
  phase: 1,
  /** 1 while the worker holds the lock or believes it does (flag). */
  holds: 2,
  /** Lock acquisitions that had to wait. */
  waits: 3,
  /** Failed compare-exchange attempts of the spinlock. */
  retries: 4,
  /** Slow-motion step permits: the main thread adds, the worker takes one per step. */
  tokens: 5,
  /** The private count of `local`, published for the live view. */
  local: 6,
  /** The value the worker last read from the shared cell, and the value it last wrote. */
  lastRead: 7,
  lastWrite: 8,
} as const;

/** What a worker is doing, as drawn in its lane. */
export const Phase = {
  idle: 0,
  check: 1,
  lockWait: 2,
  locked: 3,
  read: 4,
  add: 5,
  write: 6,
  unlock: 7,
  rmw: 8,
  publish: 9,
  done: 10,
} as const;
export type PhaseValue = (typeof Phase)[keyof typeof Phase];

export const PHASE_NAMES: Record<PhaseValue, string> = {
  0: 'idle',
  1: 'check flag',
  2: 'waiting for lock',
  3: 'lock taken',
  4: 'read',
  5: 'add',
  6: 'write',
  7: 'unlock',
  8: 'atomic add',
  9: 'publish',
  10: 'done',
};

/** Kinds of trace records: every access to the shared cell, and lock traffic, in slow motion. */
export const TraceKind = {
  read: 1,
  write: 2,
  rmw: 3,
  lock: 4,
  unlock: 5,
} as const;
export type TraceKindValue = (typeof TraceKind)[keyof typeof TraceKind];

export const COUNTER_BYTES = (CounterSlot.trace + TRACE_CAPACITY * TRACE_RECORD_INTS) * 4;

export interface CounterMemory {
  readonly buffer: SharedArrayBuffer;
  readonly ints: Int32Array;
  /** Set for the WebAssembly engine: the buffer is this memory's, and the kernels are compiled for it. */
  readonly wasm?: WasmCode;
}

export function workerBase(index: number): number {
  return CounterSlot.workers + index * LINE_INTS;
}

/** A plain SharedArrayBuffer, or with `module` (counter.wat compiled) a shared WebAssembly memory. */
export function allocateCounter(module?: WasmModule): CounterMemory {
  if (!module) return attachCounter(new SharedArrayBuffer(COUNTER_BYTES));
  const memory = sharedMemory(COUNTER_BYTES);
  return { ...attachCounter(memory.buffer), wasm: { module, memory } };
}

export function attachCounter(buffer: SharedArrayBuffer): CounterMemory {
  if (buffer.byteLength < COUNTER_BYTES) {
    throw new RangeError(`counter buffer needs ${COUNTER_BYTES} bytes, got ${buffer.byteLength}`);
  }
  return { buffer, ints: new Int32Array(buffer, 0, COUNTER_BYTES / 4) };
}

/** Puts every word back to zero between runs and trials (main thread, no worker running). */
export function resetCounter(mem: CounterMemory, initial = 0): void {
  mem.ints.fill(0);
  Atomics.store(mem.ints, CounterSlot.value, initial);
}
