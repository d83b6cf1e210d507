// Verification from shared memory, on one thread: every way an item can go wrong is counted where it belongs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateQueue, encodeItem, Exit, latencyBase, PILL, UNWRITTEN, type QueueMemory } from './queueLayout.ts';
import { openRing, type RingKind } from './openQueue.ts';
import { Tally } from './tally.ts';
import { countBits, verifyQueue } from './verify.ts';
import { WorkerLine } from './workerLine.ts';

/** A hand-driven run on one thread: producers put through the ring, consumers take and tally. */
function harness(kind: RingKind, producers = 2, consumers = 2, capacity = 64, items = 10) {
  const mem: QueueMemory = allocateQueue({ producers, consumers, capacity, items });
  const ring = openRing(mem, kind);
  const prod = Array.from({ length: producers }, (_, p) => new WorkerLine(mem.ints, 'producer', p));
  const cons = Array.from({ length: consumers }, (_, c) => new WorkerLine(mem.ints, 'consumer', c));
  const tallies = Array.from({ length: consumers }, (_, c) => new Tally(mem, c, 0));
  return {
    mem,
    ring,
    put(p: number, s: number): void {
      expect(ring.tryPut(encodeItem(p, s), 0)).toBe(true);
      prod[p]!.count++;
    },
    take(c: number, item = ring.tryGet()): void {
      if (tallies[c]!.record(item, ring.stamp)) cons[c]!.count++;
    },
    finish(): void {
      for (const w of prod) w.finish(Exit.finished);
      tallies.forEach((t, c) => {
        t.publish();
        cons[c]!.finish(Exit.finished);
      });
    },
  };
}

describe('verifyQueue', () => {
  it.each(['spsc', 'mpmc', 'locked'] as const)('%s: everything delivered once, in order: complete', (kind) => {
    const h = harness(kind);
    for (let s = 0; s < 10; s++) for (let p = 0; p < 2; p++) h.put(p, s);
    for (let k = 0; k < 20; k++) h.take(k % 2);
    h.finish();
    const v = verifyQueue(h.mem, kind);
    expect(v).toMatchObject({ produced: 20, consumed: 20, delivered: 20, lost: 0, duplicated: 0, outOfOrder: 0, left: 0, phantom: 0, exact: true, complete: true });
    expect(v.perProducer).toHaveLength(2);
    expect(v.latency.samples).toBe(20);
  });

  it('items still in the queue are left, not lost, per producer', () => {
    const h = harness('mpmc');
    for (let s = 0; s < 10; s++) h.put(0, s);
    for (let s = 0; s < 3; s++) h.put(1, s);
    for (let k = 0; k < 4; k++) h.take(0);
    h.finish();
    const v = verifyQueue(h.mem, 'mpmc');
    expect(v).toMatchObject({ produced: 13, delivered: 4, left: 9, lost: 0, exact: true, complete: false });
    expect(v.perProducer.map((p) => p.left)).toEqual([6, 3]);
  });

  it('a second take of the same item is a duplicate', () => {
    const h = harness('spsc');
    h.put(0, 0);
    h.put(0, 1);
    h.take(0);
    h.take(1, encodeItem(0, 0)); // the same item again, as two racing consumers would
    h.take(0);
    h.finish();
    const v = verifyQueue(h.mem, 'spsc');
    expect(v.perProducer[0]).toEqual({ produced: 2, delivered: 2, duplicated: 1, outOfOrder: 0, left: 0, lost: 0 });
    expect(v.duplicated).toBe(1);
    expect(v.consumed).toBe(3);
    expect(v.exact).toBe(false);
  });

  it('an item counted as put that is neither delivered nor in the queue is lost', () => {
    const h = harness('spsc', 1, 1);
    h.put(0, 0);
    h.put(0, 1);
    h.put(0, 2);
    h.take(0);
    h.take(0);
    // Item 2 leaves the ring without reaching any tally, as an item overwritten by a racing
    // producer never does.
    h.ring.tryGet();
    h.finish();
    expect(verifyQueue(h.mem, 'spsc')).toMatchObject({ produced: 3, delivered: 2, left: 0, lost: 1, exact: false });
  });

  it('a consumer that sees items of one producer go backwards counts them out of order', () => {
    const h = harness('spsc', 1, 1);
    h.take(0, encodeItem(0, 5));
    h.take(0, encodeItem(0, 3));
    h.take(0, encodeItem(0, 7));
    h.finish();
    expect(verifyQueue(h.mem, 'spsc').outOfOrder).toBe(1);
  });

  it('values that are no item of the run are phantoms; pills in the queue are counted apart', () => {
    const h = harness('mpmc', 1, 1);
    h.take(0, UNWRITTEN);
    h.take(0, encodeItem(5, 0)); // no such producer
    h.take(0, encodeItem(0, 10)); // beyond the items of the run
    expect(h.ring.tryPut(PILL, 0)).toBe(true);
    h.finish();
    const v = verifyQueue(h.mem, 'mpmc');
    expect(v).toMatchObject({ phantom: 3, pillsLeft: 1, left: 0, consumed: 0, exact: false });
  });

  it('message: what was posted and not taken is left (it is still travelling)', () => {
    const h = harness('mpmc', 1, 1);
    for (let s = 0; s < 5; s++) h.put(0, s);
    for (let k = 0; k < 2; k++) h.take(0);
    h.finish();
    expect(verifyQueue(h.mem, 'message')).toMatchObject({ produced: 5, delivered: 2, left: 3, lost: 0 });
  });

  it('merges every consumer\'s latency histogram', () => {
    const mem = allocateQueue({ producers: 1, consumers: 2, capacity: 4, items: 1 });
    Atomics.store(mem.ints, latencyBase(0) + 5, 3);
    Atomics.store(mem.ints, latencyBase(1) + 5, 1);
    Atomics.store(mem.ints, latencyBase(1) + 20, 1);
    const { latency } = verifyQueue(mem, 'mpmc');
    expect(latency.samples).toBe(5);
    expect(latency.histogram[5]).toBe(4);
    expect(latency.p50Us).toBeGreaterThanOrEqual(16);
    expect(latency.p50Us).toBeLessThan(32);
    expect(latency.p99Us).toBeGreaterThanOrEqual(2 ** 19);
  });
});

describe('countBits', () => {
  it('agrees with counting one bit at a time over any range', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (words, a, b) => {
        const m = new Int32Array(new SharedArrayBuffer(words.length * 4));
        m.set(words);
        const bits = words.length * 32;
        const from = Math.min(a % bits, b % bits);
        const to = Math.max(a % bits, b % bits);
        let naive = 0;
        for (let i = from; i < to; i++) naive += (m[i >>> 5]! >>> (i & 31)) & 1;
        expect(countBits(m, 0, from, to)).toBe(naive);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});
