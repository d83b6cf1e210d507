import { describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE, type QueueParams } from '../../core/params/queueParams.ts';
import { allocateQueue, encodeItem, PILL, producerBase, consumerBase, WorkerSlot, WorkerState } from '../../core/queue/queueLayout.ts';
import { LockedQueue } from '../../core/queue/lockedQueue.ts';
import { SpscRing } from '../../core/queue/spscRing.ts';
import { flightMs, markOf, NO_MARK, PILL_MARK, QueueLiveModel, ringSlotsOf } from './liveModel.ts';

const params = (patch: Partial<QueueParams>): QueueParams => ({ ...DEFAULT_QUEUE, producers: 2, consumers: 2, capacity: 8, items: 100, ...patch });

describe('QueueLiveModel', () => {
  it('reads the ring, its head and tail, and the items’ producers', () => {
    const p = params({ queue: 'locked' });
    const mem = allocateQueue(p);
    const q = new LockedQueue(mem);
    q.tryPut(encodeItem(1, 0), 0);
    q.tryPut(encodeItem(0, 0), 0);
    q.tryPut(PILL, 0);
    q.tryGet();
    const model = new QueueLiveModel(p);
    expect(model.fits(mem)).toBe(true);
    expect(model.update(mem, 0, false)).toBe(true);
    expect(model.inQueue).toBe(2);
    expect(model.headSlot).toBe(1);
    expect(model.tailSlot).toBe(3);
    expect(model.slotMark[1]).toBe(0);
    expect(model.slotMark[2]).toBe(PILL_MARK);
    // Nothing moved: nothing to repaint.
    expect(model.update(mem, 16, false)).toBe(false);
  });

  it('sums the workers’ counts and launches one item in flight per worker', () => {
    const p = params({ queue: 'spsc', producers: 1, consumers: 1 });
    const mem = allocateQueue(p);
    const ring = new SpscRing(mem);
    const model = new QueueLiveModel(p);
    model.update(mem, 0, true);
    ring.tryPut(encodeItem(0, 0), 0);
    Atomics.store(mem.ints, producerBase(0) + WorkerSlot.count, 1);
    Atomics.store(mem.ints, producerBase(0) + WorkerSlot.lastItem, encodeItem(0, 0));
    Atomics.store(mem.ints, producerBase(0) + WorkerSlot.state, WorkerState.producing);
    model.update(mem, 100, true);
    expect(model.producers.total).toBe(1);
    expect(model.flight(model.producers, 0, 100)).toBe(0);
    // It lands in the slot just behind the tail.
    expect(model.producers.flightTo[0]).toBe(0);
    expect(model.flying(100 + model.flyMs / 2)).toBe(true);
    expect(model.flying(100 + model.flyMs)).toBe(false);
    // Without animation (reduced motion) nothing flies.
    const still = new QueueLiveModel(p);
    still.update(mem, 0, false);
    Atomics.store(mem.ints, consumerBase(0) + WorkerSlot.count, 1);
    still.update(mem, 50, false);
    expect(still.flying(50)).toBe(false);
  });

  it('shows the state a worker spent most of the last moment in, and done at once', () => {
    const p = params({ queue: 'locked' });
    const mem = allocateQueue(p);
    const model = new QueueLiveModel(p);
    const state = producerBase(0) + WorkerSlot.state;
    Atomics.store(mem.ints, state, WorkerState.producing);
    for (let t = 0; t <= 400; t += 16) model.update(mem, t, false);
    expect(model.producers.shown[0]).toBe(WorkerState.producing);
    // A blip of blocked does not flip the lane…
    Atomics.store(mem.ints, state, WorkerState.blockedFull);
    model.update(mem, 416, false);
    expect(model.producers.shown[0]).toBe(WorkerState.producing);
    // …staying blocked does.
    for (let t = 432; t <= 800; t += 16) model.update(mem, t, false);
    expect(model.producers.shown[0]).toBe(WorkerState.blockedFull);
    Atomics.store(mem.ints, state, WorkerState.done);
    model.update(mem, 816, false);
    expect(model.producers.shown[0]).toBe(WorkerState.done);
  });

  it('counts what is in flight for message queues', () => {
    const p = params({ queue: 'message' });
    const mem = allocateQueue(p);
    const model = new QueueLiveModel(p);
    Atomics.store(mem.ints, producerBase(0) + WorkerSlot.count, 10);
    Atomics.store(mem.ints, consumerBase(1) + WorkerSlot.count, 4);
    model.update(mem, 0, false);
    expect(model.inQueue).toBe(6);
    expect(model.ringSlots).toBe(0);
  });

  it('refuses memory laid out for other settings', () => {
    const mem = allocateQueue(params({}));
    expect(new QueueLiveModel(params({ capacity: 9 })).fits(mem)).toBe(false);
  });
});

describe('helpers', () => {
  it('marks items by producer, pills, and nothing', () => {
    expect(markOf(encodeItem(3, 12))).toBe(3);
    expect(markOf(PILL)).toBe(PILL_MARK);
    expect(markOf(-4)).toBe(NO_MARK);
  });

  it('draws the spare slot of the spsc ring', () => {
    expect(ringSlotsOf({ queue: 'spsc', capacity: 16 })).toBe(17);
    expect(ringSlotsOf({ queue: 'mpmc', capacity: 16 })).toBe(16);
    expect(ringSlotsOf({ queue: 'message', capacity: 16 })).toBe(0);
  });

  it('flies faster when items are paced quickly', () => {
    expect(flightMs({ produceMs: 0, consumeMs: 0 })).toBe(420);
    expect(flightMs({ produceMs: 200, consumeMs: 50 })).toBe(180);
    expect(flightMs({ produceMs: 1, consumeMs: 0 })).toBe(160);
  });
});
