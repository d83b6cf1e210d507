// The operations every shared-memory queue kind offers to a producer or consumer worker.
// Concurrency contract: one Ring object per worker (it may cache indices privately); what may run
// concurrently on the shared ring is each kind's own contract.
import type { QueueMemory } from './queueLayout.ts';

/** Non-blocking put and get: the core of each kind, and what the array-model tests drive. */
export interface Ring {
  /** Stamp of the item the last successful get returned. */
  readonly stamp: number;
  /** Puts an item with its enqueue stamp; false when the ring is full. */
  tryPut(item: number, stamp: number): boolean;
  /** Takes the oldest item (or a pill); NO_ITEM when the ring is empty. */
  tryGet(): number;
  /** What `queue.empty()` would say: a snapshot, stale as soon as it is returned. */
  isEmpty(): boolean;
  /** Items in the ring, as this thread sees it now: a snapshot, like isEmpty. */
  size(): number;
}

/** A ring plus blocking (timed) put/get and close: what runProducer and runConsumer use. */
export interface QueueEnd extends Ring {
  /** Waits up to `timeoutMs` for room; false when still full (the caller re-checks Stop). 0: spin only. */
  put(item: number, stamp: number, timeoutMs: number): boolean;
  /** Waits up to `timeoutMs` for an item: the item, a pill, NO_ITEM on timeout, or CLOSED when closed and drained. */
  get(timeoutMs: number): number;
  /** Marks the queue closed and wakes every consumer (close policy, called by the last producer). */
  close(): void;
}

/** What every kind over a queue's shared memory keeps: its ints, its capacity and the last item's stamp. */
export abstract class MemoryRing {
  stamp = 0;
  protected readonly m: Int32Array;
  protected readonly capacity: number;

  constructor(mem: QueueMemory) {
    this.m = mem.ints;
    this.capacity = mem.capacity;
  }
}
