// Spinlock, single-threaded: take, try, release, and giving up when the run is stopped.
import { describe, expect, it } from 'vitest';
import { busyWork, spinLock, spinTryLock, spinUnlock } from './spinlock.ts';

const LOCK = 0;
const CONTROL = 1;
const STOP = 2;

function words(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(8));
}

describe('spinlock', () => {
  it('takes a free lock at the first attempt (0 -> 1) and releases it (1 -> 0)', () => {
    const m = words();
    expect(spinLock(m, LOCK, CONTROL, STOP)).toBe(0);
    expect(Atomics.load(m, LOCK)).toBe(1);
    spinUnlock(m, LOCK);
    expect(Atomics.load(m, LOCK)).toBe(0);
  });

  it('tryLock takes a free lock and refuses a held one', () => {
    const m = words();
    expect(spinTryLock(m, LOCK)).toBe(true);
    expect(spinTryLock(m, LOCK)).toBe(false);
    expect(Atomics.load(m, LOCK)).toBe(1);
    spinUnlock(m, LOCK);
    expect(spinTryLock(m, LOCK)).toBe(true);
  });

  it('gives up on a held lock once the control word says stop, after counting its retries', () => {
    const m = words();
    Atomics.store(m, LOCK, 1);
    Atomics.store(m, CONTROL, STOP);
    expect(spinLock(m, LOCK, CONTROL, STOP)).toBe(-1);
    // Still held by its owner: giving up must not touch the lock word.
    expect(Atomics.load(m, LOCK)).toBe(1);
  });

  it('busy work runs for any count, zero included', () => {
    expect(() => {
      busyWork(0);
      busyWork(10_000);
    }).not.toThrow();
  });
});
