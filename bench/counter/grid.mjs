// Which Counter configurations every counter suite measures, and the job each worker gets.
import { EXACT_MODES, SYNC_MODES } from '../../src/core/counter/syncModes.ts';
import { COUNTER_FIELDS, maxIters } from '../../src/core/params/counterParams.ts';

export const MODES = SYNC_MODES;
export { EXACT_MODES };
export const WORKER_COUNTS = [1, 2, 4];
/** 0 is the bare cost of each mode; the lab's default window shows what a learner's run costs. */
export const WINDOWS = [0, COUNTER_FIELDS.window.fallback];
export const LIVE_WORKERS = 2;
/** The instrumentation check runs the bare kernels: per-chunk publishing weighs most there. */
export const LIVE_WINDOW = 0;

/** Every (mode, workers, window) cell of the ns/op tables, plus the live-vs-off pairs. */
export function counterGrid() {
  const cells = [];
  for (const window of WINDOWS) {
    for (const sync of MODES) {
      for (const workers of WORKER_COUNTS) cells.push({ sync, workers, window });
    }
  }
  return cells;
}

/** The most iterations per worker that cannot overflow the 32-bit cell, as in the lab itself. */
export function itersCap(workers, planCap) {
  return Math.min(planCap, maxIters(workers));
}

/** One job per worker; every worker adds +1 so that the expected total is simply all ops. */
export function counterJobs({ sync, workers, window, live }, iters) {
  return Array.from({ length: workers }, (_, index) => ({
    index,
    workers,
    sync,
    iters,
    dir: 1,
    window,
    live,
    slow: false,
  }));
}
