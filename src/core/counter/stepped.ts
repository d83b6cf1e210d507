// Slow-motion Counter kernel: the same algorithms as kernels.ts, one visible step per permit.
// Concurrency contract: the main thread grants permits (tokens) per worker; each worker takes one
// before every step, publishes its phase and traces every access to the shared cell. Locks are
// the same real locks; the spinlock tries once per permit so that its spinning is drawn.
import { Control } from '../shared/memory.ts';
import { mutexLock, mutexUnlock } from '../sync/mutex.ts';
import { busyWork, spinTryLock, spinUnlock } from '../sync/spinlock.ts';
import { CounterSlot, Phase, TraceKind, WorkerSlot, workerBase, type PhaseValue } from './counterLayout.ts';
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

  read(value: number): void {
    Atomics.store(this.m, this.base + WorkerSlot.lastRead, value);
    writeTrace(this.m, this.index, TraceKind.read, value);
  }

  wrote(value: number, kind: typeof TraceKind.write | typeof TraceKind.rmw = TraceKind.write): void {
    Atomics.store(this.m, this.base + WorkerSlot.lastWrite, value);
    writeTrace(this.m, this.index, kind, value);
  }

  holds(held: boolean): void {
    Atomics.store(this.m, this.base + WorkerSlot.holds, held ? 1 : 0);
    writeTrace(this.m, this.index, held ? TraceKind.lock : TraceKind.unlock, 0);
  }
}

/**
 * One iteration; true when its write reached the cell. A write that landed counts even if
 * Stop then refuses the unlock step: the engine's expected total is the sum of dir x iterations
 * reported, so an uncounted write would show an exact mode losing (or gaining) an update.
 */
type Iteration = (m: Int32Array, st: Stepper, d: number, w: number, s: KernelStats) => boolean;

/** Read, add, write: the body every lock-based or lock-free mode protects differently. */
function readAddWrite(m: Int32Array, st: Stepper, d: number, w: number): boolean {
  if (!st.step(Phase.read)) return false;
  const v = Atomics.load(m, C);
  st.read(v);
  if (!st.step(Phase.add)) return false;
  if (w > 0) busyWork(w);
  if (!st.step(Phase.write)) return false;
  Atomics.store(m, C, v + d);
  st.wrote(v + d);
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
  mutexUnlock(m, L);
  st.holds(false);
  return ok;
}

const ITERATIONS: Record<SyncMode, Iteration> = {
  none: (m, st, d, w) => readAddWrite(m, st, d, w),

  flag: (m, st, d, w) => {
    // As in kernels.ts: check and set are separate steps.
    for (;;) {
      if (!st.step(Phase.check)) return false;
      if (Atomics.load(m, L) === 0) break;
    }
    if (!st.step(Phase.locked)) return false;
    Atomics.store(m, L, 1);
    st.holds(true);
    const ok = readAddWrite(m, st, d, w);
    st.step(Phase.unlock);
    Atomics.store(m, L, 0);
    st.holds(false);
    // A landed write counts even when Stop refuses the unlock step (see Iteration).
    return ok;
  },

  split: (m, st, d, w, s) => {
    if (!lockMutex(m, st, s)) return false;
    const readOk = st.step(Phase.read);
    const v = Atomics.load(m, C);
    if (readOk) st.read(v);
    if (!unlockMutex(m, st) || !readOk) return false;
    if (!st.step(Phase.add)) return false;
    if (w > 0) busyWork(w);
    if (!lockMutex(m, st, s)) return false;
    const writeOk = st.step(Phase.write);
    if (writeOk) {
      Atomics.store(m, C, v + d);
      st.wrote(v + d);
    }
    unlockMutex(m, st);
    return writeOk;
  },

  mutex: (m, st, d, w, s) => {
    if (!lockMutex(m, st, s)) return false;
    const ok = readAddWrite(m, st, d, w);
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
    const ok = readAddWrite(m, st, d, w);
    st.step(Phase.unlock);
    spinUnlock(m, L);
    st.holds(false);
    return ok;
  },

  atomic: (m, st, d, w) => {
    if (!st.step(Phase.rmw)) return false;
    st.wrote(Atomics.add(m, C, d) + d, TraceKind.rmw);
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
    st.wrote(Atomics.add(m, C, s.local) + s.local, TraceKind.rmw);
    s.local = 0;
  }
  return done;
}
