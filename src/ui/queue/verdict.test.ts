import { describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE, type QueueParams } from '../../core/params/queueParams.ts';
import { Exit } from '../../core/queue/queueLayout.ts';
import type { QueueVerdict } from '../../core/queue/verify.ts';
import type { QueueRunResult, QueueWorkerResult } from '../../engine/queueResult.ts';
import { queueVerdict } from './verdict.ts';

const latency = { samples: 0, p50Us: Number.NaN, p99Us: Number.NaN, histogram: [] };

function verdict(patch: Partial<QueueVerdict>): QueueVerdict {
  return {
    produced: 20, consumed: 20, delivered: 20, duplicated: 0, outOfOrder: 0, left: 0, lost: 0, phantom: 0, pillsLeft: 0,
    perProducer: [], exact: true, complete: true, latency, ...patch,
  };
}

function worker(role: 'producer' | 'consumer', exit: QueueWorkerResult['exit']): QueueWorkerResult {
  return { role, index: 0, items: 10, pills: 0, blocked: 0, blockedMs: 0, elapsedMs: 1, stopped: exit === Exit.stopped, exit };
}

function result(v: Partial<QueueVerdict>, patch: Partial<QueueRunResult> = {}): QueueRunResult {
  return {
    verdict: verdict(v), latency, elapsedMs: 10, throughput: 2000, status: 'done',
    workers: [worker('producer', Exit.finished), worker('consumer', Exit.pill)], ...patch,
  };
}

const params: QueueParams = { ...DEFAULT_QUEUE, producers: 2, consumers: 1, items: 10 };

describe('queueVerdict', () => {
  it('says exactly once when every item arrived once', () => {
    const v = queueVerdict(result({}), params);
    expect(v.tone).toBe('ok');
    expect(v.text).toMatch(/^Exactly once: all 20 items/);
  });

  it('names lost and duplicated items of the unsafe ring', () => {
    const v = queueVerdict(result({ lost: 3, duplicated: 1, delivered: 17, exact: false, complete: false }), { ...params, queue: 'unsafe' });
    expect(v.tone).toBe('bad');
    expect(v.text).toMatch(/^3 items lost, 1 item taken twice: /);
  });

  it('blames the empty check for items left behind', () => {
    const v = queueVerdict(
      result({ consumed: 1, delivered: 1, left: 19, complete: false }),
      { ...params, shutdown: 'empty-check' },
    );
    expect(v.tone).toBe('bad');
    expect(v.text).toMatch(/^19 items of 20 left behind: a consumer saw the queue empty/);
  });

  it('reports out-of-order delivery', () => {
    const v = queueVerdict(result({ outOfOrder: 2, exact: false }), params);
    expect(v.text).toMatch(/^2 items reached a consumer after a later item/);
  });

  it('gives the deadlock diagnosis, and says why when the consumers left early', () => {
    const stuck = result(
      { produced: 4, consumed: 0, delivered: 0, left: 4, complete: false },
      {
        status: 'deadlocked',
        diagnosis: 'A producer waits for room in a full queue and no consumer is left: this run can never finish.',
        workers: [worker('producer', Exit.stopped), worker('consumer', Exit.empty)],
      },
    );
    const v = queueVerdict(stuck, { ...params, shutdown: 'empty-check' });
    expect(v.tone).toBe('bad');
    expect(v.text).toMatch(/^Deadlocked\. A producer waits/);
    expect(v.text).toMatch(/Every consumer had already left/);
    expect(queueVerdict(stuck, { ...params, shutdown: 'sentinel' }).text).not.toMatch(/already left/);
  });

  it('says a stopped run was exact so far', () => {
    const v = queueVerdict(result({ produced: 8, consumed: 6, delivered: 6, left: 2, complete: false }, { status: 'stopped' }), params);
    expect(v.tone).toBe('note');
    expect(v.text).toMatch(/^Stopped early, after 6 items of 20/);
  });
});
