// The start-line measure the bench reads: one entry per run, once every worker has arrived.
import { describe, expect, it } from 'vitest';
import { measureStartLine } from './startMeasure.ts';

describe('measureStartLine', () => {
  it('measures from the press to the last arrival, without blocking', async () => {
    const m = new Int32Array(new SharedArrayBuffer(16));
    const pressedAt = performance.now();
    const measured = measureStartLine('test', pressedAt, m, 1, 2);
    // One worker arrives: not yet. The second arrives and, as the start line does, wakes the waiters.
    Atomics.add(m, 1, 1);
    Atomics.notify(m, 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(performance.getEntriesByName('racelab:test:start-line')).toHaveLength(0);
    Atomics.add(m, 1, 1);
    Atomics.notify(m, 1);
    await measured;
    const [entry] = performance.getEntriesByName('racelab:test:start-line') as PerformanceMeasure[];
    expect(entry?.startTime).toBe(pressedAt);
    expect(entry?.duration).toBeGreaterThanOrEqual(5);
    expect(entry?.detail).toEqual({ workers: 2 });
  });
});
