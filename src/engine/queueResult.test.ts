// Queue run results: throughput from consumed items, elapsed from the workers' clocks, reports read back from shared memory.
import { describe, expect, it } from 'vitest';
import type { QueueWorkerResult } from '../core/queue/queueJob.ts';
import { allocateQueue, consumerBase, Exit, producerBase, WorkerSlot } from '../core/queue/queueLayout.ts';
import { latencySummary, verifyQueue } from '../core/queue/verify.ts';
import { publishedWorkerResults, rate, runElapsed, summariseQueueRun } from './queueResult.ts';

const worker = (role: QueueWorkerResult['role'], index: number, items: number, elapsedMs: number): QueueWorkerResult => ({
  role,
  index,
  items,
  pills: 0,
  blocked: 0,
  blockedMs: 0,
  elapsedMs,
  stopped: false,
  exit: Exit.finished,
});

describe('runElapsed', () => {
  it("is the slowest worker's own clock when every worker answered", () => {
    expect(runElapsed([worker('producer', 0, 10, 40), worker('consumer', 0, 10, 55)], 80, true)).toBe(55);
  });
  it('falls back to the wall clock when the workers had to be terminated, or report no time', () => {
    expect(runElapsed([worker('producer', 0, 10, 40)], 80, false)).toBe(80);
    expect(runElapsed([worker('producer', 0, 0, 0)], 12, true)).toBe(12);
  });
});

describe('summariseQueueRun', () => {
  it('reports consumed items per second, and the diagnosis only when there is one', () => {
    const mem = allocateQueue({ producers: 1, consumers: 1, capacity: 4, items: 10 });
    const verdict = { ...verifyQueue(mem, 'locked'), consumed: 500 };
    const done = summariseQueueRun(verdict, latencySummary(mem), [], 250, 'done');
    expect(done).toMatchObject({ throughput: 2000, elapsedMs: 250, status: 'done' });
    expect('diagnosis' in done).toBe(false);
    const stuck = summariseQueueRun(verdict, latencySummary(mem), [], 0, 'deadlocked', 'nobody consumes');
    expect(stuck).toMatchObject({ throughput: 0, status: 'deadlocked', diagnosis: 'nobody consumes' });
  });
  it('rounds rates to whole items per second', () => {
    expect(rate(1, 3)).toBe(333);
    expect(rate(5, 0)).toBe(0);
  });
});

describe('publishedWorkerResults', () => {
  it("reads every worker's line back, producers first, marked stopped", () => {
    const mem = allocateQueue({ producers: 2, consumers: 1, capacity: 4, items: 10 });
    const m = mem.ints;
    Atomics.store(m, producerBase(1) + WorkerSlot.count, 7);
    Atomics.store(m, producerBase(1) + WorkerSlot.blocked, 2);
    Atomics.store(m, producerBase(1) + WorkerSlot.blockedUs, 1500);
    Atomics.store(m, consumerBase(0) + WorkerSlot.count, 4);
    Atomics.store(m, consumerBase(0) + WorkerSlot.pills, 1);
    Atomics.store(m, consumerBase(0) + WorkerSlot.exit, Exit.pill);
    const r = publishedWorkerResults(mem);
    expect(r.map((w) => [w.role, w.index])).toEqual([
      ['producer', 0],
      ['producer', 1],
      ['consumer', 0],
    ]);
    expect(r[1]).toMatchObject({ items: 7, blocked: 2, blockedMs: 1.5, stopped: true, elapsedMs: 0 });
    expect(r[2]).toMatchObject({ items: 4, pills: 1, exit: Exit.pill });
  });
});
