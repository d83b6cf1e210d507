// Lock-free bounded ring for one producer and one consumer (Rigtorp's SPSCQueue, ringbuf.js).
// Concurrency contract: exactly one producer thread and one consumer thread. The `unsafe` kind runs
// this very code with several of each, and then the check-then-act races below are real.
import { ItemSlot, NO_ITEM, QueueSlot, slotBase, type QueueMemory } from './queueLayout.ts';
import { MemoryRing, type Ring } from './ring.ts';

const HEAD = QueueSlot.head;
const TAIL = QueueSlot.tail;

/**
 * Indices run over capacity + 1 slots and wrap without a division; one slot always stays free so
 * that head === tail means empty and tail + 1 === head means full. The producer owns tail and the
 * consumer owns head; each side only reads the other's, and keeps a private copy of it that is
 * refreshed only when the copy says full (or empty): the shared line of the other index is then
 * read once per lap instead of once per item (the "cached opposite index").
 */
export class SpscRing extends MemoryRing implements Ring {
  private readonly slots: number;
  /**
   * True for `spsc`: each side is the only writer of its index, so it keeps it in a field instead
   * of loading the shared word back on every item (it still publishes every change). `unsafe`
   * must load the shared word: several writers read it there, and that is its race.
   */
  private readonly ownsIndex: boolean;
  private head: number;
  private tail: number;
  private headCache = 0;
  private tailCache = 0;

  constructor(mem: QueueMemory, ownsIndex = false) {
    super(mem);
    this.slots = mem.slotCount;
    this.ownsIndex = ownsIndex;
    this.head = Atomics.load(this.m, HEAD);
    this.tail = Atomics.load(this.m, TAIL);
  }

  tryPut(item: number, stamp: number): boolean {
    const m = this.m;
    // With one producer the shared tail is always what this thread last stored. With several
    // (`unsafe`), two producers can read the same tail here and both fill the same slot.
    const tail = this.ownsIndex ? this.tail : Atomics.load(m, TAIL);
    let next = tail + 1;
    if (next === this.slots) next = 0;
    if (next === this.headCache) {
      this.headCache = Atomics.load(m, HEAD);
      if (next === this.headCache) return false;
    }
    const s = slotBase(tail);
    Atomics.store(m, s + ItemSlot.item, item);
    Atomics.store(m, s + ItemSlot.stamp, stamp);
    // Publishing the new tail after the slot's stores is what lets the consumer read the slot:
    // Atomics are sequentially consistent, so a consumer that sees this tail sees the item.
    Atomics.store(m, TAIL, next);
    this.tail = next;
    return true;
  }

  tryGet(): number {
    const m = this.m;
    const head = this.ownsIndex ? this.head : Atomics.load(m, HEAD);
    if (head === this.tailCache) {
      this.tailCache = Atomics.load(m, TAIL);
      if (head === this.tailCache) return NO_ITEM;
    }
    const s = slotBase(head);
    const item = Atomics.load(m, s + ItemSlot.item);
    this.stamp = Atomics.load(m, s + ItemSlot.stamp);
    let next = head + 1;
    if (next === this.slots) next = 0;
    // Handing the slot back only after reading it: the producer may overwrite it from now on.
    Atomics.store(m, HEAD, next);
    this.head = next;
    return item;
  }

  isEmpty(): boolean {
    return Atomics.load(this.m, HEAD) === Atomics.load(this.m, TAIL);
  }

  size(): number {
    return (Atomics.load(this.m, TAIL) - Atomics.load(this.m, HEAD) + this.slots) % this.slots;
  }
}

/** Items in the ring as the main thread sees it between runs (no worker moving). */
export function spscOccupancy(mem: QueueMemory): { first: number; count: number } {
  const head = Atomics.load(mem.ints, HEAD);
  const tail = Atomics.load(mem.ints, TAIL);
  return { first: head, count: (tail - head + mem.slotCount) % mem.slotCount };
}
