// What the Scaling lab's page shows of a sweep, computed without React: its length, the progress line,
// each chart's columns (one per worker count) and lines, and the log axis. Pure, so tested in Node.
import { seriesId, seriesLabel, type Series, type SeriesKind, type SweepPoint } from '../../core/scaling/sweepPlan.ts';
import type { MeasuredPoint } from '../../engine/scalingResult.ts';

/**
 * What a point costs besides its own time: taking the workers from the pool and the start line for a
 * counter point, starting a queue engine's run and filling its ring for a queue point. Only for the
 * estimate a learner reads before pressing Run.
 */
const POINT_OVERHEAD_MS = { counter: 25, sharing: 25, queue: 80 } as const satisfies Record<SeriesKind, number>;

/** The three kinds of series, as the page names them. */
export const KIND_NAMES = {
  counter: 'Counter modes',
  queue: 'Queue kinds',
  sharing: 'False sharing',
} as const satisfies Record<SeriesKind, string>;

export const CHART_TITLES = {
  counter: 'Counter modes: operations per second',
  queue: 'Queue kinds: items per second',
  sharing: 'False sharing: adjacent against padded counters (operations per second)',
} as const satisfies Record<SeriesKind, string>;

/** About how long a sweep of these points takes, in milliseconds. */
export function sweepEstimateMs(plan: readonly SweepPoint[], ms: number): number {
  return plan.reduce((t, p) => t + ms + POINT_OVERHEAD_MS[p.series.kind], 0);
}

/** "4 workers", or for a queue "4 workers (2 producers + 2 consumers)". */
export function workersText(p: SweepPoint): string {
  const n = `${p.workers} ${p.workers === 1 ? 'worker' : 'workers'}`;
  return p.series.kind === 'queue' ? `${n} (${p.producers} + ${p.consumers})` : n;
}

/** "Spinlock at 6 workers": a point in words. */
export function pointText(p: SweepPoint): string {
  return `${seriesLabel(p.series)} at ${workersText(p)}`;
}

/**
 * Where a sweep is: measuring a point, asked to pause (the point in progress still runs to its end,
 * so that its number holds), held between points, or ended.
 */
export type SweepState = 'running' | 'pausing' | 'held' | 'ended';

const STATE_WORDS: Record<Exclude<SweepState, 'ended'>, string> = { running: '', pausing: 'pausing after ', held: 'paused before ' };

/** The progress line: "12 of 40 points · Spinlock at 6 workers" while the sweep runs. */
export function progressText(done: number, plan: readonly SweepPoint[], state: SweepState): string {
  const head = `${done} of ${plan.length} ${plan.length === 1 ? 'point' : 'points'}`;
  const next = plan[done];
  if (state === 'ended' || !next) return head;
  return `${head} · ${STATE_WORDS[state]}${pointText(next)}`;
}

/** One line of a chart: its series and a throughput per column (null where not measured yet). */
export interface ChartLine {
  readonly series: Series;
  readonly id: string;
  readonly label: string;
  readonly values: readonly (number | null)[];
}

export interface ChartData {
  readonly kind: SeriesKind;
  /** The worker counts the plan measures for this kind, ascending: the chart's columns. */
  readonly workers: readonly number[];
  readonly lines: readonly ChartLine[];
}

/** Each kind's chart, in the order of `kinds`: the plan fixes columns and lines, the points fill them in. */
export function chartData(kind: SeriesKind, plan: readonly SweepPoint[], points: readonly MeasuredPoint[]): ChartData | null {
  const own = plan.filter((p) => p.series.kind === kind);
  if (own.length === 0) return null;
  const workers = [...new Set(own.map((p) => p.workers))].sort((a, b) => a - b);
  const engines = bothEngines(own);
  const lines: ChartLine[] = [];
  for (const p of own) {
    const id = seriesId(p.series);
    if (lines.some((l) => l.id === id)) continue;
    const values = workers.map((n) => {
      const m = points.find((q) => q.workers === n && seriesId(q.series) === id);
      // A point of no throughput cannot sit on a log axis: it stays a gap, and the table says 0.
      return m && m.throughput > 0 ? m.throughput : null;
    });
    lines.push({ series: p.series, id, label: seriesLabel(p.series, engines), values });
  }
  return { kind, workers, lines };
}

/** The points run on both engines: their names must then say which engine each line is. */
export function bothEngines(points: readonly { readonly series: Series }[]): boolean {
  const ran = new Set(points.map((p) => (p.series.kind === 'sharing' ? null : p.series.engine)));
  return ran.has('js') && ran.has('wasm');
}

/** The 1-2-5 steps of a log axis: 1, 2, 5, 10, 20, 50… */
const LADDER = [1, 2, 5] as const;

function ladderBelow(v: number): number {
  const d = 10 ** Math.floor(Math.log10(v));
  return d * ([...LADDER].reverse().find((s) => d * s <= v * 1.0001) ?? 1);
}

function ladderAbove(v: number): number {
  const d = 10 ** Math.floor(Math.log10(v));
  return d * (LADDER.find((s) => d * s >= v * 0.9999) ?? 10);
}

function stepDown(v: number): number {
  return ladderBelow(v * 0.9);
}

function stepUp(v: number): number {
  return ladderAbove(v * 1.1);
}

/**
 * The log axis's range: the 1-2-5 steps just around the values, widened to at least ten times from
 * bottom to top, so that a 2× gap between two lines looks like one and not like a hundredfold.
 */
export function logRange(values: readonly (number | null | undefined)[]): [number, number] {
  const shown = values.filter((v): v is number => typeof v === 'number' && v > 0);
  if (shown.length === 0) return [1e4, 1e8];
  let lo = ladderBelow(Math.min(...shown));
  let hi = ladderAbove(Math.max(...shown));
  for (let down = true; hi / lo < 9.99; down = !down) {
    if (down) lo = stepDown(lo);
    else hi = stepUp(hi);
  }
  return [lo, hi];
}

/**
 * Where a kind's throughput lies on most machines, engines and worker counts: the y axis is drawn over
 * this range from before the first point, so the axes stand still as the points arrive.
 */
export const EXPECTED_RANGE: Readonly<Record<SeriesKind, readonly [number, number]>> = {
  counter: [1e5, 1e10],
  queue: [1e4, 1e9],
  sharing: [1e6, 1e10],
};

/**
 * The y range of a chart: the expected range, widened to the next 1-2-5 step only where a point falls
 * outside it. Points are only ever added during a sweep, so the range never narrows.
 */
export function sweepRange(kind: SeriesKind, values: readonly (number | null | undefined)[]): [number, number] {
  const [lo, hi] = EXPECTED_RANGE[kind];
  const shown = values.filter((v): v is number => typeof v === 'number' && v > 0);
  if (shown.length === 0) return [lo, hi];
  return [Math.min(lo, ladderBelow(Math.min(...shown))), Math.max(hi, ladderAbove(Math.max(...shown)))];
}

/** Gridlines of a log axis: every decade, and the 2× and 5× steps too when there are few decades. */
export function logSplits(min: number, max: number): number[] {
  const steps = Math.log10(max / min) <= 2.5 ? LADDER : ([1] as const);
  const out: number[] = [];
  for (let d = 10 ** Math.floor(Math.log10(min) + 1e-9); d <= max * 1.0001; d *= 10) {
    for (const s of steps) {
      const v = d * s;
      if (v >= min * 0.9999 && v <= max * 1.0001) out.push(v);
    }
  }
  return out;
}

/** Worker counts to label on the x axis: all of them where they fit, else every k-th, always the last. */
export function workerTicks(workers: readonly number[], widthPx: number, minGapPx = 28): number[] {
  if (workers.length === 0) return [];
  const every = Math.max(1, Math.ceil((workers.length * minGapPx) / Math.max(1, widthPx)));
  const ticks = workers.filter((_, i) => i % every === 0);
  const last = workers[workers.length - 1]!;
  if (ticks[ticks.length - 1] !== last) {
    // The last count is the sweep's reach: it is labelled, in place of a neighbour too close to it.
    if (ticks.length > 1 && every > 1 && workers.length - 1 - workers.indexOf(ticks[ticks.length - 1]!) < every) ticks.pop();
    ticks.push(last);
  }
  return ticks;
}

/**
 * How the chart's key wraps: the items (their widths in pixels, swatch included) placed left to
 * right, a new row when the next one would pass `width`. Returns each item's row and x.
 */
export function keyLayout(widths: readonly number[], width: number, gap: number): { row: number; x: number }[] {
  const out: { row: number; x: number }[] = [];
  let row = 0;
  let x = 0;
  for (const w of widths) {
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    out.push({ row, x });
    x += w + gap;
  }
  return out;
}

/** 7.4×, 12×: one decimal while it matters. */
export function formatRatio(ratio: number): string {
  return `${ratio < 10 ? ratio.toFixed(1) : Math.round(ratio)}×`;
}

/** Padded must beat adjacent by this much to read as faster: the noise of one short point is about 15 %. */
export const CLEAR_GAIN = 1.15;

/** The headline in words: faster, about the same, or slower. */
export function ratioWords(ratio: number, workers: number): string {
  const at = `at ${workers} workers`;
  if (ratio >= CLEAR_GAIN) return `Padded counters ran ${formatRatio(ratio)} faster than adjacent ones ${at}.`;
  if (ratio > 1 / CLEAR_GAIN) return `Padded and adjacent counters ran about as fast ${at}: here the shared line cost little.`;
  return `Padded counters ran slower than adjacent ones ${at}: this time something other than the shared line decided the speed.`;
}
