// After a run: every item accounted for, from shared memory: produced, consumed, lost, duplicated, reordered, left.
// Concurrency contract: main thread (or any thread) once every worker of the run has returned; it
// only reads, with Atomics, so reading while workers still run gives a rough but safe picture.
import { isRingKind, queuedItems } from './openQueue.ts';
import type { QueueKind } from './queueKinds.ts';
import {
  LATENCY_BUCKETS,
  PILL,
  SEQ_BITS,
  SEQ_MASK,
  VerifySlot,
  WorkerSlot,
  consumerBase,
  latencyBase,
  producerBase,
  verifyBase,
  type QueueMemory,
} from './queueLayout.ts';
import { percentile } from './latency.ts';

export interface ProducerVerdict {
  /** Items this producer put into the queue. */
  readonly produced: number;
  /** Its items some consumer took at least once. */
  readonly delivered: number;
  /** Extra takes of its items beyond the first. */
  readonly duplicated: number;
  /** Its items a consumer took after a later one of the same producer. */
  readonly outOfOrder: number;
  /** Its items still in the queue, never taken. */
  readonly left: number;
  /** Put, never taken, and not in the queue either: overwritten or dropped. */
  readonly lost: number;
}

export interface QueueVerdict {
  readonly produced: number;
  /** Takes of items, duplicates included. */
  readonly consumed: number;
  readonly delivered: number;
  readonly duplicated: number;
  readonly outOfOrder: number;
  readonly left: number;
  readonly lost: number;
  /** Values taken that were no item of this run (a never-written slot, a stray pill). */
  readonly phantom: number;
  /** Pills still in the queue. */
  readonly pillsLeft: number;
  readonly perProducer: readonly ProducerVerdict[];
  /** Nothing lost, duplicated, reordered or made up. */
  readonly exact: boolean;
  /** Exact, and every item produced was delivered (nothing left behind). */
  readonly complete: boolean;
  readonly latency: LatencySummary;
}

export interface LatencySummary {
  readonly samples: number;
  /** Enqueue-to-dequeue latency percentiles, in microseconds (NaN without samples). */
  readonly p50Us: number;
  readonly p99Us: number;
  /** Samples per log2 bucket: bucket 0 is < 1 µs, bucket k is [2^(k-1), 2^k) µs. */
  readonly histogram: readonly number[];
}

/** Bits set in [from, to) of the bitmap starting at Int32 index `base`. */
export function countBits(m: Int32Array, base: number, from: number, to: number): number {
  let n = 0;
  let bit = from;
  while (bit < to && (bit & 31) !== 0) n += (Atomics.load(m, base + (bit >>> 5)) >>> (bit++ & 31)) & 1;
  for (; bit + 32 <= to; bit += 32) n += popcount(Atomics.load(m, base + (bit >>> 5)));
  while (bit < to) n += (Atomics.load(m, base + (bit >>> 5)) >>> (bit++ & 31)) & 1;
  return n;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

function isSeen(mem: QueueMemory, p: number, s: number): boolean {
  const bit = p * mem.items + s;
  return ((Atomics.load(mem.ints, mem.seen + (bit >>> 5)) >>> (bit & 31)) & 1) === 1;
}

export function latencySummary(mem: QueueMemory): LatencySummary {
  const histogram = new Array<number>(LATENCY_BUCKETS).fill(0);
  for (let c = 0; c < mem.consumers; c++) {
    for (let k = 0; k < LATENCY_BUCKETS; k++) histogram[k]! += Atomics.load(mem.ints, latencyBase(c) + k);
  }
  const samples = histogram.reduce((a, b) => a + b, 0);
  return { samples, p50Us: percentile(histogram, 0.5), p99Us: percentile(histogram, 0.99), histogram };
}

export function verifyQueue(mem: QueueMemory, kind: QueueKind): QueueVerdict {
  const m = mem.ints;
  const P = mem.producers;
  // Items still in the ring and never taken; a racing ring can hold stale copies, counted once.
  const leftBy = new Array<number>(P).fill(0);
  let pillsLeft = 0;
  if (isRingKind(kind)) {
    const waiting = new Set<number>();
    for (const v of queuedItems(mem, kind)) {
      if (v === PILL) pillsLeft++;
      const p = v >>> SEQ_BITS;
      const s = v & SEQ_MASK;
      if (v >= 0 && p < P && s < mem.items && !isSeen(mem, p, s) && !waiting.has(v)) {
        waiting.add(v);
        leftBy[p]!++;
      }
    }
  }
  let phantom = 0;
  for (let c = 0; c < mem.consumers; c++) phantom += Atomics.load(m, verifyBase(c) + VerifySlot.phantom);
  const perProducer: ProducerVerdict[] = [];
  for (let p = 0; p < P; p++) {
    const produced = Atomics.load(m, producerBase(p) + WorkerSlot.count);
    const delivered = countBits(m, mem.seen, p * mem.items, (p + 1) * mem.items);
    let duplicated = 0;
    let outOfOrder = 0;
    for (let c = 0; c < mem.consumers; c++) {
      duplicated += Atomics.load(m, verifyBase(c) + VerifySlot.duplicates + p);
      outOfOrder += Atomics.load(m, verifyBase(c) + VerifySlot.outOfOrder + p);
    }
    // Messages cannot be inspected in flight: what was posted and not taken is still travelling.
    const left = isRingKind(kind) ? leftBy[p]! : produced - delivered - duplicated;
    perProducer.push({ produced, delivered, duplicated, outOfOrder, left, lost: produced - delivered - left });
  }
  const sum = (f: (v: ProducerVerdict) => number): number => perProducer.reduce((t, v) => t + f(v), 0);
  let consumed = 0;
  for (let c = 0; c < mem.consumers; c++) consumed += Atomics.load(m, consumerBase(c) + WorkerSlot.count);
  const v = {
    produced: sum((x) => x.produced),
    consumed,
    delivered: sum((x) => x.delivered),
    duplicated: sum((x) => x.duplicated),
    outOfOrder: sum((x) => x.outOfOrder),
    left: sum((x) => x.left),
    lost: sum((x) => x.lost),
  };
  const exact = v.lost === 0 && v.duplicated === 0 && v.outOfOrder === 0 && phantom === 0;
  return {
    ...v,
    phantom,
    pillsLeft,
    perProducer,
    exact,
    complete: exact && v.left === 0 && v.delivered === v.produced,
    latency: latencySummary(mem),
  };
}
