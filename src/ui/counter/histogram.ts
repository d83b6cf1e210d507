// Bins the final values of many trials for the histogram and the outcome table (the same bins in
// both), on a real numeric axis; the expected value always gets a bucket of its own, so that
// "exactly right" is never mixed with "nearly".
import { formatCount } from '../common/format.ts';

export interface Bucket {
  /** Inclusive integer range; lo === hi for a single value. */
  readonly lo: number;
  readonly hi: number;
  readonly count: number;
  /** The bucket of exactly the expected value. */
  readonly expected: boolean;
}

export interface BucketOptions {
  /** When every value (the expected one included) lies in this many consecutive integers, one bucket per integer. */
  readonly maxExact?: number;
  /** Otherwise about this many equal-width buckets; by default 2·n^(1/3) (the Rice rule), 5 to 30. */
  readonly bins?: number;
}

/** How many equal-width bins `n` values get by default: few trials, few bins, so that bars have height. */
export function defaultBins(n: number): number {
  return Math.min(30, Math.max(5, Math.ceil(2 * Math.cbrt(n))));
}

/**
 * Buckets in value order on a real numeric axis, empty ones included (a histogram shows its gaps):
 * each covers [lo, hi] and they follow one another without gaps, so that a bar's place and width
 * are its values'. The expected value gets a bucket of its own.
 */
export function bucketise(values: readonly number[], expected: number, opts: BucketOptions = {}): Bucket[] {
  const maxExact = opts.maxExact ?? 24;
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const expectedCount = counts.get(expected) ?? 0;
  counts.delete(expected);
  let min = expected;
  let max = expected;
  for (const v of counts.keys()) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  if (max - min + 1 <= maxExact) {
    const out: Bucket[] = [];
    for (let v = min; v <= max; v++) out.push({ lo: v, hi: v, count: v === expected ? expectedCount : (counts.get(v) ?? 0), expected: v === expected });
    return out;
  }
  const bins = opts.bins ?? defaultBins(values.length);
  const width = niceWidth((max - min + 1) / bins);
  const start = Math.floor(min / width) * width;
  const n = Math.floor((max - start) / width) + 1;
  const out: Bucket[] = [];
  for (let k = 0; k < n; k++) {
    const lo = start + k * width;
    const hi = lo + width - 1;
    if (expected >= lo && expected <= hi) {
      // Split the bucket around the expected value: what is below, exactly it, what is above.
      if (expected > lo) out.push({ lo, hi: expected - 1, count: countIn(counts, lo, expected - 1), expected: false });
      out.push({ lo: expected, hi: expected, count: expectedCount, expected: true });
      if (expected < hi) out.push({ lo: expected + 1, hi, count: countIn(counts, expected + 1, hi), expected: false });
    } else {
      out.push({ lo, hi, count: countIn(counts, lo, hi), expected: false });
    }
  }
  return out;
}

function countIn(counts: ReadonlyMap<number, number>, lo: number, hi: number): number {
  let sum = 0;
  for (const [v, c] of counts) if (v >= lo && v <= hi) sum += c;
  return sum;
}

/** The smallest of 1, 2, 5 × 10^k that is at least `raw` (integer bucket widths with round edges). */
export function niceWidth(raw: number): number {
  if (raw <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

export interface OutcomeRow {
  readonly label: string;
  readonly count: number;
  readonly pct: number;
  readonly expected: boolean;
}

/**
 * The table beside the chart: the chart's own buckets, in value order, those that hold a trial and
 * the expected one (marked) always, so that each row is one bar.
 */
export function outcomeRows(buckets: readonly Bucket[], total: number): OutcomeRow[] {
  const pct = (count: number): number => (total > 0 ? (100 * count) / total : 0);
  return buckets
    .filter((b) => b.expected || b.count > 0)
    .map((b) => ({ label: bucketLabel(b), count: b.count, pct: pct(b.count), expected: b.expected }));
}

export function bucketLabel(b: Pick<Bucket, 'lo' | 'hi'>): string {
  return b.lo === b.hi ? formatCount(b.lo) : `${formatCount(b.lo)} … ${formatCount(b.hi)}`;
}

/** "12 of 50 trials ended at the expected 0". */
export function caption(values: readonly number[], expected: number): string {
  const hits = values.filter((v) => v === expected).length;
  const n = values.length;
  if (hits === n) return `All ${n} trials ended at the expected ${formatCount(expected)}`;
  if (hits === 0) return `None of the ${n} trials ended at the expected ${formatCount(expected)}`;
  return `${hits} of ${n} trials ended at the expected ${formatCount(expected)}`;
}
