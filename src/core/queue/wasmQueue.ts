// The Queue kernels of queue.wat on one worker: its ring behind the Ring interface, its tally, and its chunk loops.
// Concurrency contract: one WasmQueue per worker per run (the module's indices, caches and tallies
// are that instance's); what may run concurrently on the ring is each kind's own contract. The
// blocking paths of runQueue.ts work on the same words through LockFreeQueue or LockedQueue.
import { CondSlot } from '../sync/condvar.ts';
import { exportedFunction, exportedGlobal, instantiate, type WasmCode, type WasmFunction, type WasmGlobal } from '../wasm/wasmThreads.ts';
import { SPINS } from './lockFreeQueue.ts';
import { LATENCY_BUCKETS, NO_ITEM, PILL, ItemSlot, LockSlot, QueueSlot, SEQ_BITS, SLOT_INTS, VerifySlot, latencyBase, verifyBase, type QueueMemory } from './queueLayout.ts';
import { stampNow } from './latency.ts';
import type { RingKind } from './openQueue.ts';
import type { Ring } from './ring.ts';
import type { ConsumerTally } from './tally.ts';

/** How queue.wat numbers the kinds. */
const WASM_KIND: Record<RingKind, number> = { unsafe: 0, spsc: 1, mpmc: 2, locked: 3 };

/** What queue.wat imports from the layout: byte addresses and offsets, and constants. */
export const QUEUE_WASM_LAYOUT = {
  head: QueueSlot.head * 4,
  tail: QueueSlot.tail * 4,
  mutex: (QueueSlot.lock + LockSlot.mutex) * 4,
  count: (QueueSlot.lock + LockSlot.count) * 4,
  locked_head: (QueueSlot.lock + LockSlot.head) * 4,
  locked_tail: (QueueSlot.lock + LockSlot.tail) * 4,
  not_empty: QueueSlot.notEmpty * 4,
  not_full: QueueSlot.notFull * 4,
  slots: QueueSlot.slots * 4,
  slot_bytes: SLOT_INTS * 4,
  item_offset: ItemSlot.item * 4,
  stamp_offset: ItemSlot.stamp * 4,
  waiters_offset: CondSlot.waiters * 4,
  last_seen: VerifySlot.lastSeen * 4,
  out_of_order: VerifySlot.outOfOrder * 4,
  duplicates: VerifySlot.duplicates * 4,
  phantom: VerifySlot.phantom * 4,
  buckets: LATENCY_BUCKETS,
  spins: SPINS,
  seq_bits: SEQ_BITS,
  pill: PILL,
  no_item: NO_ITEM,
} as const;

export class WasmQueue implements Ring, ConsumerTally {
  private readonly x: {
    tryPut: WasmFunction;
    tryGet: WasmFunction;
    isEmpty: WasmFunction;
    size: WasmFunction;
    record: WasmFunction;
    phantom: WasmFunction;
    produce: WasmFunction;
    consume: WasmFunction;
    stamp: WasmGlobal;
    last: WasmGlobal;
    halt: WasmGlobal;
  };

  /** `consumer`: whose verification and latency lines the tally writes (producers never tally). */
  constructor(mem: QueueMemory, kind: RingKind, code: WasmCode, stampMask: number, consumer = 0) {
    const x = instantiate(code, QUEUE_WASM_LAYOUT, { stamp_now: stampNow });
    const f = (name: string): WasmFunction => exportedFunction(x, name);
    this.x = {
      tryPut: f('try_put'),
      tryGet: f('try_get'),
      isEmpty: f('is_empty'),
      size: f('size'),
      record: f('record'),
      phantom: f('phantom'),
      produce: f('produce'),
      consume: f('consume'),
      stamp: exportedGlobal(x, 'stamp'),
      last: exportedGlobal(x, 'last'),
      halt: exportedGlobal(x, 'halt'),
    };
    f('open')(
      WASM_KIND[kind],
      mem.capacity,
      mem.slotCount,
      mem.producers,
      mem.items,
      mem.seen * 4,
      verifyBase(consumer) * 4,
      latencyBase(consumer) * 4,
      stampMask,
    );
  }

  get stamp(): number {
    return this.x.stamp.value;
  }

  tryPut(item: number, stamp: number): boolean {
    return this.x.tryPut(item, stamp) !== 0;
  }

  tryGet(): number {
    return this.x.tryGet();
  }

  isEmpty(): boolean {
    return this.x.isEmpty() !== 0;
  }

  size(): number {
    return this.x.size();
  }

  record(item: number, stamp: number): boolean {
    return this.x.record(item, stamp) !== 0;
  }

  strayPill(): void {
    this.x.phantom();
  }

  /** The module tallies straight onto this consumer's lines: nothing is left to copy. */
  publish(): void {
    // Nothing kept aside.
  }

  /**
   * Puts this producer's items seq .. end - 1, waking sleeping consumers as it goes; returns the
   * sequence number reached: `end`, or the item the ring stayed full for (the caller blocks on it).
   */
  produce(producer: number, seq: number, end: number): number {
    return this.x.produce(producer, seq, end);
  }

  /**
   * Takes and tallies up to `max` values; returns the items tallied. `halt` then says why it
   * stopped (0: it took `max`; NO_ITEM: the ring stayed empty; PILL: it took a pill), `last` is the
   * last item it took.
   */
  consume(max: number): number {
    return this.x.consume(max);
  }

  get halt(): number {
    return this.x.halt.value;
  }

  get last(): number {
    return this.x.last.value;
  }
}
