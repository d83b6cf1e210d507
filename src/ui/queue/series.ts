// Fixed-size time series for the live charts: sampled in the frame loop, never reallocated.
// When full, neighbouring samples are merged in pairs and the sampling interval doubles, so the
// whole run always fits and a long run simply gets coarser.

/** The columns the Queue lab records: items in the queue, and items put and taken per second. */
export const SeriesColumn = { occupancy: 0, producedRate: 1, consumedRate: 2 } as const;
const COLUMNS = 3;

export class TimeSeries {
  /** Seconds since the run started. */
  readonly t: Float64Array;
  readonly columns: readonly Float64Array[];
  readonly capacity: number;
  /** Samples held. */
  length = 0;
  /** Milliseconds between samples now; doubles each time the buffer is compacted. */
  everyMs: number;
  /** Bumped on every change, so that a chart knows it must redraw. */
  version = 0;
  private readonly baseEveryMs: number;
  private readonly listeners = new Set<() => void>();

  constructor(capacity = 600, everyMs = 100) {
    if (capacity < 2 || capacity % 2 !== 0) throw new RangeError('series capacity must be an even number ≥ 2');
    this.capacity = capacity;
    this.everyMs = everyMs;
    this.baseEveryMs = everyMs;
    this.t = new Float64Array(capacity);
    this.columns = Array.from({ length: COLUMNS }, () => new Float64Array(capacity));
  }

  reset(): void {
    this.length = 0;
    this.everyMs = this.baseEveryMs;
    this.changed();
  }

  /** Appends one sample (allocation-free); compacts first when the buffer is full. */
  push(t: number, occupancy: number, producedRate: number, consumedRate: number): void {
    if (this.length === this.capacity) this.compact();
    const i = this.length++;
    this.t[i] = t;
    this.columns[SeriesColumn.occupancy]![i] = occupancy;
    this.columns[SeriesColumn.producedRate]![i] = producedRate;
    this.columns[SeriesColumn.consumedRate]![i] = consumedRate;
    this.changed();
  }

  /** Largest value of a column over the held samples (0 when empty). */
  max(column: number): number {
    const c = this.columns[column]!;
    let m = 0;
    for (let i = 0; i < this.length; i++) if (c[i]! > m) m = c[i]!;
    return m;
  }

  /** Calls back on every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Merges samples 2k and 2k + 1: the later time (where the pair ends), the mean of each value. */
  private compact(): void {
    const half = this.length >> 1;
    for (let k = 0; k < half; k++) {
      this.t[k] = this.t[2 * k + 1]!;
      for (const c of this.columns) c[k] = (c[2 * k]! + c[2 * k + 1]!) / 2;
    }
    this.length = half;
    this.everyMs *= 2;
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

/**
 * Decides when the frame loop takes a sample, and turns running totals into per-second rates over
 * the interval since the previous sample.
 */
export class Sampler {
  private lastAt = -Infinity;
  private lastProduced = 0;
  private lastConsumed = 0;
  private startAt = 0;
  /** Occupancy summed over the frames since the last sample: the chart shows its mean, not one frame's. */
  private occupancySum = 0;
  private frames = 0;
  private readonly series: TimeSeries;

  constructor(series: TimeSeries) {
    this.series = series;
  }

  /** A new run starts at `now` (ms): empty series, rates from zero. */
  start(now: number): void {
    this.series.reset();
    this.startAt = now;
    this.lastAt = now;
    this.lastProduced = 0;
    this.lastConsumed = 0;
    this.occupancySum = 0;
    this.frames = 0;
  }

  /**
   * Called every frame with the run's published state; takes a sample once the interval has passed
   * (or `force`): true when it did. The first state offered is drawn at once, as it is: a short run
   * shows its first items from its first frame, not an empty queue until the first interval ends.
   */
  offer(now: number, occupancy: number, produced: number, consumed: number, force = false): boolean {
    const first = this.series.length === 0;
    this.occupancySum += occupancy;
    this.frames++;
    const dt = now - this.lastAt;
    if (!first && (dt <= 0 || (!force && dt < this.series.everyMs))) return false;
    const meanOccupancy = this.occupancySum / this.frames;
    this.occupancySum = 0;
    this.frames = 0;
    const perSec = dt > 0 ? 1000 / dt : 0;
    const producedRate = Math.max(0, (produced - this.lastProduced) * perSec);
    const consumedRate = Math.max(0, (consumed - this.lastConsumed) * perSec);
    this.series.push(Math.max(0, now - this.startAt) / 1000, meanOccupancy, producedRate, consumedRate);
    this.lastAt = now;
    this.lastProduced = produced;
    this.lastConsumed = consumed;
    return true;
  }
}

/** The one series of the Queue lab: the live view writes it, the charts draw it, and it outlives both. */
export const queueSeries = new TimeSeries();

/** Tick labels in seconds with as many decimals as the tick step needs: 0.05 s apart reads 0.05, 0.10, 0.15. */
export function secondsLabels(splits: readonly number[]): string[] {
  if (splits.length < 2) return splits.map((v) => `${Number(v.toFixed(3))} s`);
  const step = Math.abs(splits[1]! - splits[0]!);
  // The small epsilon keeps a step of exactly 0.1 (stored as 0.1000…01) at one decimal.
  const decimals = step > 0 ? Math.min(3, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9))) : 0;
  return splits.map((v) => `${v.toFixed(decimals)} s`);
}
