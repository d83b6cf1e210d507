// What the Queue live view shows, read from shared memory once per frame into preallocated arrays:
// each worker's state and count, the ring's slots, head and tail, smoothed rates, and which items
// are in flight between a worker and the ring. Allocation-free after construction.
import type { QueueParams } from '../../core/params/queueParams.ts';
import { isRingKind, occupancy } from '../../core/queue/openQueue.ts';
import {
  consumerBase,
  Exit,
  ItemSlot,
  MAX_CAPACITY,
  MAX_CONSUMERS,
  MAX_PRODUCERS,
  NO_ITEM,
  producerBase,
  QueueSlot,
  SEQ_BITS,
  ShutdownSlot,
  slotBase,
  WorkerSlot,
  WorkerState,
  type QueueMemory,
} from '../../core/queue/queueLayout.ts';
import { NO_COUNTS, reconcileCounts, type LiveCounts } from './liveCounts.ts';

/** How an item is drawn: its producer (0…7), a poison pill, or nothing. */
export const PILL_MARK = -1;
export const NO_MARK = -2;

/** Time constant of the rate smoothing, as in the Counter lab. */
const RATE_TAU_MS = 400;
/**
 * Time constant of the state shown on a lane. At full speed a worker flips between working and
 * blocked thousands of times a second; the lane shows where it spent most of the last moment.
 */
const STATE_TAU_MS = 250;
const STATES = 6;
const MAX_SIDE = Math.max(MAX_PRODUCERS, MAX_CONSUMERS);

/** How long an item takes to fly between a worker and the ring (shorter when items are paced fast). */
export function flightMs(p: Pick<QueueParams, 'produceMs' | 'consumeMs'>): number {
  const pace = Math.max(p.produceMs, p.consumeMs);
  return pace > 0 ? Math.min(420, Math.max(160, pace * 0.9)) : 420;
}

/** Slots the view draws for a kind: spsc and unsafe rings keep one spare slot; message has none. */
export function ringSlotsOf(p: Pick<QueueParams, 'queue' | 'capacity'>): number {
  if (p.queue === 'message') return 0;
  return p.queue === 'unsafe' || p.queue === 'spsc' ? p.capacity + 1 : p.capacity;
}

/** The producer an item value belongs to, as a drawing mark. */
export function markOf(item: number): number {
  if (item === -1) return PILL_MARK;
  if (item < 0) return NO_MARK;
  return item >>> SEQ_BITS;
}

/** One side of the queue (producers or consumers): per-worker words from their own lines. */
export class Side {
  readonly n: number;
  /** The state as last read from shared memory. */
  readonly state = new Int32Array(MAX_SIDE);
  /** The state the lane shows: the one the worker spent most of the last moment in. */
  readonly shown = new Int32Array(MAX_SIDE);
  /** Recent time in each state, decaying: worker i's state s at i * STATES + s. */
  private readonly recent = new Float64Array(MAX_SIDE * STATES);
  readonly count = new Float64Array(Math.max(MAX_PRODUCERS, MAX_CONSUMERS));
  readonly blocked = new Int32Array(Math.max(MAX_PRODUCERS, MAX_CONSUMERS));
  readonly exit = new Int32Array(Math.max(MAX_PRODUCERS, MAX_CONSUMERS));
  /** Mark (producer or pill) of the last item put or taken. */
  readonly last = new Int32Array(Math.max(MAX_PRODUCERS, MAX_CONSUMERS)).fill(NO_MARK);
  /** The item in flight: when it left, its mark, and the ring slot (or consumer, for message) at the other end. */
  readonly flightAt = new Float64Array(Math.max(MAX_PRODUCERS, MAX_CONSUMERS)).fill(-Infinity);
  readonly flightMark = new Int32Array(Math.max(MAX_PRODUCERS, MAX_CONSUMERS));
  readonly flightTo = new Int32Array(Math.max(MAX_PRODUCERS, MAX_CONSUMERS));
  total = 0;
  /** Pills put (the last producer) or taken, as published. */
  pills = 0;

  constructor(n: number) {
    this.n = n;
  }

  reset(): void {
    this.state.fill(WorkerState.idle);
    this.shown.fill(WorkerState.idle);
    this.recent.fill(0);
    this.count.fill(0);
    this.blocked.fill(0);
    this.exit.fill(Exit.running);
    this.last.fill(NO_MARK);
    this.flightAt.fill(-Infinity);
    this.total = 0;
    this.pills = 0;
  }

  /** Workers shown in a state. */
  inState(state: number): number {
    let k = 0;
    for (let i = 0; i < this.n; i++) if (this.shown[i] === state) k++;
    return k;
  }

  /** Adds `dt` ms in worker i's current state and picks the state to show; true when it changed. */
  settle(i: number, dt: number): boolean {
    const state = this.state[i]!;
    const base = i * STATES;
    let pick = state;
    // Done is final and shows at once; everything else by where the recent time went.
    if (state !== WorkerState.done) {
      const keep = Math.exp(-dt / STATE_TAU_MS);
      let best = -1;
      for (let s = 0; s < STATES; s++) {
        const t = this.recent[base + s]! * keep + (s === state ? dt : 0);
        this.recent[base + s] = t;
        if (t > best) {
          best = t;
          pick = s;
        }
      }
    }
    if (pick === this.shown[i]) return false;
    this.shown[i] = pick;
    return true;
  }
}

export class QueueLiveModel {
  readonly config: QueueParams;
  readonly ring: boolean;
  readonly ringSlots: number;
  readonly producers: Side;
  readonly consumers: Side;
  /** The mark of each ring slot's current value (stale values included: `inQueue` says which count). */
  readonly slotMark: Int32Array;
  headSlot = 0;
  tailSlot = 0;
  /** Items in the ring (pills included: the drawing shows them), or posted and not yet taken (message). */
  inQueue = 0;
  /** The numbers shown: produced, consumed and in queue, consistent with each other (liveCounts.ts). */
  counts: LiveCounts = NO_COUNTS;
  closed = false;
  producedRate = 0;
  consumedRate = 0;
  readonly flyMs: number;
  private lastAt = -1;
  private frameAt = -1;
  /** Round-robin target of each producer's next message batch. */
  private readonly nextConsumer = new Int32Array(MAX_PRODUCERS);

  constructor(config: QueueParams) {
    this.config = config;
    this.ring = isRingKind(config.queue);
    this.ringSlots = ringSlotsOf(config);
    this.producers = new Side(config.producers);
    this.consumers = new Side(config.consumers);
    this.slotMark = new Int32Array(Math.max(1, Math.min(MAX_CAPACITY + 1, this.ringSlots))).fill(NO_MARK);
    this.flyMs = flightMs(config);
  }

  reset(): void {
    this.producers.reset();
    this.consumers.reset();
    this.slotMark.fill(NO_MARK);
    this.headSlot = 0;
    this.tailSlot = 0;
    this.inQueue = 0;
    this.counts = NO_COUNTS;
    this.closed = false;
    this.producedRate = 0;
    this.consumedRate = 0;
    this.lastAt = -1;
    this.frameAt = -1;
    this.nextConsumer.fill(0);
  }

  /** True when `mem` is laid out for this model's settings (a new run may not have allocated yet). */
  fits(mem: QueueMemory): boolean {
    const c = this.config;
    return mem.producers === c.producers && mem.consumers === c.consumers && mem.capacity === c.capacity && mem.items === c.items;
  }

  /** Reads one frame from shared memory; `animate` launches items in flight. True when anything changed. */
  update(mem: QueueMemory, now: number, animate: boolean): boolean {
    const m = mem.ints;
    const prev = this.counts;
    let changed = false;
    // The ring first: an item that moved this frame flies to or from where head and tail are now.
    if (isRingKind(this.config.queue)) {
      const o = occupancy(mem, this.config.queue);
      if (o.headSlot !== this.headSlot || o.tailSlot !== this.tailSlot || o.count !== this.inQueue) changed = true;
      this.headSlot = o.headSlot;
      this.tailSlot = o.tailSlot;
      this.inQueue = o.count;
      const n = Math.min(this.slotMark.length, o.ringSlots);
      for (let s = 0; s < n; s++) {
        const mark = markOf(Atomics.load(m, slotBase(s) + ItemSlot.item));
        if (mark !== this.slotMark[s]) {
          this.slotMark[s] = mark;
          changed = true;
        }
      }
    }
    const dt = this.frameAt < 0 ? 16 : Math.min(250, Math.max(0, now - this.frameAt));
    this.frameAt = now;
    changed = this.readSide(m, this.producers, producerBase, now, dt, animate, true) || changed;
    changed = this.readSide(m, this.consumers, consumerBase, now, dt, animate, false) || changed;
    if (!this.ring) {
      const inFlight = Math.max(0, this.producers.total - this.consumers.total);
      if (inFlight !== this.inQueue) changed = true;
      this.inQueue = inFlight;
    }
    const pillsInRing = Math.max(0, this.producers.pills - this.consumers.pills);
    this.counts = reconcileCounts(this.config.queue, this.counts, {
      produced: this.producers.total,
      consumed: this.consumers.total,
      ringItems: Math.max(0, this.inQueue - pillsInRing),
    });
    const closed = Atomics.load(m, QueueSlot.shutdown + ShutdownSlot.closed) !== 0;
    if (closed !== this.closed) {
      this.closed = closed;
      changed = true;
    }
    if (this.counts.produced !== prev.produced || this.counts.consumed !== prev.consumed || this.counts.inQueue !== prev.inQueue) changed = true;
    this.smoothRates(now, this.counts.produced - prev.produced, this.counts.consumed - prev.consumed);
    return changed;
  }

  /** 0 → 1 progress of worker i's item in flight, or -1 when none. */
  flight(side: Side, i: number, now: number): number {
    const t = (now - side.flightAt[i]!) / this.flyMs;
    return t >= 0 && t < 1 ? t : -1;
  }

  /** True while any item is still in flight (the frame must be painted even if memory stood still). */
  flying(now: number): boolean {
    for (let i = 0; i < this.producers.n; i++) if (this.flight(this.producers, i, now) >= 0) return true;
    for (let i = 0; i < this.consumers.n; i++) if (this.flight(this.consumers, i, now) >= 0) return true;
    return false;
  }

  private readSide(
    m: Int32Array, side: Side, base: (i: number) => number, now: number, dt: number, animate: boolean, producing: boolean,
  ): boolean {
    let changed = false;
    let total = 0;
    let pills = 0;
    for (let i = 0; i < side.n; i++) {
      const b = base(i);
      const state = Atomics.load(m, b + WorkerSlot.state);
      const count = Atomics.load(m, b + WorkerSlot.count);
      const blocked = Atomics.load(m, b + WorkerSlot.blocked);
      const exit = Atomics.load(m, b + WorkerSlot.exit);
      const lastItem = Atomics.load(m, b + WorkerSlot.lastItem);
      pills += Atomics.load(m, b + WorkerSlot.pills);
      const grew = count > side.count[i]!;
      if (count !== side.count[i] || blocked !== side.blocked[i] || exit !== side.exit[i]) changed = true;
      side.state[i] = state;
      side.count[i] = count;
      side.blocked[i] = blocked;
      side.exit[i] = exit;
      if (side.settle(i, dt)) changed = true;
      if (lastItem !== NO_ITEM) side.last[i] = markOf(lastItem);
      total += count;
      // One item in flight per worker at a time: at full speed that is a sample of the traffic.
      if (grew && animate && now - side.flightAt[i]! >= this.flyMs) {
        side.flightAt[i] = now;
        side.flightMark[i] = producing ? i : side.last[i]!;
        if (!this.ring) {
          side.flightTo[i] = this.nextConsumer[i]!;
          this.nextConsumer[i] = (this.nextConsumer[i]! + 1) % Math.max(1, this.consumers.n);
        } else {
          // A producer's item lands just behind the tail; a consumer's left just behind the head.
          const slots = Math.max(1, this.ringSlots);
          side.flightTo[i] = producing ? (this.tailSlot + slots - 1) % slots : (this.headSlot + slots - 1) % slots;
        }
        changed = true;
      }
    }
    side.total = total;
    side.pills = pills;
    return changed;
  }

  private smoothRates(now: number, produced: number, consumed: number): void {
    if (this.lastAt < 0) {
      this.lastAt = now;
      return;
    }
    const dt = now - this.lastAt;
    this.lastAt = now;
    if (dt <= 0) return;
    // Exponential smoothing with a time constant, so the rate reads the same at any frame rate.
    const a = 1 - Math.exp(-dt / RATE_TAU_MS);
    this.producedRate += a * ((produced * 1000) / dt - this.producedRate);
    this.consumedRate += a * ((consumed * 1000) / dt - this.consumedRate);
  }
}
