// Enqueue stamps and the log2 latency histogram: a clock all threads share, buckets, percentiles.
// Concurrency contract: stamps are taken on any thread; each consumer owns its histogram lines.
import { LATENCY_BUCKETS } from './queueLayout.ts';

// performance.now() counts from each thread's own origin (a worker's starts when it was created),
// so two threads' readings cannot be subtracted; timeOrigin + now() can, to within microseconds.
declare const performance: { now(): number; readonly timeOrigin: number };

/**
 * Microseconds of a clock shared by all threads, wrapped to 32 bits: the difference of two stamps,
 * taken with `| 0`, is right for any latency under 35 minutes.
 */
export function stampNow(): number {
  return ((performance.timeOrigin + performance.now()) * 1000) | 0;
}

/** Microseconds from `stamp` to now (0 if the clocks disagree by a hair). */
export function latencySince(stamp: number): number {
  return Math.max(0, (stampNow() - stamp) | 0);
}

/** Bucket 0 holds latencies under 1 µs; bucket k >= 1 holds [2^(k-1), 2^k) µs. */
export function latencyBucket(us: number): number {
  return us < 1 ? 0 : Math.min(LATENCY_BUCKETS - 1, 32 - Math.clz32(us));
}

export function bucketRange(k: number): readonly [number, number] {
  return k === 0 ? [0, 1] : [2 ** (k - 1), 2 ** k];
}

/**
 * The latency below which a fraction `q` of the samples fall, interpolated inside its bucket
 * (so within a factor of two of the truth). NaN when there are no samples.
 */
export function percentile(histogram: readonly number[], q: number): number {
  let total = 0;
  for (const n of histogram) total += n;
  if (total === 0) return NaN;
  const rank = q * total;
  let below = 0;
  for (let k = 0; k < histogram.length; k++) {
    const n = histogram[k] ?? 0;
    if (n > 0 && below + n >= rank) {
      const [lo, hi] = bucketRange(k);
      return lo + ((hi - lo) * Math.max(0, rank - below)) / n;
    }
    below += n;
  }
  return bucketRange(histogram.length - 1)[1];
}
