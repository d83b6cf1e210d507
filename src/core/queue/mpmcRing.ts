// Bounded lock-free multi-producer multi-consumer queue with a sequence word per slot (Dmitry Vyukov).
// Concurrency contract: any number of producer and consumer threads. Lock-free, not wait-free: a
// thread that loses a compare-exchange retries, and a thread preempted between claiming a slot
// and publishing it holds up, for that slot only, the side that comes next.
import { ItemSlot, NO_ITEM, QueueSlot, slotBase, type QueueMemory } from './queueLayout.ts';
import { MemoryRing, type Ring } from './ring.ts';

const HEAD = QueueSlot.head;
const TAIL = QueueSlot.tail;

/**
 * Positions grow forever (tail: next position to fill, head: next to empty); position p lives in
 * slot p % capacity. The slot's sequence word says whose turn it is:
 *   2p     free for the producer of position p,
 *   2p + 1 full, for the consumer of position p,
 * and the consumer hands the slot on to position p + capacity by writing 2(p + capacity).
 * Vyukov's original uses p and p + 1, which needs capacity >= 2: with one slot, "full at p" (p + 1)
 * would read as "free at p + 1". Doubling keeps the two apart, so capacity 1 works too.
 * Bound: 2 × (positions + capacity) stays below 2^31, i.e. about 10^9 items per run (we need 8 × 10^7).
 */
export class MpmcRing extends MemoryRing implements Ring {

  tryPut(item: number, stamp: number): boolean {
    const m = this.m;
    let pos = Atomics.load(m, TAIL);
    for (;;) {
      const s = slotBase(pos % this.capacity);
      const dif = Atomics.load(m, s + ItemSlot.seq) - 2 * pos;
      if (dif === 0) {
        // The slot is free for position pos; the compare-exchange decides which producer owns it.
        const seen = Atomics.compareExchange(m, TAIL, pos, pos + 1);
        if (seen === pos) {
          Atomics.store(m, s + ItemSlot.item, item);
          Atomics.store(m, s + ItemSlot.stamp, stamp);
          // Publish last: a consumer reads the item only after seeing this sequence.
          Atomics.store(m, s + ItemSlot.seq, 2 * pos + 1);
          return true;
        }
        pos = seen; // another producer took pos: try the position it left us
      } else if (dif < 0) {
        // The slot still holds the item from one lap ago: the queue is full.
        return false;
      } else {
        // Another producer filled pos since we read tail: catch up.
        pos = Atomics.load(m, TAIL);
      }
    }
  }

  tryGet(): number {
    const m = this.m;
    let pos = Atomics.load(m, HEAD);
    for (;;) {
      const s = slotBase(pos % this.capacity);
      const dif = Atomics.load(m, s + ItemSlot.seq) - (2 * pos + 1);
      if (dif === 0) {
        const seen = Atomics.compareExchange(m, HEAD, pos, pos + 1);
        if (seen === pos) {
          const item = Atomics.load(m, s + ItemSlot.item);
          this.stamp = Atomics.load(m, s + ItemSlot.stamp);
          // Read before release: once the sequence moves on, a producer may overwrite the slot.
          Atomics.store(m, s + ItemSlot.seq, 2 * (pos + this.capacity));
          return item;
        }
        pos = seen;
      } else if (dif < 0) {
        // Not yet filled for this lap: empty (or its producer is between claim and publish).
        return NO_ITEM;
      } else {
        pos = Atomics.load(m, HEAD);
      }
    }
  }

  isEmpty(): boolean {
    // Head first: tail, read later, can only have grown, so this never reports a negative count.
    const head = Atomics.load(this.m, HEAD);
    return Atomics.load(this.m, TAIL) <= head;
  }

  size(): number {
    const head = Atomics.load(this.m, HEAD);
    return Math.max(0, Math.min(this.capacity, Atomics.load(this.m, TAIL) - head));
  }
}

/** Positions [first, first + count) hold items, as the main thread sees the ring. */
export function mpmcOccupancy(mem: QueueMemory): { first: number; count: number } {
  const head = Atomics.load(mem.ints, HEAD);
  const tail = Atomics.load(mem.ints, TAIL);
  return { first: head, count: Math.max(0, Math.min(mem.capacity, tail - head)) };
}
