// Bins the final values of many trials for the histogram and the outcome table; the expected
// value always gets a bucket of its own, so that "exactly right" is never mixed with "nearly".
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
  /** Up to this many distinct values (the expected one included), one bucket per value. */
  readonly maxExact?: number;
  /** Otherwise about this many equal-width buckets. */
  readonly bins?: number;
}

/** Buckets in value order, empty ones included (a histogram shows its gaps). */
export function bucketise(values: readonly number[], expected: number, opts: BucketOptions = {}): Bucket[] {
  const maxExact = opts.maxExact ?? 24;
  const bins = opts.bins ?? 30;
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const expectedCount = counts.get(expected) ?? 0;
  counts.delete(expected);
  if (counts.size + 1 <= maxExact) {
    const out: Bucket[] = [...counts].map(([v, count]) => ({ lo: v, hi: v, count, expected: false }));
    out.push({ lo: expected, hi: expected, count: expectedCount, expected: true });
    return out.sort((a, b) => a.lo - b.lo);
  }
  let min = Infinity;
  let max = -Infinity;
  for (const v of counts.keys()) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const width = niceWidth((max - min + 1) / bins);
  const start = Math.floor(min / width) * width;
  const n = Math.floor((max - start) / width) + 1;
  const tally = new Array<number>(n).fill(0);
  for (const [v, count] of counts) {
    const k = Math.floor((v - start) / width);
    tally[k] = (tally[k] ?? 0) + count;
  }
  const out: Bucket[] = [];
  const exact: Bucket = { lo: expected, hi: expected, count: expectedCount, expected: true };
  if (expected < start) out.push(exact);
  for (let k = 0; k < n; k++) {
    const lo = start + k * width;
    const hi = lo + width - 1;
    if (expected >= lo && expected <= hi) {
      // Split the bucket around the expected value: what is below, exactly it, what is above.
      if (expected > lo) out.push({ lo, hi: expected - 1, count: countIn(counts, lo, expected - 1), expected: false });
      out.push(exact);
      if (expected < hi) out.push({ lo: expected + 1, hi, count: countIn(counts, expected + 1, hi), expected: false });
    } else {
      out.push({ lo, hi, count: tally[k] ?? 0, expected: false });
    }
  }
  if (expected > start + n * width - 1) out.push(exact);
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
  /** The row that gathers whatever did not fit. */
  readonly other: boolean;
}

/**
 * The jcstress-style table: the expected value first, then the most frequent other outcomes
 * (single values, or ranges when there are many), at most `maxRows`, then one "other" row.
 */
export function outcomeRows(values: readonly number[], expected: number, maxRows = 8): OutcomeRow[] {
  const total = values.length;
  const buckets = bucketise(values, expected, { maxExact: maxRows + 1, bins: maxRows - 1 });
  const pct = (count: number): number => (total > 0 ? (100 * count) / total : 0);
  const exact = buckets.find((b) => b.expected);
  const others = buckets.filter((b) => !b.expected && b.count > 0).sort((a, b) => b.count - a.count || a.lo - b.lo);
  const rows: OutcomeRow[] = [];
  if (exact) rows.push({ label: bucketLabel(exact), count: exact.count, pct: pct(exact.count), expected: true, other: false });
  const room = maxRows - rows.length;
  const shown = others.length > room ? others.slice(0, room - 1) : others;
  for (const b of shown) rows.push({ label: bucketLabel(b), count: b.count, pct: pct(b.count), expected: false, other: false });
  const rest = others.slice(shown.length);
  if (rest.length > 0) {
    const count = rest.reduce((sum, b) => sum + b.count, 0);
    rows.push({ label: `${rest.length} other ${rest.length === 1 ? 'outcome' : 'outcomes'}`, count, pct: pct(count), expected: false, other: true });
  }
  return rows;
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

export function formatShare(pct: number): string {
  if (pct === 0) return '0%';
  if (pct < 0.1) return '< 0.1%';
  return `${pct < 10 ? pct.toFixed(1) : pct.toFixed(0)}%`;
}
