// Event count: lets a lock-free queue's producers or consumers sleep on "not full"/"not empty".
// Concurrency contract: any number of sleepers and wakers on one Int32 word, alone on its cache
// line. Sleeps are always timed, so the caller re-checks Stop between them.
//
// The word is (epoch << 1) | sleepers-flag. A sleeper sets the flag before its last look at the
// queue; a waker that finds the flag set clears it, moves the epoch on, and notifies. Wakers that
// come after it see the flag clear and make no call: one notify per sleep, not one per item while
// the sleeper is still waking up.

/**
 * Announces a sleeper and returns the value to sleep on. The caller must try the queue again after
 * this and before `sleep`.
 *
 * Why no wake-up is lost: the sleeper sets the flag and then reads the queue; the waker writes the
 * queue and then reads the flag. All four are sequentially consistent Atomics, so at least one side
 * sees the other's write (store buffering cannot give 0/0 here): either the sleeper's last try finds
 * the item or the room, or the waker sees the flag and changes the word, which makes Atomics.wait
 * return at once if it comes later and wakes it if it came earlier.
 */
export function prepareSleep(m: Int32Array, ev: number): number {
  return Atomics.or(m, ev, 1) | 1;
}

/** Sleeps until woken or `timeoutMs`. A flag left set by a timeout costs one spare notify later. */
export function sleep(m: Int32Array, ev: number, seen: number, timeoutMs: number): void {
  Atomics.wait(m, ev, seen, timeoutMs);
}

/** True when someone announced a sleep that no waker has answered yet. */
export function hasSleepers(m: Int32Array, ev: number): boolean {
  return (Atomics.load(m, ev) & 1) !== 0;
}

/**
 * Wakes every sleeper, if any. The common case, nobody asleep, costs one load of a line that only
 * changes when someone sleeps, so the fast path of put/get makes no call into the futex table.
 */
export function wakeAll(m: Int32Array, ev: number): void {
  const v = Atomics.load(m, ev);
  if ((v & 1) === 0) return;
  // Epoch + 1 with the flag cleared. If the exchange fails another waker got there first and has
  // notified (sleepers only ever set the flag, which is already set).
  if (Atomics.compareExchange(m, ev, v, (v + 1) & ~1) === v) Atomics.notify(m, ev);
}
