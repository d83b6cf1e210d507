// Test-only layout and messages of the mutual-exclusion proof: a lock word, an occupancy count, a plain cell.
import { LINE_INTS } from '../core/shared/memory.ts';

/** Int32 indexes, each word on its own 64-byte line. */
export const LockSlot = {
  control: 0,
  barrier: LINE_INTS,
  lock: LINE_INTS * 2,
  /** Threads inside the critical section right now: must never exceed 1. */
  inSection: LINE_INTS * 3,
  /** Incremented with plain accesses, protected only by the lock under test. */
  count: LINE_INTS * 4,
  /** Threads that have done their minimum iterations. */
  reached: LINE_INTS * 5,
} as const;

export const LOCK_BYTES = (LockSlot.reached + LINE_INTS) * 4;

/**
 * mutex: mutexLock; mutexTry: mutexTryLock first, mutexLock when it fails (both kinds of acquisition
 * on one word); spin: spinLock; flag: the home-made flag of the `flag` kernel, which is not a lock.
 */
export const LOCK_KINDS = ['mutex', 'mutexTry', 'spin', 'flag'] as const;
export type LockKind = (typeof LOCK_KINDS)[number];

export interface LockRequest {
  readonly buffer: SharedArrayBuffer;
  readonly kind: LockKind;
  readonly workers: number;
  /**
   * Each thread runs at least this many iterations and keeps going until every thread has: all of
   * them are then running for the whole of the slowest one's run. On a loaded machine a fixed count
   * can finish inside one scheduler slice, before the other threads have even woken up.
   */
  readonly minIters: number;
  /** Busy-work units inside the critical section. */
  readonly work: number;
  /**
   * Busy-work units after unlocking: without them the holder takes the lock straight back, before
   * the cache line with the unlock has even reached the other cores, and the threads rarely meet.
   */
  readonly outside: number;
  /** flag only: busy-work units between seeing the flag clear and setting it. */
  readonly window: number;
}

export interface LockReply {
  /** Iterations completed: at least minIters unless stopped. */
  readonly done: number;
  /** Entries that found another thread already inside. */
  readonly violations: number;
  /** The most threads seen inside at once, this thread included. */
  readonly maxInside: number;
  /** Acquisitions that had to wait (mutex), compare-exchange retries (spin), spins on the flag (flag). */
  readonly contention: number;
}
