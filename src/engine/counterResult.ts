// Turns what the workers report into the numbers a learner reads: expected, actual, lost, speed.
import type { CounterWorkerResult } from '../core/counter/counterJob.ts';

export interface WorkerOutcome {
  readonly index: number;
  readonly dir: 1 | -1;
  readonly ops: number;
  readonly opsPerSec: number;
  readonly waits: number;
  readonly retries: number;
  readonly elapsedMs: number;
}

export interface CounterTrial {
  readonly trial: number;
  /** What the cell must hold if no update was lost: the sum of every finished iteration. */
  readonly expected: number;
  readonly actual: number;
  /**
   * |expected - actual|: updates whose effect vanished. Exact when every worker adds the same way;
   * when some add and some subtract, a lost +1 and a lost -1 cancel, and this is the net error: at
   * least this many updates were lost (see `lostIsNet`).
   */
  readonly lost: number;
  /** Workers that did updates went both ways, so `lost` is a lower bound, not a count. */
  readonly lostIsNet: boolean;
  readonly lostPct: number;
  readonly ops: number;
  readonly elapsedMs: number;
  /** Operations per second over the whole run (all workers). */
  readonly throughput: number;
  readonly waits: number;
  readonly retries: number;
  readonly stopped: boolean;
  readonly workers: readonly WorkerOutcome[];
}

export function summariseTrial(
  trial: number,
  results: readonly CounterWorkerResult[],
  dirs: readonly (1 | -1)[],
  actual: number,
  initial = 0,
): CounterTrial {
  let expected = initial;
  let ops = 0;
  let waits = 0;
  let retries = 0;
  let elapsedMs = 0;
  const workers = results.map((r): WorkerOutcome => {
    const dir = dirs[r.index] ?? 1;
    expected += dir * r.ops;
    ops += r.ops;
    waits += r.waits;
    retries += r.retries;
    elapsedMs = Math.max(elapsedMs, r.elapsedMs);
    return {
      index: r.index,
      dir,
      ops: r.ops,
      opsPerSec: rate(r.ops, r.elapsedMs),
      waits: r.waits,
      retries: r.retries,
      elapsedMs: r.elapsedMs,
    };
  });
  const lost = Math.abs(expected - actual);
  const ways = new Set(workers.filter((w) => w.ops > 0).map((w) => w.dir));
  return {
    trial,
    expected,
    actual,
    lost,
    lostIsNet: ways.size > 1,
    lostPct: ops > 0 ? (100 * lost) / ops : 0,
    ops,
    elapsedMs,
    throughput: rate(ops, elapsedMs),
    waits,
    retries,
    stopped: results.some((r) => r.stopped),
    workers,
  };
}

export function rate(ops: number, ms: number): number {
  return ms > 0 ? Math.round((ops * 1000) / ms) : 0;
}

export function dirsOf(dirs: string): (1 | -1)[] {
  return [...dirs].map((c) => (c === '-' ? -1 : 1));
}
