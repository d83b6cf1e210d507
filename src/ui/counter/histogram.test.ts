// Binning of trial outcomes: exact buckets when few values, round equal ranges otherwise, and the
// expected value always alone in its bucket.
import { describe, expect, it } from 'vitest';
import { bucketise, caption, niceWidth, outcomeRows } from './histogram.ts';

const total = (b: readonly { count: number }[]): number => b.reduce((s, x) => s + x.count, 0);

describe('bucketise', () => {
  it('gives one bucket per integer when every value lies close together, the expected one included', () => {
    const b = bucketise([0, 0, 3, -2, 3], 0);
    expect(b.map((x) => [x.lo, x.count, x.expected])).toEqual([
      [-2, 1, false],
      [-1, 0, false],
      [0, 2, true],
      [1, 0, false],
      [2, 0, false],
      [3, 2, false],
    ]);
  });

  it('shows the expected value even when no trial reached it', () => {
    const b = bucketise([5, 7], 0);
    expect(b[0]).toEqual({ lo: 0, hi: 0, count: 0, expected: true });
  });

  it('lesson 2: twenty values spread over hundreds of thousands fall in a few round bins with heights, not twenty bars of 1', () => {
    const values = [-121_166, -98_311, -60_102, -45_877, -33_097, -20_440, -9_812, -4_100, 0, 5_912, 12_077, 19_430, 27_001, 35_560, 51_931, 60_211, 77_145, 88_020, 104_733, 131_902];
    const b = bucketise(values, 0);
    expect(total(b)).toBe(20);
    const ranges = b.filter((x) => !x.expected);
    expect(ranges.length).toBeLessThanOrEqual(12);
    expect(Math.max(...b.map((x) => x.count))).toBeGreaterThan(1);
    // Consecutive and round: a bar's place on the axis is its range.
    for (let k = 1; k < b.length; k++) expect(b[k]!.lo).toBe(b[k - 1]!.hi + 1);
    expect(Math.abs(b[0]!.lo % 50_000)).toBe(0);
  });

  it('uses round equal-width ranges when values are many, keeping every trial', () => {
    const values = Array.from({ length: 200 }, (_, i) => i * 997 - 50_000);
    const b = bucketise(values, 0, { bins: 30 });
    expect(total(b)).toBe(200);
    const ranges = b.filter((x) => !x.expected);
    // Apart from the bucket split around the expected value, every range has the same round width.
    const widths = new Set(ranges.map((x) => x.hi - x.lo + 1));
    expect(Math.max(...widths)).toBe(niceWidth((values.at(-1)! - values[0]! + 1) / 30));
    for (let k = 1; k < b.length; k++) expect(b[k]!.lo).toBe(b[k - 1]!.hi + 1);
  });

  it('splits the range holding the expected value around it', () => {
    const values = [...Array.from({ length: 40 }, (_, i) => i - 20), 0, 0];
    const b = bucketise(values, 0, { maxExact: 10, bins: 8 });
    const at = b.findIndex((x) => x.expected);
    expect(b[at]).toEqual({ lo: 0, hi: 0, count: 3, expected: true });
    expect(b[at - 1]!.hi).toBe(-1);
    expect(b[at + 1]!.lo).toBe(1);
    expect(total(b)).toBe(values.length);
  });

  it('reaches out to an expected value outside the observed range', () => {
    const values = Array.from({ length: 50 }, (_, i) => 1000 + i * 13);
    const b = bucketise(values, 0);
    expect(b[0]!.expected).toBe(true);
    expect(total(b)).toBe(50);
    for (let k = 1; k < b.length; k++) expect(b[k]!.lo).toBe(b[k - 1]!.hi + 1);
  });
});

describe('niceWidth', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0.3, 1, 1.5, 3, 7, 11, 23_334].map(niceWidth)).toEqual([1, 1, 2, 5, 10, 20, 50_000]);
  });
});

describe('outcomeRows', () => {
  it('lists the chart’s own bins in value order, those with trials and the expected one', () => {
    const values = [0, 1, 1, 1, 3, 3, -1];
    const rows = outcomeRows(bucketise(values, 0), values.length);
    expect(rows.map((r) => [r.label, r.count, r.expected])).toEqual([
      ['−1', 1, false],
      ['0', 1, true],
      ['1', 3, false],
      ['3', 2, false],
    ]);
    expect(rows[2]!.pct).toBeCloseTo((100 * 3) / 7);
  });

  it('keeps the expected row when no trial reached it, and loses no trial', () => {
    const values = Array.from({ length: 100 }, (_, i) => 1 + ((i * 7919) % 100_000));
    const rows = outcomeRows(bucketise(values, 0), values.length);
    expect(rows.find((r) => r.expected)).toMatchObject({ label: '0', count: 0 });
    expect(total(rows)).toBe(100);
    expect(rows.some((r) => r.label.includes('…'))).toBe(true);
  });
});

describe('caption', () => {
  it('says how many trials were exact', () => {
    expect(caption([0, 0, 5], 0)).toBe('2 of 3 trials ended at the expected 0');
    expect(caption([0, 0], 0)).toBe('All 2 trials ended at the expected 0');
    expect(caption([3, 4], -2)).toBe('None of the 2 trials ended at the expected −2');
  });
});
