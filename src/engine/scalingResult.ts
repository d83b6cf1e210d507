// Turns what a sweep's workers report into its points (throughput per worker count) and the
// false-sharing ratio a learner reads.
import { seriesId, type SweepPoint } from '../core/scaling/sweepPlan.ts';
import type { TimedResult } from '../core/scaling/timedRuns.ts';

export interface MeasuredPoint extends SweepPoint {
  /** Operations (counter, sharing) or items consumed (queue) of all workers together. */
  readonly ops: number;
  /** From the start line to the slowest worker's last operation. */
  readonly elapsedMs: number;
  /** ops per second, whole. */
  readonly throughput: number;
  /** Counter points: updates the shared cell lost (0 in every exact mode). */
  readonly lost?: number;
  /** Queue points: how the run ended when it was not by the sweep's own clock (a deadlock, say). */
  readonly note?: string;
}

export interface ScalingRunResult {
  /** Cores the page reported (navigator.hardwareConcurrency) when the sweep ran. */
  readonly cores: number;
  /** The largest worker count asked for. */
  readonly upto: number;
  readonly ms: number;
  /** Points measured, in sweep order; fewer than planned after Stop or a failure. */
  readonly points: readonly MeasuredPoint[];
  readonly planned: number;
  readonly stopped: boolean;
}

export function perSecond(ops: number, ms: number): number {
  return ms > 0 ? Math.round((ops * 1000) / ms) : 0;
}

/** A counter or sharing point from its workers' reports: all operations over the slowest clock. */
export function measureTimed(point: SweepPoint, results: readonly TimedResult[]): MeasuredPoint {
  const ops = results.reduce((t, r) => t + r.ops, 0);
  const elapsedMs = results.reduce((t, r) => Math.max(t, r.elapsedMs), 0);
  return { ...point, ops, elapsedMs, throughput: perSecond(ops, elapsedMs) };
}

/**
 * Updates a counter point lost: every worker added +1, so the cell must equal the operations. Both
 * sides are compared as 32-bit ints, since the cell wraps like any Int32 (`local` can count past it).
 */
export function lostUpdates(ops: number, cell: number): number {
  return ((ops | 0) - cell) | 0;
}

/** The point of a series at a worker count, if measured. */
export function pointAt(points: readonly MeasuredPoint[], id: string, workers: number): MeasuredPoint | undefined {
  return points.find((p) => p.workers === workers && seriesId(p.series) === id);
}

export interface SharingRatio {
  readonly workers: number;
  /** Padded throughput over adjacent throughput: how much the shared lines cost. */
  readonly ratio: number;
}

/** Padded over adjacent at every worker count where both were measured. */
export function sharingRatios(points: readonly MeasuredPoint[]): SharingRatio[] {
  const out: SharingRatio[] = [];
  for (const p of points) {
    if (p.series.kind !== 'sharing' || p.series.layout !== 'padded') continue;
    const adjacent = pointAt(points, 'sharing:adjacent', p.workers);
    if (adjacent && adjacent.throughput > 0) out.push({ workers: p.workers, ratio: p.throughput / adjacent.throughput });
  }
  return out;
}

/** The ratio a learner is shown: at the most workers that still have a core each, else the largest measured. */
export function headlineRatio(ratios: readonly SharingRatio[], cores: number): SharingRatio | null {
  const fit = ratios.filter((r) => r.workers <= Math.max(2, cores) && r.workers >= 2);
  const pick = fit.length > 0 ? fit : ratios.filter((r) => r.workers >= 2);
  return pick.reduce<SharingRatio | null>((best, r) => (best === null || r.workers > best.workers ? r : best), null);
}
