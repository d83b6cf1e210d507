import { describe, expect, it } from 'vitest';
import { Sampler, secondsLabels, SeriesColumn, TimeSeries } from './series.ts';

describe('TimeSeries', () => {
  it('appends samples in order', () => {
    const s = new TimeSeries(4, 100);
    s.push(0, 1, 10, 20);
    s.push(0.1, 2, 11, 21);
    expect(s.length).toBe(2);
    expect([...s.t.subarray(0, s.length)]).toEqual([0, 0.1]);
    expect([...s.columns[SeriesColumn.occupancy]!.subarray(0, 2)]).toEqual([1, 2]);
    expect(s.max(SeriesColumn.consumedRate)).toBe(21);
  });

  it('when full, merges pairs, doubles the interval and keeps the whole run', () => {
    const s = new TimeSeries(4, 100);
    for (let k = 0; k < 4; k++) s.push(k, k * 10, 0, 0);
    s.push(4, 40, 0, 0);
    expect(s.length).toBe(3);
    expect(s.everyMs).toBe(200);
    expect([...s.t.subarray(0, 3)]).toEqual([1, 3, 4]);
    expect([...s.columns[SeriesColumn.occupancy]!.subarray(0, 3)]).toEqual([5, 25, 40]);
  });

  it('never grows past its capacity over a long run, and still spans all of it', () => {
    const s = new TimeSeries(10, 100);
    const sampler = new Sampler(s);
    sampler.start(0);
    for (let now = 16; now <= 600_000; now += 16) sampler.offer(now, 1, now, now);
    expect(s.length).toBeLessThanOrEqual(10);
    expect(s.length).toBeGreaterThanOrEqual(5);
    expect(s.t[s.length - 1]).toBeGreaterThan(600 - (2 * s.everyMs) / 1000);
    expect(s.t[0]).toBeLessThan(600 / 4);
  });

  it('reset empties it and tells subscribers', () => {
    const s = new TimeSeries(4, 100);
    let calls = 0;
    const off = s.subscribe(() => calls++);
    s.push(0, 1, 1, 1);
    s.reset();
    expect(s.length).toBe(0);
    expect(calls).toBe(2);
    off();
    s.push(0, 1, 1, 1);
    expect(calls).toBe(2);
  });

  it('rejects an odd capacity', () => {
    expect(() => new TimeSeries(5)).toThrow(RangeError);
  });
});

describe('Sampler', () => {
  it('samples at the series interval and turns totals into rates', () => {
    const s = new TimeSeries(100, 100);
    const sampler = new Sampler(s);
    sampler.start(1000);
    expect(s.length).toBe(0);
    expect(sampler.offer(1000, 0, 0, 0)).toBe(true);
    expect(sampler.offer(1050, 3, 50, 40)).toBe(false);
    expect(sampler.offer(1100, 3, 100, 80)).toBe(true);
    expect(s.t[1]).toBeCloseTo(0.1);
    expect(s.columns[SeriesColumn.producedRate]![1]).toBeCloseTo(1000);
    expect(s.columns[SeriesColumn.consumedRate]![1]).toBeCloseTo(800);
    expect(s.columns[SeriesColumn.occupancy]![1]).toBe(3);
  });

  it('records the mean occupancy over the frames of an interval', () => {
    const s = new TimeSeries(100, 100);
    const sampler = new Sampler(s);
    sampler.start(0);
    sampler.offer(0, 0, 0, 0);
    sampler.offer(40, 0, 0, 0);
    sampler.offer(80, 16, 0, 0);
    sampler.offer(120, 8, 0, 0);
    expect(s.columns[SeriesColumn.occupancy]![1]).toBeCloseTo(8);
  });

  it('draws the first published state at once, as it is: no empty queue made up before it', () => {
    const s = new TimeSeries(100, 100);
    const sampler = new Sampler(s);
    sampler.start(0);
    expect(s.length).toBe(0);
    // The run's memory first shows up 30 ms in, with items already waiting in the queue.
    expect(sampler.offer(30, 2, 3, 1)).toBe(true);
    expect(s.length).toBe(1);
    expect(s.t[0]).toBeCloseTo(0.03);
    expect(s.columns[SeriesColumn.occupancy]![0]).toBe(2);
    expect(s.columns[SeriesColumn.producedRate]![0]).toBeCloseTo(100);
    expect(sampler.offer(60, 3, 4, 1)).toBe(false);
    expect(sampler.offer(130, 4, 8, 4)).toBe(true);
    expect(s.columns[SeriesColumn.producedRate]![1]).toBeCloseTo(50);
  });

  it('can be forced to take the final sample early', () => {
    const s = new TimeSeries(100, 100);
    const sampler = new Sampler(s);
    sampler.start(0);
    sampler.offer(0, 0, 0, 0);
    expect(sampler.offer(20, 0, 10, 10, true)).toBe(true);
    expect(s.columns[SeriesColumn.consumedRate]![1]).toBeCloseTo(500);
  });
});

describe('secondsLabels', () => {
  it('gives each tick as many decimals as the step needs, so no two read the same', () => {
    expect(secondsLabels([0, 0.05, 0.1, 0.15])).toEqual(['0.00 s', '0.05 s', '0.10 s', '0.15 s']);
    expect(secondsLabels([0.1, 0.2, 0.30000000000000004])).toEqual(['0.1 s', '0.2 s', '0.3 s']);
    expect(secondsLabels([0, 2, 4])).toEqual(['0 s', '2 s', '4 s']);
    expect(secondsLabels([1.5])).toEqual(['1.5 s']);
  });
});
