// The Scaling lab's page logic: estimate, progress line, chart columns and lines, the log axis, the key.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALING, scalingProblem } from '../../core/params/scalingParams.ts';
import { planSweep, type SweepPoint } from '../../core/scaling/sweepPlan.ts';
import type { MeasuredPoint } from '../../engine/scalingResult.ts';
import { chartData, EXPECTED_RANGE, formatRatio, keyLayout, logRange, logSplits, progressText, ratioWords, sweepEstimateMs, sweepRange, workerTicks } from './sweepView.ts';

const plan = planSweep({ modes: ['mutex', 'spin'], queues: ['mpmc'], sharing: true, upto: 4 });

function measured(p: SweepPoint, throughput: number): MeasuredPoint {
  return { ...p, ops: throughput / 10, elapsedMs: 100, throughput };
}

describe('sweep view', () => {
  it('estimates a sweep from its points, their time and what each costs besides', () => {
    const ms = sweepEstimateMs(plan, 200);
    expect(ms).toBeGreaterThan(plan.length * 200);
    expect(ms).toBeLessThan(plan.length * 400);
  });

  it('says how far the sweep is and which point it measures now', () => {
    expect(progressText(0, plan, 'running')).toBe(`0 of ${plan.length} points · Mutex at 1 worker`);
    expect(progressText(5, plan, 'running')).toBe(`5 of ${plan.length} points · Spinlock at 2 workers`);
    expect(progressText(8, plan, 'pausing')).toBe(`8 of ${plan.length} points · pausing after Lock-free MPMC at 2 workers (1 + 1)`);
    expect(progressText(8, plan, 'held')).toBe(`8 of ${plan.length} points · paused before Lock-free MPMC at 2 workers (1 + 1)`);
    expect(progressText(3, plan, 'ended')).toBe(`3 of ${plan.length} points`);
    expect(progressText(plan.length, plan, 'running')).toBe(`${plan.length} of ${plan.length} points`);
  });

  it('gives each kind its columns and lines from the plan, filled in as points arrive', () => {
    const points = [measured(plan[0]!, 5e6), measured(plan[1]!, 4e6), measured(plan[4]!, 3e6)];
    const counter = chartData('counter', plan, points);
    expect(counter?.workers).toEqual([1, 2, 3, 4]);
    expect(counter?.lines.map((l) => l.id)).toEqual(['counter:mutex', 'counter:spin']);
    expect(counter?.lines[0]?.values).toEqual([5e6, 4e6, null, null]);
    expect(counter?.lines[1]?.values).toEqual([3e6, null, null, null]);
    expect(chartData('queue', plan, points)?.workers).toEqual([2, 3, 4]);
    expect(chartData('sharing', plan, points)?.lines.map((l) => l.label)).toEqual(['Adjacent counters', 'Padded to 64 bytes']);
    expect(chartData('queue', planSweep({ modes: ['atomic'], queues: [], sharing: false, upto: 2 }), [])).toBeNull();
  });

  it('draws a line per engine and mode when a sweep runs both engines, each named with its engine', () => {
    const both = planSweep({ modes: ['atomic'], queues: ['message'], sharing: false, upto: 2, engines: ['js', 'wasm'] });
    const wasmAt2 = both.find((p) => p.series.kind === 'counter' && p.series.engine === 'wasm' && p.workers === 2)!;
    const counter = chartData('counter', both, [measured(wasmAt2, 9e7)]);
    expect(counter?.lines.map((l) => [l.id, l.label])).toEqual([
      ['counter:atomic', 'Atomics.add · JavaScript'],
      ['counter:atomic:wasm', 'Atomics.add · WebAssembly'],
    ]);
    expect(counter?.lines[1]?.values).toEqual([null, 9e7]);
    expect(chartData('queue', both, [])?.lines.map((l) => l.label)).toEqual(['MessageChannel']);
    // One engine: the names stay as they were.
    expect(chartData('counter', plan, [])?.lines.map((l) => l.label)).toEqual(['Mutex', 'Spinlock']);
  });

  it('leaves a point of no throughput as a gap, which a log axis cannot draw', () => {
    const c = chartData('counter', plan, [measured(plan[0]!, 0)]);
    expect(c?.lines[0]?.values[0]).toBeNull();
  });

  it('spans at least ten times on the log axis, on 1-2-5 steps around the values', () => {
    expect(logRange([83e6, 174e6])).toEqual([20e6, 200e6]);
    expect(logRange([3e6, null, 2e9])).toEqual([2e6, 2e9]);
    expect(logRange([1e6, 1e6])).toEqual([2e5, 2e6]);
    expect(logRange([])).toEqual([1e4, 1e8]);
    expect(logSplits(20e6, 200e6).map((v) => Math.round(v))).toEqual([20e6, 50e6, 100e6, 200e6]);
    expect(logSplits(1e6, 1e9)).toEqual([1e6, 1e7, 1e8, 1e9]);
  });

  it('fixes the y axis before the first point, and keeps it as points arrive inside it', () => {
    for (const kind of ['counter', 'queue', 'sharing'] as const) expect(sweepRange(kind, [])).toEqual([...EXPECTED_RANGE[kind]]);
    const arriving = [3e6, 8e7, 2.5e8, 9e8, 1.2e6];
    for (let n = 1; n <= arriving.length; n++) expect(sweepRange('counter', arriving.slice(0, n))).toEqual([1e5, 1e10]);
    expect(sweepRange('queue', [2e5, null, 4e7])).toEqual([1e4, 1e9]);
  });

  it('widens the y axis only where a point falls outside, and never narrows it as more arrive', () => {
    expect(sweepRange('queue', [3e3])).toEqual([2e3, 1e9]);
    expect(sweepRange('counter', [4e10])).toEqual([1e5, 5e10]);
    const arriving = [5e5, 2e3, 7e7, 3e9, 1e6];
    let prev = sweepRange('queue', []);
    for (let n = 1; n <= arriving.length; n++) {
      const next = sweepRange('queue', arriving.slice(0, n));
      expect(next[0]).toBeLessThanOrEqual(prev[0]);
      expect(next[1]).toBeGreaterThanOrEqual(prev[1]);
      prev = next;
    }
    expect(prev).toEqual([2e3, 5e9]);
  });

  it('labels every worker count where they fit, else every k-th and always the last', () => {
    expect(workerTicks([1, 2, 3, 4], 400)).toEqual([1, 2, 3, 4]);
    const many = [1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32];
    const ticks = workerTicks(many, 200);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks[0]).toBe(1);
    expect(ticks.at(-1)).toBe(32);
  });

  it('wraps the chart key into rows that fit', () => {
    expect(keyLayout([50, 50, 50], 200, 10)).toEqual([
      { row: 0, x: 0 },
      { row: 0, x: 60 },
      { row: 0, x: 120 },
    ]);
    expect(keyLayout([120, 120, 300], 200, 10).map((k) => k.row)).toEqual([0, 1, 2]);
  });

  it('says why settings that measure nothing cannot run', () => {
    expect(scalingProblem(DEFAULT_SCALING, 4)).toBeNull();
    expect(scalingProblem({ ...DEFAULT_SCALING, modes: [], queues: [], sharing: false }, 4)).toMatch(/Choose at least one/);
    expect(scalingProblem({ ...DEFAULT_SCALING, modes: [], queues: ['mpmc'], sharing: false, upto: 1 }, 4)).toMatch(/producer and a consumer/);
  });

  it('puts the false-sharing ratio in words', () => {
    expect(formatRatio(7.43)).toBe('7.4×');
    expect(formatRatio(12.6)).toBe('13×');
    expect(ratioWords(7.43, 2)).toBe('Padded counters ran 7.4× faster than adjacent ones at 2 workers.');
    expect(ratioWords(1.05, 4)).toMatch(/about as fast at 4 workers/);
    expect(ratioWords(0.5, 2)).toMatch(/slower/);
  });
});
