// The latency histogram as bars: log2 buckets of microseconds, trimmed to where samples are, with
// readable labels and the x position of any latency (for the p50 and p99 marks). Pure.
import { bucketRange } from '../../core/queue/latency.ts';

export interface LatencyBars {
  /** Index of the first bucket drawn. */
  readonly from: number;
  readonly counts: readonly number[];
  /** Each bar's lower bound, for the axis. */
  readonly labels: readonly string[];
  readonly samples: number;
}

/** Buckets from the first to the last with samples (at least three, so one lonely bar is not a wall). */
export function latencyBars(histogram: readonly number[]): LatencyBars {
  let first = histogram.findIndex((n) => n > 0);
  let last = histogram.length - 1;
  while (last >= 0 && (histogram[last] ?? 0) === 0) last--;
  if (first < 0) return { from: 0, counts: [], labels: [], samples: 0 };
  while (last - first < 2) {
    if (first > 0) first--;
    if (last - first < 2 && last < histogram.length - 1) last++;
    if (first === 0 && last === histogram.length - 1) break;
  }
  const counts = histogram.slice(first, last + 1);
  const labels = counts.map((_, k) => formatMicros(bucketRange(first + k)[0], k + first === 0));
  return { from: first, counts, labels, samples: counts.reduce((a, b) => a + b, 0) };
}

/** Where a latency falls on the bar axis: bar k spans [k - 0.5, k + 0.5] and holds bucket from + k. */
export function latencyPosition(us: number, from: number): number {
  const k = us < 1 ? 0 : Math.floor(Math.log2(us)) + 1;
  const [lo, hi] = bucketRange(k);
  const frac = Math.min(1, Math.max(0, (us - lo) / (hi - lo)));
  return k - from - 0.5 + frac;
}

/** 0.4 µs, 12 µs, 3.1 ms, 2 s: a latency in the unit that reads best. */
export function formatMicros(us: number, below = false): string {
  if (below) return '< 1 µs';
  if (!Number.isFinite(us)) return '—';
  if (us < 1000) return `${trim(us)} µs`;
  if (us < 1_000_000) return `${trim(us / 1000)} ms`;
  return `${trim(us / 1_000_000)} s`;
}

function trim(v: number): string {
  return v >= 100 ? String(Math.round(v)) : v >= 10 ? v.toFixed(0) : v >= 1 ? String(Math.round(v * 10) / 10) : v.toFixed(2);
}
