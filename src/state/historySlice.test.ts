// Run history: each lab keeps its own last runs, newest first and at most HISTORY_LENGTH; Clear empties one lab;
// the records carry the figures the tables show, from the real summaries of a run.
import { beforeEach, describe, expect, it } from 'vitest';
import type { LitmusTally } from '../core/litmus/index.ts';
import { DEFAULT_COUNTER } from '../core/params/counterParams.ts';
import { DEFAULT_LITMUS } from '../core/params/litmusParams.ts';
import { DEFAULT_QUEUE } from '../core/params/queueParams.ts';
import { DEFAULT_SCALING } from '../core/params/scalingParams.ts';
import type { Series } from '../core/scaling/sweepPlan.ts';
import { allocateQueue } from '../core/queue/queueLayout.ts';
import { latencySummary, verifyQueue } from '../core/queue/verify.ts';
import { dirsOf, summariseTrial } from '../engine/counterResult.ts';
import { summariseLitmus } from '../engine/litmusResult.ts';
import { summariseQueueRun, type QueueRunStatus } from '../engine/queueResult.ts';
import { HISTORY_LENGTH } from './historySlice.ts';
import { counterRecord, litmusRecord, queueRecord, scalingRecord } from './runRecords.ts';
import { useStore } from './store.ts';

const tally = (counts: number[]): LitmusTally => ({ done: counts.reduce((a, b) => a + b, 0), counts, invalid: 0, together: 0 });

/** A litmus result as the engine summarises it from what role 0 published. */
const litmusResult = (counts: number[], asked: number, stopped = false) => summariseLitmus('sb', asked, null, tally(counts), 10, stopped);

/** A queue result whose verdict says these figures. */
function queueResult(figures: { produced: number; consumed: number; lost: number; duplicated: number; left: number }, ms: number, status: QueueRunStatus) {
  const mem = allocateQueue({ producers: 1, consumers: 1, capacity: 4, items: 10 });
  return summariseQueueRun({ ...verifyQueue(mem, 'locked'), ...figures }, latencySummary(mem), [], ms, status);
}

const state = () => useStore.getState();

beforeEach(() => {
  for (const lab of ['counter', 'queue', 'litmus'] as const) state().clearHistory(lab);
});

describe('history slice', () => {
  it('puts each run first in its own lab, and keeps the labs apart', () => {
    state().recordRun('queue', queueRecord({ ...DEFAULT_QUEUE, capacity: 4 }, queueResult({ produced: 10, consumed: 10, lost: 0, duplicated: 0, left: 0 }, 100, 'done')));
    state().recordRun('queue', queueRecord({ ...DEFAULT_QUEUE, capacity: 8 }, queueResult({ produced: 10, consumed: 9, lost: 1, duplicated: 0, left: 0 }, 100, 'done')));
    state().recordRun('litmus', litmusRecord(DEFAULT_LITMUS, 'done', litmusResult([1, 2, 3, 4], 10)));
    const { queue, litmus, counter } = state().history;
    expect(queue.map((r) => r.params.capacity)).toEqual([8, 4]);
    expect(litmus).toHaveLength(1);
    expect(counter).toHaveLength(0);
    const ids = [...queue, ...litmus].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it(`keeps the newest ${HISTORY_LENGTH} runs of a lab`, () => {
    for (let capacity = 1; capacity <= HISTORY_LENGTH + 3; capacity++) {
      state().recordRun('queue', queueRecord({ ...DEFAULT_QUEUE, capacity }, queueResult({ produced: 1, consumed: 1, lost: 0, duplicated: 0, left: 0 }, 1, 'done')));
    }
    const kept = state().history.queue.map((r) => r.params.capacity);
    expect(kept).toHaveLength(HISTORY_LENGTH);
    expect(kept[0]).toBe(HISTORY_LENGTH + 3);
    expect(kept.at(-1)).toBe(4);
  });

  it('skips a run that left nothing to record', () => {
    state().recordRun('queue', queueRecord(DEFAULT_QUEUE, null));
    state().recordRun('litmus', litmusRecord(DEFAULT_LITMUS, 'stopped', null));
    state().recordRun('counter', counterRecord(DEFAULT_COUNTER, 'stopped', []));
    expect(state().history).toEqual({ counter: [], queue: [], litmus: [], scaling: [], python: [] });
  });

  it("Clear empties one lab's list and leaves the others", () => {
    state().recordRun('queue', queueRecord(DEFAULT_QUEUE, queueResult({ produced: 1, consumed: 1, lost: 0, duplicated: 0, left: 0 }, 1, 'done')));
    state().recordRun('litmus', litmusRecord(DEFAULT_LITMUS, 'done', litmusResult([1, 0, 0, 0], 1)));
    state().clearHistory('queue');
    expect(state().history.queue).toHaveLength(0);
    expect(state().history.litmus).toHaveLength(1);
  });
});

describe('run records', () => {
  it('a queue run keeps its settings, how it ended, every count and the throughput', () => {
    const params = { ...DEFAULT_QUEUE, queue: 'unsafe', producers: 3, consumers: 1, shutdown: 'empty-check', produceMs: 2, consumeMs: 5 } as const;
    const r = queueRecord(params, queueResult({ produced: 300, consumed: 280, lost: 15, duplicated: 3, left: 8 }, 200, 'deadlocked'));
    expect(r).toEqual({ params, status: 'deadlocked', produced: 300, consumed: 280, lost: 15, duplicated: 3, left: 8, throughput: 1400 });
  });

  it("a litmus run keeps what was counted and the forbidden outcome's count and share", () => {
    const params = { ...DEFAULT_LITMUS, test: 'sb', access: 'plain', placement: 'packed' } as const;
    // Store buffering forbids r0=0 r1=0, the first count.
    expect(litmusRecord(params, 'done', litmusResult([25, 300, 600, 75], 1000))).toEqual({
      params,
      status: 'done',
      counted: 1000,
      forbidden: 25,
      forbiddenShare: 0.025,
    });
  });

  it('a litmus run cut short is stopped, and nothing counted has no share', () => {
    expect(litmusRecord(DEFAULT_LITMUS, 'done', litmusResult([0, 3, 3, 0], 100))).toMatchObject({ status: 'stopped', counted: 6 });
    expect(litmusRecord(DEFAULT_LITMUS, 'stopped', litmusResult([0, 0, 0, 0], 100, true))).toMatchObject({ counted: 0, forbiddenShare: null });
    expect(litmusRecord(DEFAULT_LITMUS, 'failed', litmusResult([1, 1, 1, 1], 100))).toMatchObject({ status: 'failed' });
  });

  it('a counter run counts its exact trials, sums what was lost and averages the throughput', () => {
    const worker = (index: number, ops: number, elapsedMs: number) => ({ index, ops, elapsedMs, waits: 0, retries: 0, stopped: false });
    const exact = summariseTrial(1, [worker(0, 100, 10), worker(1, 100, 10)], dirsOf('+-'), 0);
    const lossy = summariseTrial(2, [worker(0, 100, 20), worker(1, 100, 20)], dirsOf('+-'), 7);
    expect(counterRecord(DEFAULT_COUNTER, 'done', [exact, lossy])).toEqual({
      params: DEFAULT_COUNTER,
      status: 'done',
      trials: 2,
      exact: 1,
      lost: 7,
      throughput: (exact.throughput + lossy.throughput) / 2,
    });
  });

  it('a sweep keeps its measured and planned points, its best speed and the padded-over-adjacent ratio', () => {
    const point = (series: Series, workers: number, throughput: number) => ({ series, workers, producers: 0, consumers: 0, ops: throughput, elapsedMs: 1000, throughput });
    const points = [
      point({ kind: 'counter', mode: 'atomic', engine: 'js' }, 1, 900),
      point({ kind: 'sharing', layout: 'adjacent' }, 2, 100),
      point({ kind: 'sharing', layout: 'padded' }, 2, 400),
    ];
    const result = { cores: 2, upto: 4, ms: 200, points, planned: 8, stopped: true };
    expect(scalingRecord(DEFAULT_SCALING, 'stopped', result)).toEqual({ params: DEFAULT_SCALING, status: 'stopped', measured: 3, planned: 8, best: 900, sharing: 4 });
    expect(scalingRecord(DEFAULT_SCALING, 'stopped', { ...result, points: [] })).toBeNull();
    state().recordRun('scaling', scalingRecord(DEFAULT_SCALING, 'done', result));
    expect(state().history.scaling).toHaveLength(1);
    expect(state().history.counter).toHaveLength(0);
  });
});
