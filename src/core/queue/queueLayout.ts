// Memory layout of a Queue run: control, shutdown words, ring header, slots, per-worker lines, verification.
// Concurrency contract: control is written by the main thread; the header is written once before the
// run; head/tail/lock/wake lines belong to the queue kind's own protocol; each worker line (and each
// consumer's verification and latency lines) is written by its worker only; the seen-bitmap is
// shared by all consumers through Atomics.or.
import { LINE_INTS } from '../shared/memory.ts';
import { sharedMemory, type WasmCode, type WasmModule } from '../wasm/wasmThreads.ts';

export const MAX_PRODUCERS = 8;
export const MAX_CONSUMERS = 8;
export const MAX_CAPACITY = 4096;
export const MAX_ITEMS = 10_000_000;

/**
 * An item is one Int32: producer index in the top bits, its sequence number in the low 24 bits
 * (2^24 > MAX_ITEMS). One word, so that even the racing ring moves whole items: what it loses or
 * duplicates are items, never halves of two different ones.
 */
export const SEQ_BITS = 24;
export const SEQ_MASK = (1 << SEQ_BITS) - 1;
/** A consumer's poison pill (sentinel policy). */
export const PILL = -1;
/** What tryGet returns when the ring is empty. */
export const NO_ITEM = -2;
/** What a blocking get returns when the queue is closed and drained. */
export const CLOSED = -3;
/** What a slot holds before anything was written to it: only the racing ring ever reads one. */
export const UNWRITTEN = -4;

export function encodeItem(producer: number, seq: number): number {
  return (producer << SEQ_BITS) | seq;
}
export function itemProducer(item: number): number {
  return item >>> SEQ_BITS;
}
export function itemSeq(item: number): number {
  return item & SEQ_MASK;
}

const LINE = LINE_INTS;
/** Int32 indexes of the fixed part; every independently written group has its own 64-byte line. */
export const QueueSlot = {
  control: 0,
  /** Geometry, written by allocate and read-only afterwards (see HeaderSlot). */
  header: LINE,
  barrier: LINE * 2,
  /** Run counters: producers done, consumers done, the closed flag. */
  shutdown: LINE * 3,
  /**
   * Consumer side of the ring: spsc/unsafe read index, mpmc dequeue position. Head and tail are 128
   * bytes apart, each alone in its aligned pair of lines: Intel's adjacent-line prefetcher moves
   * lines in pairs, so 64 bytes apart the two indices would still pull each other's line along.
   */
  head: LINE * 4,
  /** Producer side of the ring: spsc/unsafe write index, mpmc enqueue position. */
  tail: LINE * 6,
  /** locked: the mutex and, under it, count, head and tail together (one line moves them all). */
  lock: LINE * 8,
  /** Condition variable (locked) or event count (lock-free kinds) of "not empty" and "not full". */
  notEmpty: LINE * 9,
  notFull: LINE * 10,
  producers: LINE * 11,
  consumers: LINE * (11 + MAX_PRODUCERS),
  /** Per consumer: two lines of verification tallies (VerifySlot). */
  verify: LINE * (11 + MAX_PRODUCERS + MAX_CONSUMERS),
  /** Per consumer: two lines, one log2 latency bucket per Int32. */
  latency: LINE * (11 + MAX_PRODUCERS + MAX_CONSUMERS * 3),
  slots: LINE * (11 + MAX_PRODUCERS + MAX_CONSUMERS * 5),
} as const;

export const HeaderSlot = { magic: 0, producers: 1, consumers: 2, capacity: 3, items: 4, slotCount: 5, seen: 6 } as const;
export const ShutdownSlot = { producersDone: 0, consumersDone: 1, closed: 2 } as const;
export const LockSlot = { mutex: 0, count: 1, head: 2, tail: 3 } as const;

/** Offsets inside a worker's own line. */
export const WorkerSlot = {
  state: 0,
  /** Items put (producer) or taken (consumer), pills excluded; published once per chunk and before every wait. */
  count: 1,
  /** Times the worker had to sleep on a full (producer) or empty (consumer) queue. */
  blocked: 2,
  /** Total time spent blocked, in microseconds. */
  blockedUs: 3,
  /** The last item put or taken, for the live view. */
  lastItem: 4,
  /** Pills put (the last producer) or taken, published with the count. */
  pills: 5,
  /** Why the worker ended (an Exit value). */
  exit: 6,
} as const;

/** Per consumer verification lines: producer p's tallies sit at offset + p. */
export const VerifySlot = { lastSeen: 0, outOfOrder: MAX_PRODUCERS, duplicates: LINE, phantom: LINE + MAX_PRODUCERS } as const;

export const WorkerState = { idle: 0, producing: 1, blockedFull: 2, consuming: 3, blockedEmpty: 4, done: 5 } as const;
export type WorkerStateValue = (typeof WorkerState)[keyof typeof WorkerState];

export const Exit = { running: 0, finished: 1, empty: 2, pill: 3, closed: 4, stopped: 5 } as const;
export type ExitValue = (typeof Exit)[keyof typeof Exit];

/** A slot: the Vyukov sequence word (mpmc only), the item, its enqueue stamp, one spare. */
export const SLOT_INTS = 4;
export const ItemSlot = { seq: 0, item: 1, stamp: 2 } as const;
export const LATENCY_BUCKETS = LINE * 2;

const MAGIC = 0x51554555; // "QUEU"

export interface QueueGeometry {
  readonly producers: number;
  readonly consumers: number;
  readonly capacity: number;
  /** Items per producer. */
  readonly items: number;
}

export interface QueueMemory extends QueueGeometry {
  readonly buffer: SharedArrayBuffer;
  readonly ints: Int32Array;
  /** capacity + 1: the spsc ring keeps one slot free to tell full from empty. */
  readonly slotCount: number;
  /** Int32 index of the seen-bitmap: one bit per possible item, producer-major. */
  readonly seen: number;
  /** Set for the WebAssembly engine: the buffer is this memory's, and the kernels are compiled for it. */
  readonly wasm?: WasmCode;
}

function checkGeometry(g: QueueGeometry): void {
  const bad = (what: string, v: number, lo: number, hi: number): never => {
    throw new RangeError(`queue ${what} must be a whole number in ${lo}..${hi}, got ${v}`);
  };
  const check = (what: string, v: number, lo: number, hi: number): void => {
    if (!Number.isInteger(v) || v < lo || v > hi) bad(what, v, lo, hi);
  };
  check('producers', g.producers, 0, MAX_PRODUCERS);
  check('consumers', g.consumers, 0, MAX_CONSUMERS);
  check('capacity', g.capacity, 1, MAX_CAPACITY);
  check('items', g.items, 0, MAX_ITEMS);
}

function seenStart(capacity: number): number {
  const end = QueueSlot.slots + (capacity + 1) * SLOT_INTS;
  return Math.ceil(end / LINE) * LINE;
}

/** Bytes a run of this geometry needs: the bitmap grows with producers × items, nothing else does. */
export function queueBytes(g: QueueGeometry): number {
  checkGeometry(g);
  const bits = g.producers * g.items;
  return (seenStart(g.capacity) + Math.ceil(bits / 32)) * 4;
}

/** A plain SharedArrayBuffer, or with `module` (queue.wat compiled) a shared WebAssembly memory. */
export function allocateQueue(g: QueueGeometry, module?: WasmModule): QueueMemory {
  const memory = module ? sharedMemory(queueBytes(g)) : null;
  const buffer = memory ? memory.buffer : new SharedArrayBuffer(queueBytes(g));
  const h = new Int32Array(buffer, 0, QueueSlot.header + LINE);
  const H = QueueSlot.header;
  h[H + HeaderSlot.producers] = g.producers;
  h[H + HeaderSlot.consumers] = g.consumers;
  h[H + HeaderSlot.capacity] = g.capacity;
  h[H + HeaderSlot.items] = g.items;
  h[H + HeaderSlot.slotCount] = g.capacity + 1;
  h[H + HeaderSlot.seen] = seenStart(g.capacity);
  h[H + HeaderSlot.magic] = MAGIC;
  const mem = memory && module ? { ...attachQueue(buffer), wasm: { module, memory } } : attachQueue(buffer);
  resetQueue(mem);
  return mem;
}

/** Reads the geometry back from the header: a worker needs only the buffer. */
export function attachQueue(buffer: SharedArrayBuffer): QueueMemory {
  const ints = new Int32Array(buffer);
  const at = (k: number): number => ints[QueueSlot.header + k] ?? 0;
  if (at(HeaderSlot.magic) !== MAGIC) throw new RangeError('not a queue buffer (allocate it with allocateQueue)');
  const g = { producers: at(HeaderSlot.producers), consumers: at(HeaderSlot.consumers), capacity: at(HeaderSlot.capacity), items: at(HeaderSlot.items) };
  if (buffer.byteLength < queueBytes(g)) throw new RangeError(`queue buffer needs ${queueBytes(g)} bytes, got ${buffer.byteLength}`);
  return { ...g, buffer, ints, slotCount: at(HeaderSlot.slotCount), seen: at(HeaderSlot.seen) };
}

/**
 * Puts the run back to its starting state (main thread, no worker running): zero everywhere but
 * the header, every slot empty, and each mpmc slot's sequence at 2 × its index (free for the
 * producer whose position is that index; see mpmcRing.ts for why the sequence is doubled).
 */
export function resetQueue(mem: QueueMemory): void {
  const m = mem.ints;
  m.fill(0, 0, QueueSlot.header);
  m.fill(0, QueueSlot.header + LINE);
  for (let i = 0; i < mem.slotCount; i++) {
    const s = QueueSlot.slots + i * SLOT_INTS;
    m[s + ItemSlot.seq] = 2 * i;
    m[s + ItemSlot.item] = UNWRITTEN;
  }
  for (let c = 0; c < MAX_CONSUMERS; c++) {
    m.fill(-1, verifyBase(c) + VerifySlot.lastSeen, verifyBase(c) + VerifySlot.lastSeen + MAX_PRODUCERS);
  }
}

export function producerBase(index: number): number {
  return QueueSlot.producers + index * LINE;
}
export function consumerBase(index: number): number {
  return QueueSlot.consumers + index * LINE;
}
export function verifyBase(consumer: number): number {
  return QueueSlot.verify + consumer * LINE * 2;
}
export function latencyBase(consumer: number): number {
  return QueueSlot.latency + consumer * LINE * 2;
}
export function slotBase(i: number): number {
  return QueueSlot.slots + i * SLOT_INTS;
}
