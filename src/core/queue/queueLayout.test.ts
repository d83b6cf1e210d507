// Queue layout: geometry round trip, bounds, hot words on separate lines, item encoding, reset.
import { describe, expect, it } from 'vitest';
import { LINE_INTS } from '../shared/memory.ts';
import {
  allocateQueue,
  attachQueue,
  CLOSED,
  consumerBase,
  encodeItem,
  ItemSlot,
  itemProducer,
  itemSeq,
  LATENCY_BUCKETS,
  latencyBase,
  MAX_CAPACITY,
  MAX_CONSUMERS,
  MAX_ITEMS,
  MAX_PRODUCERS,
  NO_ITEM,
  PILL,
  producerBase,
  queueBytes,
  QueueSlot,
  resetQueue,
  SLOT_INTS,
  slotBase,
  UNWRITTEN,
  VerifySlot,
  verifyBase,
  WorkerSlot,
} from './queueLayout.ts';

const line = (i: number): number => Math.floor(i / LINE_INTS);

describe('queue layout', () => {
  it('reads its geometry back from the buffer alone', () => {
    const mem = allocateQueue({ producers: 3, consumers: 5, capacity: 100, items: 1234 });
    const again = attachQueue(mem.buffer);
    expect(again).toMatchObject({ producers: 3, consumers: 5, capacity: 100, items: 1234, slotCount: 101, seen: mem.seen });
    expect(mem.buffer.byteLength).toBe(queueBytes(mem));
  });

  it('refuses a buffer it did not lay out', () => {
    expect(() => attachQueue(new SharedArrayBuffer(1 << 16))).toThrow(/not a queue buffer/);
  });

  it.each([
    { producers: MAX_PRODUCERS + 1, consumers: 1, capacity: 1, items: 1 },
    { producers: 1, consumers: MAX_CONSUMERS + 1, capacity: 1, items: 1 },
    { producers: 1, consumers: 1, capacity: 0, items: 1 },
    { producers: 1, consumers: 1, capacity: MAX_CAPACITY + 1, items: 1 },
    { producers: 1, consumers: 1, capacity: 1, items: MAX_ITEMS + 1 },
    { producers: 1.5, consumers: 1, capacity: 1, items: 1 },
    { producers: -1, consumers: 1, capacity: 1, items: 1 },
  ])('rejects out-of-range geometry %j', (g) => {
    expect(() => allocateQueue(g)).toThrow(RangeError);
  });

  it('allocates the seen-bitmap for the run only: one bit per item of every producer', () => {
    const small = queueBytes({ producers: 1, consumers: 1, capacity: 16, items: 1 });
    const big = queueBytes({ producers: 8, consumers: 1, capacity: 16, items: MAX_ITEMS });
    expect(big - small).toBeGreaterThanOrEqual((8 * MAX_ITEMS) / 8 - 4);
    expect(big - small).toBeLessThanOrEqual((8 * MAX_ITEMS) / 8 + 64);
    // The fixed part stays small: a queue run of the largest capacity fits in well under 100 KB plus the bitmap.
    expect(queueBytes({ producers: 8, consumers: 8, capacity: MAX_CAPACITY, items: 0 })).toBeLessThan(100_000);
  });

  it('puts every independently written word on its own 64-byte line', () => {
    const hot = [QueueSlot.control, QueueSlot.header, QueueSlot.barrier, QueueSlot.shutdown, QueueSlot.head, QueueSlot.tail, QueueSlot.lock, QueueSlot.notEmpty, QueueSlot.notFull];
    for (let p = 0; p < MAX_PRODUCERS; p++) hot.push(producerBase(p));
    for (let c = 0; c < MAX_CONSUMERS; c++) hot.push(consumerBase(c), verifyBase(c), verifyBase(c) + LINE_INTS, latencyBase(c), latencyBase(c) + LINE_INTS);
    for (const i of hot) expect(i % LINE_INTS).toBe(0);
    expect(new Set(hot.map(line)).size).toBe(hot.length);
    // The areas follow each other without overlap, and the slots start after the last fixed line.
    expect(Math.max(...hot)).toBeLessThan(QueueSlot.slots);
    expect(QueueSlot.slots % LINE_INTS).toBe(0);
    // The ring's two indices sit in different 128-byte pairs of lines (the adjacent-line prefetcher).
    expect(Math.floor(QueueSlot.head / (2 * LINE_INTS))).not.toBe(Math.floor(QueueSlot.tail / (2 * LINE_INTS)));
    expect(Math.abs(QueueSlot.tail - QueueSlot.head)).toBeGreaterThanOrEqual(2 * LINE_INTS);
    const mem = allocateQueue({ producers: 1, consumers: 1, capacity: 7, items: 10 });
    expect(mem.seen % LINE_INTS).toBe(0);
    expect(mem.seen).toBeGreaterThanOrEqual(slotBase(mem.slotCount));
  });

  it('keeps every per-worker field inside its line', () => {
    for (const off of Object.values(WorkerSlot)) expect(off).toBeLessThan(LINE_INTS);
    for (const off of Object.values(VerifySlot)) expect(off + MAX_PRODUCERS).toBeLessThanOrEqual(2 * LINE_INTS);
    expect(LATENCY_BUCKETS).toBe(2 * LINE_INTS);
    expect(Object.values(ItemSlot).every((o) => o < SLOT_INTS)).toBe(true);
  });

  it('encodes an item as one non-negative Int32 and decodes it back', () => {
    for (const p of [0, 1, MAX_PRODUCERS - 1]) {
      for (const s of [0, 1, 12345, MAX_ITEMS - 1]) {
        const item = encodeItem(p, s);
        expect(item).toBeGreaterThanOrEqual(0);
        expect(item | 0).toBe(item);
        expect([itemProducer(item), itemSeq(item)]).toEqual([p, s]);
      }
    }
    expect(new Set([PILL, NO_ITEM, CLOSED, UNWRITTEN]).size).toBe(4);
    for (const v of [PILL, NO_ITEM, CLOSED, UNWRITTEN]) expect(v).toBeLessThan(0);
  });

  it('reset empties every slot, primes the mpmc sequence words and forgets the last run, keeping the geometry', () => {
    const mem = allocateQueue({ producers: 2, consumers: 2, capacity: 5, items: 100 });
    const m = mem.ints;
    m.fill(7, QueueSlot.control, QueueSlot.header);
    m.fill(7, QueueSlot.barrier);
    resetQueue(mem);
    expect(attachQueue(mem.buffer)).toMatchObject({ producers: 2, consumers: 2, capacity: 5, items: 100 });
    for (let i = 0; i < mem.slotCount; i++) {
      expect(m[slotBase(i) + ItemSlot.seq]).toBe(2 * i);
      expect(m[slotBase(i) + ItemSlot.item]).toBe(UNWRITTEN);
    }
    expect(m[QueueSlot.control]).toBe(0);
    expect(m[QueueSlot.head]).toBe(0);
    expect(m[producerBase(1) + WorkerSlot.count]).toBe(0);
    expect(m[verifyBase(1) + VerifySlot.lastSeen]).toBe(-1);
    expect(m[verifyBase(1) + VerifySlot.duplicates]).toBe(0);
    expect(m.subarray(mem.seen).every((w) => w === 0)).toBe(true);
  });
});
