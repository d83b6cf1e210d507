// Bounded queue under one mutex with two condition variables, not full and not empty: queue.Queue(maxsize).
// Concurrency contract: any number of producer and consumer threads; every access to the ring and
// its count happens with the mutex held, so the ring itself needs no cleverness.
import { condBroadcast, condSignal, condWait } from '../sync/condvar.ts';
import { mutexLock, mutexUnlock } from '../sync/mutex.ts';
import { now } from '../shared/memory.ts';
import { CLOSED, ItemSlot, LockSlot, NO_ITEM, QueueSlot, ShutdownSlot, slotBase, type QueueMemory } from './queueLayout.ts';
import { MemoryRing, type QueueEnd } from './ring.ts';

const L = QueueSlot.lock;
const MUTEX = L + LockSlot.mutex;
const COUNT = L + LockSlot.count;
const HEAD = L + LockSlot.head;
const TAIL = L + LockSlot.tail;
const NOT_EMPTY = QueueSlot.notEmpty;
const NOT_FULL = QueueSlot.notFull;
const CLOSED_FLAG = QueueSlot.shutdown + ShutdownSlot.closed;

export class LockedQueue extends MemoryRing implements QueueEnd {
  /** Lock acquisitions that had to sleep: the cost of contention, shown beside throughput. */
  lockWaits = 0;

  tryPut(item: number, stamp: number): boolean {
    this.lockWaits += mutexLock(this.m, MUTEX);
    const ok = Atomics.load(this.m, COUNT) < this.capacity;
    if (ok) this.enqueue(item, stamp);
    mutexUnlock(this.m, MUTEX);
    return ok;
  }

  put(item: number, stamp: number, timeoutMs: number): boolean {
    const m = this.m;
    this.lockWaits += mutexLock(m, MUTEX);
    let deadline = -1;
    // `while`, not `if`: another producer may fill the slot between the signal and our wake-up.
    while (Atomics.load(m, COUNT) >= this.capacity) {
      if (deadline < 0) deadline = now() + timeoutMs;
      if (!this.sleepUntil(NOT_FULL, deadline)) return false;
    }
    this.enqueue(item, stamp);
    mutexUnlock(m, MUTEX);
    return true;
  }

  tryGet(): number {
    this.lockWaits += mutexLock(this.m, MUTEX);
    const item = Atomics.load(this.m, COUNT) > 0 ? this.dequeue() : NO_ITEM;
    mutexUnlock(this.m, MUTEX);
    return item;
  }

  get(timeoutMs: number): number {
    const m = this.m;
    this.lockWaits += mutexLock(m, MUTEX);
    let deadline = -1;
    while (Atomics.load(m, COUNT) === 0) {
      // Closed is set under this mutex, and every put before it too: empty and closed is final.
      if (Atomics.load(m, CLOSED_FLAG) !== 0) {
        mutexUnlock(m, MUTEX);
        return CLOSED;
      }
      if (deadline < 0) deadline = now() + timeoutMs;
      if (!this.sleepUntil(NOT_EMPTY, deadline)) return NO_ITEM;
    }
    const item = this.dequeue();
    mutexUnlock(m, MUTEX);
    return item;
  }

  isEmpty(): boolean {
    // Like queue.Queue.empty(): takes the lock, so the answer was true at one instant, no more.
    this.lockWaits += mutexLock(this.m, MUTEX);
    const empty = Atomics.load(this.m, COUNT) === 0;
    mutexUnlock(this.m, MUTEX);
    return empty;
  }

  size(): number {
    return Atomics.load(this.m, COUNT);
  }

  close(): void {
    this.lockWaits += mutexLock(this.m, MUTEX);
    Atomics.store(this.m, CLOSED_FLAG, 1);
    condBroadcast(this.m, NOT_EMPTY);
    mutexUnlock(this.m, MUTEX);
  }

  /** Mutex held: sleeps on `cond` until woken or `deadline`; once the deadline has passed, lets the mutex go and says false. */
  private sleepUntil(cond: number, deadline: number): boolean {
    const left = deadline - now();
    if (left <= 0) {
      mutexUnlock(this.m, MUTEX);
      return false;
    }
    condWait(this.m, cond, MUTEX, left);
    return true;
  }

  /** Mutex held, count < capacity. */
  private enqueue(item: number, stamp: number): void {
    const m = this.m;
    const tail = Atomics.load(m, TAIL);
    const s = slotBase(tail);
    Atomics.store(m, s + ItemSlot.item, item);
    Atomics.store(m, s + ItemSlot.stamp, stamp);
    Atomics.store(m, TAIL, tail + 1 === this.capacity ? 0 : tail + 1);
    Atomics.add(m, COUNT, 1);
    condSignal(m, NOT_EMPTY);
  }

  /** Mutex held, count > 0. */
  private dequeue(): number {
    const m = this.m;
    const head = Atomics.load(m, HEAD);
    const s = slotBase(head);
    const item = Atomics.load(m, s + ItemSlot.item);
    this.stamp = Atomics.load(m, s + ItemSlot.stamp);
    Atomics.store(m, HEAD, head + 1 === this.capacity ? 0 : head + 1);
    Atomics.sub(m, COUNT, 1);
    condSignal(m, NOT_FULL);
    return item;
  }
}

/** Slots [first, first + count) (mod capacity) hold items, as the main thread sees the ring. */
export function lockedOccupancy(mem: QueueMemory): { first: number; count: number } {
  return { first: Atomics.load(mem.ints, HEAD), count: Atomics.load(mem.ints, COUNT) };
}
