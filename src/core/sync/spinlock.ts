// Test-and-test-and-set spinlock with bounded exponential backoff on one Int32 word.
// Concurrency contract: any number of worker threads; a waiter burns CPU instead of sleeping,
// which is why it may fall far behind a mutex when there are more workers than cores (a holder
// that gets preempted keeps every waiter spinning).

let sink = 0;

/** Busy work that the compiler cannot remove; stands in for a CPU pause instruction. */
export function busyWork(n: number): void {
  let x = sink;
  for (let k = 0; k < n; k++) x = (Math.imul(x, 1103515245) + 12345) | 0;
  sink = x;
}

const MAX_BACKOFF = 1024;

/**
 * Takes the lock, spinning. Returns the number of failed attempts (compare-exchange retries),
 * or -1 when the control word says stop while it spins.
 */
export function spinLock(m: Int32Array, i: number, control: number, stopValue: number): number {
  let retries = 0;
  let backoff = 1;
  for (;;) {
    // Read first (test-and-test-and-set): spinning on a load keeps the cache line shared
    // instead of bouncing it between cores with a write on every attempt.
    if (Atomics.load(m, i) === 0 && Atomics.compareExchange(m, i, 0, 1) === 0) return retries;
    retries++;
    busyWork(backoff);
    if (backoff < MAX_BACKOFF) backoff <<= 1;
    if ((retries & 63) === 0 && Atomics.load(m, control) === stopValue) return -1;
  }
}

/** Takes the lock if it is free. */
export function spinTryLock(m: Int32Array, i: number): boolean {
  return Atomics.compareExchange(m, i, 0, 1) === 0;
}

export function spinUnlock(m: Int32Array, i: number): void {
  Atomics.store(m, i, 0);
}
