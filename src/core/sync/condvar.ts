// Condition variable on Atomics.wait/notify: a sequence word that every signal bumps, plus a waiter count.
// Concurrency contract: any number of worker threads, used with the futex mutex of mutex.ts; wait is
// called with the mutex held, and the predicate a signal announces is changed with it held (the
// signal itself may come before or after the unlock). Never used on the main thread.
import { mutexLock, mutexUnlock } from './mutex.ts';

/** Offsets of a condition variable's two words; give each condition variable its own cache line. */
export const CondSlot = {
  /** Bumped by every signal that finds a waiter: a sleeper compares it with the value it saw. */
  seq: 0,
  /** Threads between "decided to wait" and "re-took the mutex": lets signal skip the notify. */
  waiters: 1,
} as const;

/**
 * Releases the mutex at `mutex`, sleeps until signalled or `timeoutMs` elapse, and re-takes the
 * mutex. Returns false when it timed out. Like every condition variable it may also return with
 * the predicate still false (another thread got there first), so callers wait in a loop.
 *
 * No wake-up is lost: the sequence is read while the mutex is still held, so a change of the
 * predicate (made under the mutex, hence after this unlock) is followed by a signal that changes
 * the word, and Atomics.wait either returns at once or is woken by that signal's notify.
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
 * Wakes one waiter, if any. Skipping the notify when nobody waits keeps the uncontended put/get
 * free of calls into the futex table, and is safe: a thread that waits for this change counted
 * itself with the mutex held before the change was made (else it would have seen the change and
 * not waited), so the count read here includes it. A stale non-zero count only costs a spare notify.
 */
export function condSignal(m: Int32Array, cv: number): void {
  if (Atomics.load(m, cv + CondSlot.waiters) === 0) return;
  Atomics.add(m, cv + CondSlot.seq, 1);
  Atomics.notify(m, cv + CondSlot.seq, 1);
}

/** Wakes every waiter (closing a queue, for instance). Same contract as condSignal. */
export function condBroadcast(m: Int32Array, cv: number): void {
  if (Atomics.load(m, cv + CondSlot.waiters) === 0) return;
  Atomics.add(m, cv + CondSlot.seq, 1);
  Atomics.notify(m, cv + CondSlot.seq);
}
