// The sweep's plan: worker counts from 1 to the reach asked for, queue splits, and series order.
import { describe, expect, it } from 'vitest';
import { autoUpto, MAX_QUEUE_WORKERS, MAX_SWEEP_WORKERS, planSweep, queueSplit, seriesId, workerCounts } from './sweepPlan.ts';

describe('sweep plan', () => {
  it('counts every worker up to 8, then every second to 16, then every fourth, ending at the reach', () => {
    expect(workerCounts(1)).toEqual([1]);
    expect(workerCounts(4)).toEqual([1, 2, 3, 4]);
    expect(workerCounts(11)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10, 11]);
    expect(workerCounts(32)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32]);
    expect(workerCounts(1000).at(-1)).toBe(MAX_SWEEP_WORKERS);
  });

  it('reaches twice the cores by default, at least 2, at most the layout allows', () => {
    expect(autoUpto(2)).toBe(4);
    expect(autoUpto(0)).toBe(2);
    expect(autoUpto(128)).toBe(MAX_SWEEP_WORKERS);
  });

  it('splits queue workers into producers and consumers, one of each at least', () => {
    expect(queueSplit(2)).toEqual({ producers: 1, consumers: 1 });
    expect(queueSplit(3)).toEqual({ producers: 2, consumers: 1 });
    expect(queueSplit(16)).toEqual({ producers: 8, consumers: 8 });
  });

  it('measures one series after another; queue points stop at 8 + 8 workers', () => {
    const plan = planSweep({ modes: ['mutex', 'local'], queues: ['mpmc'], sharing: false, upto: 24 });
    const ids = [...new Set(plan.map((p) => seriesId(p.series)))];
    expect(ids).toEqual(['counter:mutex', 'counter:local', 'queue:mpmc']);
    const queue = plan.filter((p) => p.series.kind === 'queue');
    expect(Math.max(...queue.map((p) => p.workers))).toBe(MAX_QUEUE_WORKERS);
    for (const p of queue) expect(p.producers + p.consumers).toBe(p.workers);
    expect(planSweep({ modes: [], queues: [], sharing: false, upto: 8 })).toEqual([]);
  });
});
