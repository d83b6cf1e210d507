// Condition variable, single-threaded: the words it keeps, the paths that must not sleep, timeouts.
import { describe, expect, it } from 'vitest';
import { condBroadcast, condSignal, condWait, CondSlot } from './condvar.ts';
import { mutexLock, MutexState } from './mutex.ts';

const MUTEX = 0;
const CV = 16;

function words(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(32 * 4));
}

describe('condition variable', () => {
  it('signal and broadcast with nobody waiting change nothing (no notify, no sequence bump)', () => {
    const m = words();
    condSignal(m, CV);
    condBroadcast(m, CV);
    expect(Atomics.load(m, CV + CondSlot.seq)).toBe(0);
  });

  it('signal with a waiter counted bumps the sequence, so a waiter about to sleep returns at once', () => {
    const m = words();
    Atomics.store(m, CV + CondSlot.waiters, 1);
    condSignal(m, CV);
    expect(Atomics.load(m, CV + CondSlot.seq)).toBe(1);
    condBroadcast(m, CV);
    expect(Atomics.load(m, CV + CondSlot.seq)).toBe(2);
  });

  it('a wait times out, re-takes the mutex and withdraws its count', () => {
    const m = words();
    mutexLock(m, MUTEX);
    const t0 = performance.now();
    expect(condWait(m, CV, MUTEX, 5)).toBe(false);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(4);
    expect(Atomics.load(m, MUTEX)).not.toBe(MutexState.unlocked);
    expect(Atomics.load(m, CV + CondSlot.waiters)).toBe(0);
  });

  it('releases the mutex while waiting', () => {
    // One thread cannot watch itself sleep, but it can see the unlock: a wait of 0 ms releases and
    // re-takes the mutex, leaving it in the plain locked state (1) rather than contended.
    const m = words();
    mutexLock(m, MUTEX);
    Atomics.store(m, MUTEX, MutexState.contended);
    condWait(m, CV, MUTEX, 0);
    expect(Atomics.load(m, MUTEX)).toBe(MutexState.locked);
  });
});
