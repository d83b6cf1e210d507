// Full-speed Counter kernels, one per synchronisation mode, run in chunks between control checks.
// Concurrency contract: any number of workers on one CounterMemory.
//
// Every access goes through Atomics, even in the modes that exist to race (`none`, `flag`,
// `split`): with plain typed-array accesses the JIT may keep the cell in a register across
// iterations (it does, once the race window is inlined), and the "race" would then be the
// compiler's doing rather than the interleaving we want to show. Atomics.load and Atomics.store
// are each indivisible, like a volatile access in C; what the racing modes lack is that the
// read, the add and the write together are not.
import { busyWork, spinLock, spinUnlock } from '../sync/spinlock.ts';
import { mutexLock, mutexUnlock } from '../sync/mutex.ts';
import { Control } from '../shared/memory.ts';
import { CounterSlot } from './counterLayout.ts';
import type { SyncMode } from './syncModes.ts';

export interface KernelStats {
  waits: number;
  retries: number;
  /** The private count of `local`. */
  local: number;
}

/** Runs up to n iterations; returns how many completed (fewer only when stopped). */
export type Kernel = (m: Int32Array, n: number, d: number, w: number, s: KernelStats) => number;

const C = CounterSlot.value;
const L = CounterSlot.lock;
const CTRL = CounterSlot.control;

const none: Kernel = (m, n, d, w) => {
  for (let k = 0; k < n; k++) {
    // Read, then write: another worker may write in between, and this write erases it.
    const v = Atomics.load(m, C);
    if (w > 0) busyWork(w);
    Atomics.store(m, C, v + d);
  }
  return n;
};

const flag: Kernel = (m, n, d, w) => {
  let spins = 0;
  for (let k = 0; k < n; k++) {
    // Checking the flag and setting it are two separate steps, so two workers can both see it
    // clear and both walk in. (Compare-exchange, in `spin`, makes them one step.)
    while (Atomics.load(m, L) !== 0) {
      if ((++spins & 1023) === 0 && Atomics.load(m, CTRL) === Control.stop) return k;
    }
    if (w > 0) busyWork(w);
    Atomics.store(m, L, 1);
    const v = Atomics.load(m, C);
    if (w > 0) busyWork(w);
    Atomics.store(m, C, v + d);
    Atomics.store(m, L, 0);
  }
  return n;
};

const split: Kernel = (m, n, d, w, s) => {
  for (let k = 0; k < n; k++) {
    // Each access is protected, like CPython's Value.value getter and setter, but the lock is
    // released between them: another worker's whole update can land in the gap.
    s.waits += mutexLock(m, L);
    const v = Atomics.load(m, C);
    mutexUnlock(m, L);
    if (w > 0) busyWork(w);
    s.waits += mutexLock(m, L);
    Atomics.store(m, C, v + d);
    mutexUnlock(m, L);
  }
  return n;
};

const mutex: Kernel = (m, n, d, w, s) => {
  for (let k = 0; k < n; k++) {
    s.waits += mutexLock(m, L);
    const v = Atomics.load(m, C);
    if (w > 0) busyWork(w);
    Atomics.store(m, C, v + d);
    mutexUnlock(m, L);
  }
  return n;
};

const spin: Kernel = (m, n, d, w, s) => {
  for (let k = 0; k < n; k++) {
    const r = spinLock(m, L, CTRL, Control.stop);
    if (r < 0) return k;
    s.retries += r;
    const v = Atomics.load(m, C);
    if (w > 0) busyWork(w);
    Atomics.store(m, C, v + d);
    spinUnlock(m, L);
  }
  return n;
};

const atomic: Kernel = (m, n, d, w) => {
  for (let k = 0; k < n; k++) {
    Atomics.add(m, C, d);
    // The same extra work as the other modes, but outside any shared access.
    if (w > 0) busyWork(w);
  }
  return n;
};

const local: Kernel = (_m, n, d, w, s) => {
  let sum = s.local;
  for (let k = 0; k < n; k++) {
    sum += d;
    if (w > 0) busyWork(w);
  }
  s.local = sum;
  return n;
};

export const KERNELS: Record<SyncMode, Kernel> = { none, flag, split, mutex, spin, atomic, local };

/** Iterations between control checks: short enough that Stop lands within milliseconds. */
export function chunkSize(window: number): number {
  return Math.max(1, Math.min(1024, Math.floor(65_536 / (window + 16))));
}
