// The Queue live view's counts during real runs on real threads: a worker that waits has published
// what it did, and the numbers shown add up at every moment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE, type QueueParams } from '../../core/params/queueParams.ts';
import { mpmcOccupancy } from '../../core/queue/mpmcRing.ts';
import { occupancy } from '../../core/queue/openQueue.ts';
import { consumerBase, producerBase, WorkerSlot, WorkerState } from '../../core/queue/queueLayout.ts';
import { QueueEngine } from '../../engine/queueEngine.ts';
import { queueThreadSpawner } from '../../testing/nodeWebWorker.ts';
import { QueueLiveModel } from './liveModel.ts';

let engine: QueueEngine;

beforeAll(async () => {
  const spawner = await queueThreadSpawner(() => 'real');
  engine = new QueueEngine(spawner.spawn);
});

afterAll(() => {
  engine.dispose();
});

interface Sample {
  readonly produced: number;
  readonly consumed: number;
  readonly inQueue: number;
  /** The producers' and consumers' own published counts, and their states. */
  readonly publishedP: number;
  readonly publishedC: number;
  /** Each worker's state, read after the counts. */
  readonly states: readonly number[];
  /**
   * Per worker: in one and the same wait from before the counts were read until after (same state
   * on both sides, and no wait ended in between: the worker's blocked count is stored as one ends).
   */
  readonly waitedThroughout: readonly boolean[];
  /** Items taken from the queue so far (the mpmc ring's head), read with the counts. */
  readonly taken: number;
}

/** Runs `p`, reading shared memory into a live model every 2 ms, as the view does every frame. */
async function watch(p: QueueParams): Promise<{ samples: Sample[]; last: Sample }> {
  const samples: Sample[] = [];
  let model: QueueLiveModel | null = null;
  const look = (): Sample | null => {
    const mem = engine.mem;
    if (mem?.items !== p.items || mem.capacity !== p.capacity) return null;
    model ??= new QueueLiveModel(p);
    const bases = [
      ...Array.from({ length: p.producers }, (_, i) => producerBase(i)),
      ...Array.from({ length: p.consumers }, (_, i) => consumerBase(i)),
    ];
    const line = (b: number): { state: number; blocked: number } => ({
      blocked: Atomics.load(mem.ints, b + WorkerSlot.blocked),
      state: Atomics.load(mem.ints, b + WorkerSlot.state),
    });
    const before = bases.map(line);
    model.update(mem, performance.now(), false);
    const taken = mpmcOccupancy(mem).first;
    const after = bases.map(line);
    const waiting = (st: number): boolean => st === WorkerState.blockedFull || st === WorkerState.blockedEmpty;
    return {
      ...model.counts,
      publishedP: model.producers.total,
      publishedC: model.consumers.total,
      states: after.map((l) => l.state),
      waitedThroughout: after.map((l, i) => waiting(l.state) && before[i]?.state === l.state && before[i].blocked === l.blocked),
      taken,
    };
  };
  const timer = setInterval(() => {
    const s = look();
    if (s) samples.push(s);
  }, 2);
  const out = await engine.run(p);
  clearInterval(timer);
  expect(out.status).toBe('done');
  const last = look()!;
  return { samples, last };
}

const base = (patch: Partial<QueueParams>): QueueParams => ({ ...DEFAULT_QUEUE, produceMs: 0, consumeMs: 0, ...patch });

describe('Queue live counts on real threads', () => {
  it('producers asleep on a full queue show what they put; the numbers add up throughout', async () => {
    const p = base({ queue: 'locked', producers: 2, consumers: 1, capacity: 4, items: 12, consumeMs: 12, shutdown: 'sentinel' });
    const { samples, last } = await watch(p);
    expect(samples.length).toBeGreaterThan(20);
    // Before, a producer published only every 256 items: asleep on a full queue, it read as 0.
    const asleep = samples.filter((s) => s.states.slice(0, 2).every((st) => st === WorkerState.blockedFull) && s.consumed >= 4);
    expect(asleep.length).toBeGreaterThan(0);
    for (const s of asleep) expect(s.publishedP).toBeGreaterThanOrEqual(p.capacity);
    for (const s of samples) {
      expect(s.produced - s.consumed).toBe(s.inQueue);
      expect(s.inQueue).toBeGreaterThanOrEqual(0);
      expect(s.inQueue).toBeLessThanOrEqual(p.capacity);
    }
    expect(last).toMatchObject({ produced: 24, consumed: 24, inQueue: 0 });
  });

  it('a consumer asleep on an empty queue behind a slow producer shows what it took', async () => {
    const p = base({ queue: 'mpmc', producers: 1, consumers: 1, capacity: 8, items: 10, produceMs: 12, shutdown: 'close' });
    const { samples, last } = await watch(p);
    const asleep = samples.filter((s) => s.states[1] === WorkerState.blockedEmpty && s.waitedThroughout[1] && s.produced >= 3);
    expect(asleep.length).toBeGreaterThan(0);
    // While it waits, the consumer's count is what it took: all of it, but for the one item the wait
    // may just have returned (the state changes only after). Exact whatever the machine's load.
    for (const s of asleep) expect(s.taken - s.publishedC, JSON.stringify(s)).toBeOneOf([0, 1]);
    for (const s of samples) expect(s.produced - s.consumed).toBe(s.inQueue);
    expect(last).toMatchObject({ produced: 10, consumed: 10, inQueue: 0 });
    const mem = engine.mem!;
    expect(occupancy(mem, 'mpmc').count).toBe(0);
  });
});
