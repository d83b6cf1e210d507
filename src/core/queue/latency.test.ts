// Latency histogram: bucket edges, percentiles from buckets, a clock shared between threads.
import { describe, expect, it } from 'vitest';
import { bucketRange, latencyBucket, latencySince, percentile, stampNow } from './latency.ts';
import { LATENCY_BUCKETS } from './queueLayout.ts';

describe('latency buckets', () => {
  it('puts sub-microsecond latencies in bucket 0 and [2^(k-1), 2^k) µs in bucket k', () => {
    expect(latencyBucket(0)).toBe(0);
    expect(latencyBucket(0.9)).toBe(0);
    expect(latencyBucket(1)).toBe(1);
    expect(latencyBucket(2)).toBe(2);
    expect(latencyBucket(3)).toBe(2);
    expect(latencyBucket(4)).toBe(3);
    expect(latencyBucket(1023)).toBe(10);
    expect(latencyBucket(1024)).toBe(11);
    for (let k = 1; k < LATENCY_BUCKETS - 1; k++) {
      const [lo, hi] = bucketRange(k);
      expect(latencyBucket(lo)).toBe(k);
      expect(latencyBucket(hi - 1)).toBe(k);
    }
    expect(latencyBucket(2 ** 31 - 1)).toBe(LATENCY_BUCKETS - 1);
  });
});

describe('percentiles', () => {
  const hist = (entries: Record<number, number>): number[] => {
    const h = new Array<number>(LATENCY_BUCKETS).fill(0);
    for (const [k, n] of Object.entries(entries)) h[Number(k)] = n;
    return h;
  };

  it('are NaN without samples', () => {
    expect(percentile(hist({}), 0.5)).toBeNaN();
  });

  it('fall inside the bucket holding the rank, interpolated linearly', () => {
    // 100 samples in [512, 1024) µs: the median is half-way through the bucket.
    expect(percentile(hist({ 10: 100 }), 0.5)).toBe(768);
    expect(percentile(hist({ 10: 100 }), 1)).toBe(1024);
    // 90 fast, 10 slow: p50 among the fast ones, p99 among the slow ones.
    const h = hist({ 3: 90, 12: 10 });
    expect(percentile(h, 0.5)).toBeGreaterThanOrEqual(4);
    expect(percentile(h, 0.5)).toBeLessThan(8);
    expect(percentile(h, 0.99)).toBeGreaterThanOrEqual(2048);
    expect(percentile(h, 0.99)).toBeLessThanOrEqual(4096);
  });
});

describe('stamps', () => {
  it('measure elapsed microseconds, never negative', async () => {
    const s = stampNow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const us = latencySince(s);
    expect(us).toBeGreaterThanOrEqual(15_000);
    expect(us).toBeLessThan(2_000_000);
    expect(latencySince(stampNow() + 1000)).toBe(0);
  });

  it('subtract correctly across the 32-bit wrap', () => {
    const before = 2 ** 31 - 10;
    const after = (before + 25) | 0;
    expect(after).toBeLessThan(0);
    expect((after - before) | 0).toBe(25);
  });
});
