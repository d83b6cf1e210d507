// Every ring of both engines, single-threaded, against a plain array: random operation sequences, wrap-around, full and empty edges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateQueue, CLOSED, encodeItem, NO_ITEM, PILL, type QueueMemory } from './queueLayout.ts';
import { occupancy, openQueue, openRing, queuedItems, type RingKind } from './openQueue.ts';
import type { Ring } from './ring.ts';
import { WasmQueue } from './wasmQueue.ts';
import { ENGINES, type EngineKind } from '../wasm/engines.ts';
import { compileModule } from '../wasm/wasmThreads.ts';
import queueWasm from './queue.wat';

const KINDS: RingKind[] = ['spsc', 'mpmc', 'locked', 'unsafe'];

type Op = { readonly op: 'put'; readonly item: number; readonly stamp: number } | { readonly op: 'get' } | { readonly op: 'peek' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('put' as const),
    item: fc.oneof(fc.constant(PILL), fc.tuple(fc.nat(7), fc.nat(1000)).map(([p, s]) => encodeItem(p, s))),
    stamp: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  }),
  fc.record({ op: fc.constant('get' as const) }),
  fc.record({ op: fc.constant('peek' as const) }),
);

const queueModule = compileModule(queueWasm);

function fresh(capacity: number, engine: EngineKind = 'js'): QueueMemory {
  return allocateQueue({ producers: 8, consumers: 1, capacity, items: 1000 }, engine === 'wasm' ? queueModule : undefined);
}

/** The kind's ring: the JavaScript classes, or queue.wat's instance on the same layout. */
function ringOf(mem: QueueMemory, kind: RingKind): Ring {
  return mem.wasm ? new WasmQueue(mem, kind, mem.wasm, 63) : openRing(mem, kind);
}

const KINDS_BY_ENGINE = ENGINES.flatMap((engine) => KINDS.map((kind) => [kind, engine] as const));

/** Runs the ops on the ring and on an array of at most `capacity` entries; they must agree step by step. */
function checkAgainstModel(kind: RingKind, mem: QueueMemory, ring: Ring, ops: readonly Op[]): void {
  const model: [number, number][] = [];
  for (const [i, o] of ops.entries()) {
    const where = `${kind} capacity ${mem.capacity}, op ${i} (${o.op})`;
    if (o.op === 'put') {
      const ok = ring.tryPut(o.item, o.stamp);
      expect(ok, where).toBe(model.length < mem.capacity);
      if (ok) model.push([o.item, o.stamp]);
    } else if (o.op === 'get') {
      const got = ring.tryGet();
      const want = model.shift();
      expect(got, where).toBe(want ? want[0] : NO_ITEM);
      if (want) expect(ring.stamp, where).toBe(want[1]);
    }
    expect(ring.isEmpty(), where).toBe(model.length === 0);
    expect(ring.size(), where).toBe(model.length);
    expect(occupancy(mem, kind).count, where).toBe(model.length);
    expect(queuedItems(mem, kind), where).toEqual(model.map(([item]) => item));
  }
}

describe.each(KINDS_BY_ENGINE)('%s ring, %s engine, against an array model', (kind, engine) => {
  it('agrees on random operation sequences for capacities 1 to 16 and a few large ones', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1, max: 16 }), fc.constantFrom(255, 1000, 4096)), fc.array(opArb, { maxLength: 300 }), (capacity, ops) => {
        const mem = fresh(capacity, engine);
        checkAgainstModel(kind, mem, ringOf(mem, kind), ops);
      }),
      { numRuns: 300, seed: 0x51 + KINDS.indexOf(kind) },
    );
  });

  it.each([1, 2, 3, 7, 64])('wraps around many times at capacity %i, filling to full and draining to empty', (capacity) => {
    const mem = fresh(capacity, engine);
    const ring = ringOf(mem, kind);
    let next = 0;
    let expectNext = 0;
    for (let lap = 0; lap < 5; lap++) {
      for (let k = 0; k < capacity; k++) expect(ring.tryPut(encodeItem(1, next++), next)).toBe(true);
      expect(ring.tryPut(encodeItem(1, 999), 0)).toBe(false);
      expect(ring.size()).toBe(capacity);
      // Half out, half in again: head and tail cross the end of the slot array at different times.
      const half = Math.ceil(capacity / 2);
      for (let k = 0; k < half; k++) expect(ring.tryGet()).toBe(encodeItem(1, expectNext++));
      for (let k = 0; k < half; k++) expect(ring.tryPut(encodeItem(1, next++), next)).toBe(true);
      expect(ring.tryPut(encodeItem(1, 999), 0)).toBe(false);
      for (let k = 0; k < capacity; k++) {
        expect(ring.tryGet()).toBe(encodeItem(1, expectNext++));
        expect(ring.stamp).toBe(expectNext);
      }
      expect(ring.tryGet()).toBe(NO_ITEM);
      expect(ring.isEmpty()).toBe(true);
    }
  });
});

describe.each(KINDS)('%s blocking operations on one thread', (kind) => {
  it('put and get with a zero timeout neither block nor lose anything at the edges', () => {
    const mem = fresh(2);
    const q = openQueue(mem, kind);
    expect(q.get(0)).toBe(NO_ITEM);
    expect(q.put(encodeItem(0, 1), 5, 0)).toBe(true);
    expect(q.put(encodeItem(0, 2), 6, 0)).toBe(true);
    expect(q.put(encodeItem(0, 3), 7, 0)).toBe(false);
    expect(q.get(0)).toBe(encodeItem(0, 1));
    expect(q.stamp).toBe(5);
    expect(q.get(0)).toBe(encodeItem(0, 2));
    expect(q.get(0)).toBe(NO_ITEM);
  });

  it('a timed get on an empty queue gives up after the timeout; a timed put on a full one too', () => {
    const mem = fresh(1);
    const q = openQueue(mem, kind);
    let t0 = performance.now();
    expect(q.get(2)).toBe(NO_ITEM);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(1.5);
    expect(q.tryPut(encodeItem(0, 0), 0)).toBe(true);
    t0 = performance.now();
    expect(q.put(encodeItem(0, 1), 0, 2)).toBe(false);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(1.5);
  });

  it('close lets consumers drain what is left, then says CLOSED', () => {
    const mem = fresh(4);
    const q = openQueue(mem, kind);
    q.tryPut(encodeItem(0, 0), 0);
    q.tryPut(PILL, 0);
    q.close();
    expect(q.get(1)).toBe(encodeItem(0, 0));
    expect(q.get(1)).toBe(PILL);
    expect(q.get(1)).toBe(CLOSED);
    expect(q.get(1)).toBe(CLOSED);
  });
});

describe('mpmc sequence words', () => {
  it('work at capacity 1, where the original p / p + 1 scheme cannot tell full from free', () => {
    const mem = fresh(1);
    const ring = openRing(mem, 'mpmc');
    for (let k = 0; k < 10; k++) {
      expect(ring.tryPut(encodeItem(0, k), k)).toBe(true);
      expect(ring.tryPut(encodeItem(0, 100 + k), k)).toBe(false);
      expect(ring.tryGet()).toBe(encodeItem(0, k));
      expect(ring.tryGet()).toBe(NO_ITEM);
    }
  });
});
