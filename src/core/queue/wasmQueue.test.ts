// queue.wat on one thread: its tally leaves what tally.ts leaves, its chunk loops stop where they should.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModule } from '../wasm/wasmThreads.ts';
import { allocateQueue, encodeItem, LATENCY_BUCKETS, latencyBase, NO_ITEM, PILL, UNWRITTEN, verifyBase, type QueueMemory } from './queueLayout.ts';
import { stampNow } from './latency.ts';
import { Tally } from './tally.ts';
import { WasmQueue } from './wasmQueue.ts';
import queueWasm from './queue.wat';

const queueModule = compileModule(queueWasm);
const GEOMETRY = { producers: 3, consumers: 2, capacity: 8, items: 40 };

/** Both consumers' verification and latency lines, and the seen-bitmap. */
function tallies(mem: QueueMemory): number[] {
  const lines: number[] = [];
  for (let c = 0; c < mem.consumers; c++) {
    lines.push(...mem.ints.slice(verifyBase(c), verifyBase(c) + 32), ...mem.ints.slice(latencyBase(c), latencyBase(c) + LATENCY_BUCKETS));
  }
  return lines.concat(Array.from(mem.ints.slice(mem.seen, mem.seen + 4)));
}

describe('the WebAssembly tally', () => {
  it('leaves the same lines as the JavaScript one for any sequence of takes', () => {
    const value = fc.oneof(
      fc.tuple(fc.nat(GEOMETRY.producers - 1), fc.nat(GEOMETRY.items - 1)).map(([p, s]) => encodeItem(p, s)),
      fc.constantFrom(UNWRITTEN, encodeItem(GEOMETRY.producers, 0), encodeItem(0, GEOMETRY.items), -123),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(1), value, fc.boolean()), { maxLength: 200 }), fc.constantFrom(0, 3), (takes, mask) => {
        const js = allocateQueue(GEOMETRY);
        const wasm = allocateQueue(GEOMETRY, queueModule);
        const jsTallies = [0, 1].map((c) => new Tally(js, c, mask));
        const wasmTallies = [0, 1].map((c) => new WasmQueue(wasm, 'mpmc', wasm.wasm!, mask, c));
        // A stamp from a second ago lands in the same latency bucket on both sides.
        const stamp = stampNow() - 1_000_000;
        for (const [c, v, stray] of takes) {
          if (stray) {
            jsTallies[c]!.strayPill();
            wasmTallies[c]!.strayPill();
          } else {
            expect(wasmTallies[c]!.record(v, stamp)).toBe(jsTallies[c]!.record(v, stamp));
          }
        }
        for (const t of [...jsTallies, ...wasmTallies]) t.publish();
        expect(tallies(wasm)).toEqual(tallies(js));
      }),
      { numRuns: 200, seed: 0x7a11 },
    );
  });
});

describe('the chunk loops', () => {
  it('produce stops at the item the full ring refused, and consume at an empty ring or a pill', () => {
    for (const kind of ['spsc', 'mpmc', 'locked', 'unsafe'] as const) {
      const mem = allocateQueue({ producers: 1, consumers: 1, capacity: 8, items: 40 }, queueModule);
      const producer = new WasmQueue(mem, kind, mem.wasm!, 63);
      const consumer = new WasmQueue(mem, kind, mem.wasm!, 63, 0);
      expect(producer.produce(0, 0, 40)).toBe(8);
      expect(consumer.consume(3)).toBe(3);
      expect([consumer.halt, consumer.last]).toEqual([0, encodeItem(0, 2)]);
      expect(producer.produce(0, 8, 40)).toBe(11);
      expect(consumer.consume(100)).toBe(8);
      expect([consumer.halt, consumer.last]).toEqual([NO_ITEM, encodeItem(0, 10)]);
      expect(producer.tryPut(encodeItem(0, 11), 0)).toBe(true);
      expect(producer.tryPut(PILL, 0)).toBe(true);
      expect(consumer.consume(100)).toBe(1);
      expect([consumer.halt, consumer.last]).toEqual([PILL, encodeItem(0, 11)]);
      expect(consumer.isEmpty()).toBe(true);
    }
  });
});
