import { describe, expect, it } from 'vitest';
import { formatMicros, latencyBars, latencyPosition } from './latencyBars.ts';

describe('latencyBars', () => {
  it('trims empty buckets on both sides', () => {
    const h = [0, 0, 0, 5, 9, 0, 1, 0, 0, 0];
    const b = latencyBars(h);
    expect(b.from).toBe(3);
    expect(b.counts).toEqual([5, 9, 0, 1]);
    expect(b.samples).toBe(15);
    // Bucket 3 holds [4, 8) µs.
    expect(b.labels[0]).toBe('4 µs');
  });

  it('widens a single bucket to three bars', () => {
    const b = latencyBars([0, 0, 0, 0, 7, 0, 0, 0]);
    expect(b.counts).toEqual([0, 7, 0]);
    expect(b.from).toBe(3);
  });

  it('has nothing to draw without samples', () => {
    expect(latencyBars([0, 0, 0]).counts).toEqual([]);
  });

  it('labels the first bucket as under a microsecond', () => {
    expect(latencyBars([3, 0, 0, 0]).labels[0]).toBe('< 1 µs');
  });
});

describe('latencyPosition', () => {
  it('puts a bucket’s lower bound at the left edge of its bar and its upper bound at the right', () => {
    // Bucket 4 is [8, 16) µs; drawn from bucket 3, it is bar 1, spanning 0.5 … 1.5.
    expect(latencyPosition(8, 3)).toBeCloseTo(0.5);
    expect(latencyPosition(12, 3)).toBeCloseTo(1);
    expect(latencyPosition(15.99, 3)).toBeCloseTo(1.5, 2);
  });

  it('handles sub-microsecond latencies', () => {
    expect(latencyPosition(0.5, 0)).toBeCloseTo(0);
  });
});

describe('formatMicros', () => {
  it('picks the unit', () => {
    expect(formatMicros(0.25)).toBe('0.25 µs');
    expect(formatMicros(12)).toBe('12 µs');
    expect(formatMicros(2048)).toBe('2 ms');
    expect(formatMicros(3_100_000)).toBe('3.1 s');
    expect(formatMicros(Number.NaN)).toBe('—');
  });
});
