// The sweep's plan: worker counts from 1 to the reach asked for, queue splits, and series order.
import { describe, expect, it } from 'vitest';
import { autoUpto, MAX_QUEUE_WORKERS, MAX_SWEEP_WORKERS, planSweep, queueSplit, seriesId, seriesLabel, workerCounts } from './sweepPlan.ts';

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

  it('sweeps each counter mode and queue kind once per engine, the engines of a mode back to back', () => {
    const plan = planSweep({ modes: ['atomic'], queues: ['spsc', 'message'], sharing: true, upto: 2, engines: ['js', 'wasm'] });
    const ids = [...new Set(plan.map((p) => seriesId(p.series)))];
    // message has no kernel: one series, the baseline of both engines; false sharing runs on JavaScript.
    expect(ids).toEqual(['counter:atomic', 'counter:atomic:wasm', 'queue:spsc', 'queue:spsc:wasm', 'queue:message', 'sharing:adjacent', 'sharing:padded']);
    expect(plan.filter((p) => seriesId(p.series) === 'counter:atomic:wasm').map((p) => p.workers)).toEqual([1, 2]);
    expect(planSweep({ modes: ['atomic'], queues: [], sharing: false, upto: 2, engines: ['wasm'] }).map((p) => seriesId(p.series))).toEqual([
      'counter:atomic:wasm',
      'counter:atomic:wasm',
    ]);
  });

  it('names the engine where the chart must tell two lines of one mode apart', () => {
    expect(seriesLabel({ kind: 'counter', mode: 'atomic', engine: 'js' })).toBe('Atomics.add');
    expect(seriesLabel({ kind: 'counter', mode: 'atomic', engine: 'js' }, true)).toBe('Atomics.add · JavaScript');
    expect(seriesLabel({ kind: 'counter', mode: 'atomic', engine: 'wasm' })).toBe('Atomics.add · WebAssembly');
    expect(seriesLabel({ kind: 'queue', queue: 'message', engine: 'js' }, true)).toBe('MessageChannel');
  });
});
