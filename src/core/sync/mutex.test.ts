// Futex-style mutex, single-threaded: the word's states 0/1/2 and the paths that never sleep.
import { describe, expect, it } from 'vitest';
import { mutexLock, mutexTryLock, mutexUnlock, MutexState } from './mutex.ts';

function word(initial: number = MutexState.unlocked): Int32Array {
  const m = new Int32Array(new SharedArrayBuffer(8));
  Atomics.store(m, 1, initial);
  return m;
}

describe('mutex', () => {
  it('has the three states of the futex protocol', () => {
    expect(MutexState).toEqual({ unlocked: 0, locked: 1, contended: 2 });
  });

  it('takes a free lock on the fast path, leaving it locked (1), and reports no wait', () => {
    const m = word();
    expect(mutexLock(m, 1)).toBe(0);
    expect(Atomics.load(m, 1)).toBe(MutexState.locked);
    expect(Atomics.load(m, 0)).toBe(0);
  });

  it('unlocks 1 -> 0', () => {
    const m = word();
    mutexLock(m, 1);
    mutexUnlock(m, 1);
    expect(Atomics.load(m, 1)).toBe(MutexState.unlocked);
  });

  it('unlocks a contended lock 2 -> 0 (and would wake one sleeper)', () => {
    const m = word(MutexState.contended);
    mutexUnlock(m, 1);
    expect(Atomics.load(m, 1)).toBe(MutexState.unlocked);
  });

  it('tryLock takes a free lock and refuses a held or contended one without changing it', () => {
    const m = word();
    expect(mutexTryLock(m, 1)).toBe(true);
    expect(Atomics.load(m, 1)).toBe(MutexState.locked);
    expect(mutexTryLock(m, 1)).toBe(false);
    expect(Atomics.load(m, 1)).toBe(MutexState.locked);
    Atomics.store(m, 1, MutexState.contended);
    expect(mutexTryLock(m, 1)).toBe(false);
    expect(Atomics.load(m, 1)).toBe(MutexState.contended);
    mutexUnlock(m, 1);
    expect(mutexTryLock(m, 1)).toBe(true);
  });

  it('can be taken and released many times in a row', () => {
    const m = word();
    for (let i = 0; i < 1000; i++) {
      expect(mutexLock(m, 1)).toBe(0);
      mutexUnlock(m, 1);
    }
    expect(Atomics.load(m, 1)).toBe(MutexState.unlocked);
  });
});
