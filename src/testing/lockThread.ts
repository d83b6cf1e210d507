// Node worker_threads entry for the mutual-exclusion proof: lock, count who is inside, unlock, repeat.
import { parentPort } from 'node:worker_threads';
import { arriveAndWait, Control } from '../core/shared/memory.ts';
import { mutexLock, mutexTryLock, mutexUnlock } from '../core/sync/mutex.ts';
import { busyWork, spinLock, spinUnlock } from '../core/sync/spinlock.ts';
import { LockSlot, type LockReply, type LockRequest } from './lockLayout.ts';

const L = LockSlot.lock;
const CTRL = LockSlot.control;

/** Takes the lock of this kind; returns the contention it met, or -1 when stopped. */
function acquire(m: Int32Array, req: LockRequest): number {
  switch (req.kind) {
    case 'mutex':
      return mutexLock(m, L);
    case 'mutexTry':
      return mutexTryLock(m, L) ? 0 : mutexLock(m, L);
    case 'spin':
      return spinLock(m, L, CTRL, Control.stop);
    case 'flag': {
      // The same home-made flag as the `flag` kernel: plain check, a gap, plain set.
      let spins = 0;
      while (m[L] !== 0) {
        if ((++spins & 1023) === 0 && Atomics.load(m, CTRL) === Control.stop) return -1;
      }
      if (req.window > 0) busyWork(req.window);
      m[L] = 1;
      return spins;
    }
  }
}

function release(m: Int32Array, req: LockRequest): void {
  if (req.kind === 'spin') spinUnlock(m, L);
  else if (req.kind === 'flag') m[L] = 0;
  else mutexUnlock(m, L);
}

function run(m: Int32Array, req: LockRequest): LockReply {
  let violations = 0;
  let maxInside = 1;
  let contention = 0;
  if (!arriveAndWait(m, LockSlot.barrier, req.workers, CTRL)) return { done: 0, violations, maxInside, contention };
  let done = 0;
  let reached = false;
  for (; ; done++) {
    if (done >= req.minIters) {
      if (!reached) Atomics.add(m, LockSlot.reached, 1);
      reached = true;
      if (Atomics.load(m, LockSlot.reached) >= req.workers) break;
    }
    const c = acquire(m, req);
    if (c < 0) break;
    contention += c;
    // Atomic, so that the count of threads inside is itself beyond doubt.
    const before = Atomics.add(m, LockSlot.inSection, 1);
    if (before !== 0) {
      violations++;
      maxInside = Math.max(maxInside, before + 1);
    }
    // Deliberately plain: only the lock under test keeps this read-modify-write whole.
    const v = m[LockSlot.count]!;
    if (req.work > 0) busyWork(req.work);
    m[LockSlot.count] = v + 1;
    Atomics.sub(m, LockSlot.inSection, 1);
    release(m, req);
    if (req.outside > 0) busyWork(req.outside);
  }
  return { done, violations, maxInside, contention };
}

const port = parentPort;
if (!port) throw new Error('lockThread must run in a worker thread');
port.on('message', (req: LockRequest) => {
  port.postMessage(run(new Int32Array(req.buffer), req));
});
