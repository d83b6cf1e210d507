// The one measuring protocol of the counter suites: Node threads, browser workers, native threads.
// ns/op = wall-clock ns of a run / total ops of all workers, where the wall clock of a run spans
// from the first worker leaving the start line to the last worker's last op: the inverse of the
// run's throughput (1e9 / result-throughput in the lab). With one worker it is the cost of one op.
import { median, min, round } from '../lib/stats.mjs';

/**
 * The run's wall clock from the workers' own reports: each gives its kernel time and when it ended
 * on a clock shared by all threads. Spanning first start to last end (not the longest worker)
 * keeps a worker that was scheduled late from hiding: the run really took that long.
 */
export function runSpan(results) {
  const start = Math.min(...results.map((r) => r.endedAt - r.elapsedMs));
  const end = Math.max(...results.map((r) => r.endedAt));
  return {
    ops: results.reduce((sum, r) => sum + r.ops, 0),
    wallMs: end - start,
  };
}

/**
 * `runOnce(iters)` runs every worker for `iters` iterations and resolves to
 * { ops, wallMs, value } where value is the counter's final 32-bit value.
 */
export async function measure(runOnce, plan, cap) {
  const iters = await calibrate(runOnce, plan, cap);
  const runs = [];
  for (let r = 0; r < plan.reps; r++) runs.push(await runOnce(iters));
  return { iters, ...summarize(runs) };
}

/**
 * Measures two variants of one configuration (instrumentation off, then on) on the same iteration
 * count, alternating which goes first so that neither always runs on a warmer machine.
 */
export async function compare(runOff, runOn, plan, cap) {
  const iters = await calibrate(runOff, plan, cap);
  await runOn(iters); // warms the live path as calibration warmed the other
  const off = [];
  const on = [];
  for (let r = 0; r < plan.liveReps; r++) {
    if (r % 2 === 0) {
      off.push(await runOff(iters));
      on.push(await runOn(iters));
    } else {
      on.push(await runOn(iters));
      off.push(await runOff(iters));
    }
  }
  // Each pair ran back to back under the same machine load: the median of the pairs' ratios is
  // steadier than the ratio of two medians when something else on the machine comes and goes.
  const ratios = on.map((r, i) => nsPerOp(r) / nsPerOp(off[i]));
  return { iters, off: summarize(off), on: summarize(on), ratio: round(median(ratios)) };
}

/** Grows the iteration count until a run is long enough to time, then scales it to the target. */
async function calibrate(runOnce, plan, cap) {
  let iters = Math.min(plan.startIters, cap);
  for (;;) {
    const { wallMs } = await runOnce(iters);
    if (wallMs >= plan.calibrateMs || iters >= cap) {
      return clampIters(Math.round((iters * plan.runMs) / Math.max(wallMs, 1e-3)), cap);
    }
    // Jump while far too short (timer noise), double when close.
    iters = clampIters(iters * (wallMs * 16 < plan.calibrateMs ? 16 : 2), cap);
  }
}

function clampIters(iters, cap) {
  return Math.max(1, Math.min(cap, iters));
}

function nsPerOp(run) {
  return (run.wallMs * 1e6) / run.ops;
}

function summarize(runs) {
  const ns = runs.map(nsPerOp);
  // Every worker adds +1, so the exact total is the op count, wrapped like the 32-bit cell.
  const lost = runs.map((r) => ((((r.ops - r.value) % 2 ** 32) + 2 ** 32) % 2 ** 32) / r.ops);
  return {
    median: round(median(ns)),
    min: round(min(ns)),
    reps: ns.map((x) => round(x)),
    exact: lost.every((x) => x === 0),
    lostPct: round(median(lost) * 100),
  };
}
