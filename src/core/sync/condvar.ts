// Condition variable on Atomics.wait/notify: a sequence word that every signal bumps, plus a waiter count.
// Concurrency contract: any number of worker threads, used with the futex mutex of mutex.ts; wait,
// signal and broadcast are all called with that mutex held. Never used on the main thread.
import { mutexLock, mutexUnlock } from './mutex.ts';

/** Offsets of a condition variable's two words; give each condition variable its own cache line. */
export const CondSlot = {
  /** Bumped by every signal that finds a waiter: a sleeper compares it with the value it saw. */
  seq: 0,
  /** Threads between "decided to wait" and "re-took the mutex": lets signal skip the notify. */
  waiters: 1,
} as const;

export const COND_INTS = 2;

/**
 * Releases the mutex at `mutex`, sleeps until signalled or `timeoutMs` elapse, and re-takes the
 * mutex. Returns false when it timed out. Like every condition variable it may also return with
 * the predicate still false (another thread got there first), so callers wait in a loop.
 *
 * No wake-up is lost: the sequence is read while the mutex is still held, so a signal issued
 * after the caller checked its predicate (and necessarily after this unlock, since signallers
 * hold the mutex) has changed the word, and Atomics.wait then returns at once.
 */
export function condWait(m: Int32Array, cv: number, mutex: number, timeoutMs: number): boolean {
  const seq = Atomics.load(m, cv + CondSlot.seq);
  Atomics.add(m, cv + CondSlot.waiters, 1);
  mutexUnlock(m, mutex);
  const r = Atomics.wait(m, cv + CondSlot.seq, seq, timeoutMs);
  mutexLock(m, mutex);
  Atomics.sub(m, cv + CondSlot.waiters, 1);
  return r !== 'timed-out';
}

/**
 * Wakes one waiter, if any. The caller holds the mutex, so the waiter count it reads is exact:
 * skipping the notify when nobody waits keeps the uncontended put/get free of system calls.
 */
export function condSignal(m: Int32Array, cv: number): void {
  if (Atomics.load(m, cv + CondSlot.waiters) === 0) return;
  Atomics.add(m, cv + CondSlot.seq, 1);
  Atomics.notify(m, cv + CondSlot.seq, 1);
}

/** Wakes every waiter (closing a queue, for instance). The caller holds the mutex. */
export function condBroadcast(m: Int32Array, cv: number): void {
  if (Atomics.load(m, cv + CondSlot.waiters) === 0) return;
  Atomics.add(m, cv + CondSlot.seq, 1);
  Atomics.notify(m, cv + CondSlot.seq);
}
