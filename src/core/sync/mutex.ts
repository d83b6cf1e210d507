// Futex-style mutex on one Int32 word (Drepper, "Futexes Are Tricky", mutex 2).
// Concurrency contract: any number of worker threads; never locked on the main thread, which
// cannot Atomics.wait. Word states: 0 unlocked, 1 locked, 2 locked and someone may be sleeping.

export const MutexState = { unlocked: 0, locked: 1, contended: 2 } as const;

/**
 * Takes the lock, sleeping in Atomics.wait while another thread holds it.
 * Returns 0 for an uncontended acquisition, 1 when the thread had to wait.
 */
export function mutexLock(m: Int32Array, i: number): number {
  // Fast path: one compare-exchange when nobody holds the lock.
  let c = Atomics.compareExchange(m, i, MutexState.unlocked, MutexState.locked);
  if (c === MutexState.unlocked) return 0;
  // Slow path: mark the lock contended *before* sleeping, so the holder knows it must notify.
  // exchange (not compareExchange) because we take the lock with state 2 if it was just freed:
  // we cannot know whether other sleepers remain, so we stay conservative.
  if (c !== MutexState.contended) c = Atomics.exchange(m, i, MutexState.contended);
  while (c !== MutexState.unlocked) {
    // Sleeps only while the word is still 2; a release in between makes wait return at once.
    Atomics.wait(m, i, MutexState.contended);
    c = Atomics.exchange(m, i, MutexState.contended);
  }
  return 1;
}

/** Takes the lock if it is free. Never sleeps. */
export function mutexTryLock(m: Int32Array, i: number): boolean {
  return Atomics.compareExchange(m, i, MutexState.unlocked, MutexState.locked) === MutexState.unlocked;
}

/** Releases the lock; wakes one sleeper only when the word says someone may be waiting. */
export function mutexUnlock(m: Int32Array, i: number): void {
  // 1 -> 0 needs no system call; 2 -> 1 means waiters may exist: clear and wake one.
  if (Atomics.sub(m, i, 1) !== MutexState.locked) {
    Atomics.store(m, i, MutexState.unlocked);
    Atomics.notify(m, i, 1);
  }
}
