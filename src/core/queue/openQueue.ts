// Picks the ring and blocking wrapper of a shared-memory queue kind, and reads the ring's contents.
// Concurrency contract: open one QueueEnd per worker; the readers below are for the main thread
// (live view, verification) and never take the queue's lock.
import { ItemSlot, slotBase, type QueueMemory } from './queueLayout.ts';
import type { QueueKind } from './queueKinds.ts';
import type { QueueEnd, Ring } from './ring.ts';
import { LockFreeQueue } from './lockFreeQueue.ts';
import { LockedQueue, lockedOccupancy } from './lockedQueue.ts';
import { MpmcRing, mpmcOccupancy } from './mpmcRing.ts';
import { SpscRing, spscOccupancy } from './spscRing.ts';

export type RingKind = Exclude<QueueKind, 'message'>;

export function isRingKind(kind: QueueKind): kind is RingKind {
  return kind !== 'message';
}

/** The non-blocking ring of a kind (locked: its try operations). */
export function openRing(mem: QueueMemory, kind: RingKind): Ring {
  switch (kind) {
    case 'unsafe':
      return new SpscRing(mem);
    case 'spsc':
      return new SpscRing(mem, true);
    case 'mpmc':
      return new MpmcRing(mem);
    case 'locked':
      return new LockedQueue(mem);
  }
}

/** A worker's handle on the queue: `unsafe` is the spsc ring, shared by however many there are. */
export function openQueue(mem: QueueMemory, kind: RingKind): QueueEnd {
  return kind === 'locked' ? new LockedQueue(mem) : new LockFreeQueue(mem, openRing(mem, kind));
}

export interface Occupancy {
  /** Slot index of the oldest item. */
  readonly headSlot: number;
  /** Slot index the next put writes. */
  readonly tailSlot: number;
  readonly count: number;
  /** Slots the ring cycles through: capacity, or capacity + 1 for the spsc ring. */
  readonly ringSlots: number;
}

/** Where the items are, read with plain Atomics loads while workers may still be moving them. */
export function occupancy(mem: QueueMemory, kind: RingKind): Occupancy {
  if (kind === 'unsafe' || kind === 'spsc') {
    const { first, count } = spscOccupancy(mem);
    return { headSlot: first, tailSlot: (first + count) % mem.slotCount, count, ringSlots: mem.slotCount };
  }
  const { first, count } = kind === 'mpmc' ? mpmcOccupancy(mem) : lockedOccupancy(mem);
  const head = first % mem.capacity;
  return { headSlot: head, tailSlot: (head + count) % mem.capacity, count, ringSlots: mem.capacity };
}

/** The items (and pills) between head and tail, oldest first. */
export function queuedItems(mem: QueueMemory, kind: RingKind): number[] {
  const { headSlot, count, ringSlots } = occupancy(mem, kind);
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    out.push(Atomics.load(mem.ints, slotBase((headSlot + k) % ringSlots) + ItemSlot.item));
  }
  return out;
}
