// Slow-motion Counter kernel: the same algorithms as kernels.ts, one visible step per permit.
// Concurrency contract: the main thread grants permits (tokens) per worker; each worker takes one
// before every step, publishes its phase and traces every access to the shared cell. Locks are
// the same real locks; the spinlock tries once per permit so that its spinning is drawn.
import { Control } from '../shared/memory.ts';
import { mutexLock, mutexUnlock } from '../sync/mutex.ts';
import { busyWork, spinTryLock, spinUnlock } from '../sync/spinlock.ts';
import {
  CounterSlot,
  Phase,
  TraceKind,
  WorkerSlot,
  workerBase,
  type PhaseValue,
  type TraceKindValue,
} from './counterLayout.ts';
import type { KernelStats } from './kernels.ts';
import type { SyncMode } from './syncModes.ts';
import { writeTrace } from './trace.ts';

const C = CounterSlot.value;
const L = CounterSlot.lock;
const CTRL = CounterSlot.control;

/** One worker's view of the slow-motion protocol. */
class Stepper {
  private readonly m: Int32Array;
  private readonly base: number;
  private readonly index: number;

  constructor(m: Int32Array, index: number) {
    this.m = m;
    this.index = index;
    this.base = workerBase(index);
  }

  /** Waits for a permit, then shows the phase. False when the run is stopped. */
  step(phase: PhaseValue): boolean {
    const m = this.m;
    const tokens = this.base + WorkerSlot.tokens;
    for (;;) {
      const control = Atomics.load(m, CTRL);
      if (control === Control.stop) return false;
      const available = Atomics.load(m, tokens);
      if (control === Control.run && available > 0) {
        Atomics.sub(m, tokens, 1);
        Atomics.store(m, this.base + WorkerSlot.phase, phase);
        return true;
      }
      // Wakes on a new permit, on pause/stop (notified on the control word by timeout), or after 50 ms.
      Atomics.wait(m, tokens, available, 50);
    }
  }

  /** Shows a phase without taking a permit (the outcome of a step already taken). */
  show(phase: PhaseValue): void {
    Atomics.store(this.m, this.base + WorkerSlot.phase, phase);
  }

  /** Reads the cell; the read and its trace record form one unit (see `traced`). */
  load(): number {
    const v = this.traced(TraceKind.read, () => Atomics.load(this.m, C));
    Atomics.store(this.m, this.base + WorkerSlot.lastRead, v);
    return v;
  }

  /** Writes the cell, traced. */
  store(value: number): void {
    this.traced(TraceKind.write, () => {
      Atomics.store(this.m, C, value);
      return value;
    });
    Atomics.store(this.m, this.base + WorkerSlot.lastWrite, value);
  }

  /** Atomically adds to the cell, traced; returns the new value. */
  add(d: number): number {
    const v = this.traced(TraceKind.rmw, () => Atomics.add(this.m, C, d) + d);
    Atomics.store(this.m, this.base + WorkerSlot.lastWrite, v);
    return v;
  }

  /** Call after taking the lock and before releasing it, so lock records never overlap. */
  holds(held: boolean): void {
    Atomics.store(this.m, this.base + WorkerSlot.holds, held ? 1 : 0);
    writeTrace(this.m, this.index, held ? TraceKind.lock : TraceKind.unlock, 0);
  }

  /**
   * Performs one access to the cell and stamps it under a tiny lock. Without it, two workers
   * stepping in the same tick could access the cell in one order and claim sequence numbers in
   * the other, and the log would blame the wrong write. It orders only these instants: which
   * steps interleave is still up to the threads.
   */
  private traced(kind: TraceKindValue, access: () => number): number {
    const m = this.m;
    while (Atomics.compareExchange(m, CounterSlot.traceLock, 0, 1) !== 0) {
      // Held for a few hundred nanoseconds at most: spin.
    }
    const value = access();
    writeTrace(m, this.index, kind, value);
    Atomics.store(m, CounterSlot.traceLock, 0);
    return value;
  }
}

/**
 * One iteration; true when its write reached the cell. A write that landed counts even if
 * Stop then refuses the unlock step: the engine's expected total is the sum of dir x iterations
 * reported, so an uncounted write would show an exact mode losing (or gaining) an update.
 */
type Iteration = (m: Int32Array, st: Stepper, d: number, w: number, s: KernelStats) => boolean;

/** Read, add, write: the body every lock-based or lock-free mode protects differently. */
function readAddWrite(st: Stepper, d: number, w: number): boolean {
  if (!st.step(Phase.read)) return false;
  const v = st.load();
  if (!st.step(Phase.add)) return false;
  if (w > 0) busyWork(w);
  if (!st.step(Phase.write)) return false;
  st.store(v + d);
  return true;
}

function lockMutex(m: Int32Array, st: Stepper, s: KernelStats): boolean {
  if (!st.step(Phase.lockWait)) return false;
  s.waits += mutexLock(m, L);
  st.holds(true);
  st.show(Phase.locked);
  return true;
}

function unlockMutex(m: Int32Array, st: Stepper): boolean {
  const ok = st.step(Phase.unlock);
  // Released even when stopped, so that no other worker sleeps forever on this lock.
  st.holds(false);
  mutexUnlock(m, L);
  return ok;
}

const ITERATIONS: Record<SyncMode, Iteration> = {
  none: (_m, st, d, w) => readAddWrite(st, d, w),

  flag: (m, st, d, w) => {
    // As in kernels.ts: check and set are separate steps.
    for (;;) {
      if (!st.step(Phase.check)) return false;
      if (Atomics.load(m, L) === 0) break;
    }
    if (!st.step(Phase.locked)) return false;
    Atomics.store(m, L, 1);
    st.holds(true);
    const ok = readAddWrite(st, d, w);
    st.step(Phase.unlock);
    st.holds(false);
    Atomics.store(m, L, 0);
    // A landed write counts even when Stop refuses the unlock step (see Iteration).
    return ok;
  },

  split: (m, st, d, w, s) => {
    if (!lockMutex(m, st, s)) return false;
    const readOk = st.step(Phase.read);
    const v = readOk ? st.load() : 0;
    if (!unlockMutex(m, st) || !readOk) return false;
    if (!st.step(Phase.add)) return false;
    if (w > 0) busyWork(w);
    if (!lockMutex(m, st, s)) return false;
    const writeOk = st.step(Phase.write);
    if (writeOk) st.store(v + d);
    unlockMutex(m, st);
    return writeOk;
  },

  mutex: (m, st, d, w, s) => {
    if (!lockMutex(m, st, s)) return false;
    const ok = readAddWrite(st, d, w);
    unlockMutex(m, st);
    return ok;
  },

  spin: (m, st, d, w, s) => {
    for (;;) {
      if (!st.step(Phase.lockWait)) return false;
      if (spinTryLock(m, L)) break;
      s.retries++;
    }
    st.holds(true);
    const ok = readAddWrite(st, d, w);
    st.step(Phase.unlock);
    st.holds(false);
    spinUnlock(m, L);
    return ok;
  },

  atomic: (_m, st, d, w) => {
    if (!st.step(Phase.rmw)) return false;
    st.add(d);
    if (w > 0) busyWork(w);
    return true;
  },

  local: (_m, st, d, w, s) => {
    if (!st.step(Phase.add)) return false;
    s.local += d;
    if (w > 0) busyWork(w);
    return true;
  },
};

/** Runs the job one permitted step at a time; returns the iterations completed. */
export function runStepped(
  m: Int32Array,
  index: number,
  sync: SyncMode,
  iters: number,
  d: number,
  w: number,
  s: KernelStats,
): number {
  const st = new Stepper(m, index);
  const base = workerBase(index);
  const iteration = ITERATIONS[sync];
  let done = 0;
  while (done < iters && iteration(m, st, d, w, s)) {
    done++;
    Atomics.store(m, base + WorkerSlot.progress, done);
    Atomics.store(m, base + WorkerSlot.local, s.local);
    Atomics.store(m, base + WorkerSlot.waits, s.waits);
    Atomics.store(m, base + WorkerSlot.retries, s.retries);
  }
  if (sync === 'local') {
    // Published even when stopped, so the cell always matches the iterations reported.
    st.step(Phase.publish);
    st.add(s.local);
    s.local = 0;
  }
  return done;
}
