// Blocking put/get and close around a lock-free ring: spin briefly, then sleep on an event count.
// Concurrency contract: that of the ring inside (spsc: one producer, one consumer; mpmc: any);
// the waking protocol itself is safe for any number of sleepers and wakers.
import { CLOSED, NO_ITEM, QueueSlot, ShutdownSlot, type QueueMemory } from './queueLayout.ts';
import type { QueueEnd, Ring } from './ring.ts';
import { hasSleepers, prepareSleep, sleep, wakeAll } from './wake.ts';

const NOT_EMPTY = QueueSlot.notEmpty;
const NOT_FULL = QueueSlot.notFull;
const CLOSED_FLAG = QueueSlot.shutdown + ShutdownSlot.closed;

/**
 * Tries before sleeping (a few microseconds). A futex sleep and wake-up costs tens of microseconds,
 * and at full speed the other side usually frees a slot or delivers an item sooner than that; but
 * spinning longer only burns a core that, with more workers than cores, the other side may need.
 */
export const SPINS = 64;

export class LockFreeQueue implements QueueEnd {
  private readonly m: Int32Array;
  private readonly ring: Ring;
  private readonly lowWater: number;

  constructor(mem: QueueMemory, ring: Ring) {
    this.m = mem.ints;
    this.ring = ring;
    this.lowWater = Math.floor(mem.capacity / 2);
  }

  get stamp(): number {
    return this.ring.stamp;
  }

  tryPut(item: number, stamp: number): boolean {
    if (!this.ring.tryPut(item, stamp)) return false;
    wakeAll(this.m, NOT_EMPTY);
    return true;
  }

  tryGet(): number {
    const item = this.ring.tryGet();
    // Producers asleep on a full ring are woken once it is half empty, not at the first free
    // slot: they then have half a ring to fill before they can block again, instead of sleeping
    // and waking once per item while the consumer drains (a futex wake takes tens of µs).
    if (item !== NO_ITEM && hasSleepers(this.m, NOT_FULL) && this.ring.size() <= this.lowWater) wakeAll(this.m, NOT_FULL);
    return item;
  }

  isEmpty(): boolean {
    return this.ring.isEmpty();
  }

  size(): number {
    return this.ring.size();
  }

  put(item: number, stamp: number, timeoutMs: number): boolean {
    for (let k = 0; k < SPINS; k++) if (this.tryPut(item, stamp)) return true;
    if (timeoutMs <= 0) return false;
    const seen = prepareSleep(this.m, NOT_FULL);
    if (this.tryPut(item, stamp)) return true;
    sleep(this.m, NOT_FULL, seen, timeoutMs);
    return this.tryPut(item, stamp);
  }

  get(timeoutMs: number): number {
    for (let k = 0; k < SPINS; k++) {
      const item = this.tryGet();
      if (item !== NO_ITEM) return item;
    }
    if (timeoutMs <= 0) return NO_ITEM;
    const seen = prepareSleep(this.m, NOT_EMPTY);
    let item = this.tryGet();
    if (item === NO_ITEM && Atomics.load(this.m, CLOSED_FLAG) !== 0) {
      // Every put happened before the closed flag was set, so once we have seen the flag, one
      // more empty try means drained for good.
      item = this.tryGet();
      if (item === NO_ITEM) item = CLOSED;
    }
    if (item !== NO_ITEM) return item;
    sleep(this.m, NOT_EMPTY, seen, timeoutMs);
    return this.tryGet();
  }

  close(): void {
    Atomics.store(this.m, CLOSED_FLAG, 1);
    wakeAll(this.m, NOT_EMPTY);
  }
}
