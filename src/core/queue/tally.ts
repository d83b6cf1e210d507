// A consumer's bookkeeping of what it took: seen-bitmap, duplicates, order per producer, latency.
// Concurrency contract: one Tally per consumer; the bitmap is shared with the other consumers
// (Atomics.or decides which one saw an item first); everything else sits on this consumer's lines.
import { MAX_PRODUCERS, SEQ_BITS, SEQ_MASK, VerifySlot, latencyBase, verifyBase, type QueueMemory } from './queueLayout.ts';
import { latencyBucket, latencySince } from './latency.ts';

/** What a consumer does with each value it takes: the JavaScript Tally, or queue.wat's own. */
export interface ConsumerTally {
  /** Records one value taken, with the stamp that came with it; false for a phantom. */
  record(item: number, stamp: number): boolean;
  /** A pill that no shutdown policy expected: counted as a phantom. */
  strayPill(): void;
  /** Leaves the tallies on this consumer's verification lines, where verifyQueue reads them. */
  publish(): void;
}

export class Tally implements ConsumerTally {
  /** Items taken, duplicates included. */
  taken = 0;
  duplicates = 0;
  outOfOrder = 0;
  /** Values that are no item of this run: a never-written slot, a stray pill. */
  phantom = 0;
  private readonly m: Int32Array;
  private readonly seen: number;
  private readonly producers: number;
  private readonly items: number;
  private readonly verify: number;
  private readonly latency: number;
  private readonly stampMask: number;
  private readonly lastSeen = new Int32Array(MAX_PRODUCERS).fill(-1);
  private readonly order = new Int32Array(MAX_PRODUCERS);
  private readonly dups = new Int32Array(MAX_PRODUCERS);

  constructor(mem: QueueMemory, consumer: number, stampMask: number) {
    this.m = mem.ints;
    this.seen = mem.seen;
    this.producers = mem.producers;
    this.items = mem.items;
    this.verify = verifyBase(consumer);
    this.latency = latencyBase(consumer);
    this.stampMask = stampMask;
  }

  /** Records one value taken from the queue, with the stamp that came with it; false for a phantom. */
  record(item: number, stamp: number): boolean {
    const p = item >>> SEQ_BITS;
    const s = item & SEQ_MASK;
    if (item < 0 || p >= this.producers || s >= this.items) {
      this.phantom++;
      return false;
    }
    this.taken++;
    const bit = p * this.items + s;
    const mask = 1 << (bit & 31);
    // The bit says "someone took this item": the one Atomics.or that finds it clear is the first.
    if ((Atomics.or(this.m, this.seen + (bit >>> 5), mask) & mask) !== 0) {
      this.duplicates++;
      this.dups[p]!++;
      return true;
    }
    // A FIFO queue hands each consumer any one producer's items in increasing order.
    if (s < this.lastSeen[p]!) {
      this.outOfOrder++;
      this.order[p]!++;
    } else {
      this.lastSeen[p] = s;
    }
    if ((s & this.stampMask) === 0) Atomics.add(this.m, this.latency + latencyBucket(latencySince(stamp)), 1);
    return true;
  }

  strayPill(): void {
    this.phantom++;
  }

  /** Copies the per-producer tallies to this consumer's verification lines. */
  publish(): void {
    const m = this.m;
    const v = this.verify;
    for (let p = 0; p < this.producers; p++) {
      Atomics.store(m, v + VerifySlot.lastSeen + p, this.lastSeen[p]!);
      Atomics.store(m, v + VerifySlot.outOfOrder + p, this.order[p]!);
      Atomics.store(m, v + VerifySlot.duplicates + p, this.dups[p]!);
    }
    Atomics.store(m, v + VerifySlot.phantom, this.phantom);
  }
}
