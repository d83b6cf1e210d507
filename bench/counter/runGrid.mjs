// Walks the counter grid with one environment's measuring functions (Node threads or a browser).
import { counterGrid, EXACT_MODES, itersCap, LIVE_WINDOW, LIVE_WORKERS, MODES } from './grid.mjs';
import { quietGate } from '../lib/quiet.mjs';
import { withTimeout } from '../lib/timeout.mjs';

/**
 * `env.measure(cell, cap)` and `env.compare(cell, cap)` run the shared protocol of measure.mjs
 * where the workers live; this only orders the cells, bounds each one in time and logs. Each cell
 * also records how busy other work kept the machine just before it (the bench's threads are
 * idle then), so a reader can tell a slow kernel from a shared machine.
 */
export async function runCounterGrid(ctx, env) {
  const { plan } = ctx;
  const quiet = quietGate(plan);
  const cells = [];
  for (const cell of counterGrid()) {
    const busyBefore = await quiet();
    const r = await withTimeout(env.measure(cell, itersCap(cell.workers, plan.maxIters)), plan.configTimeoutMs, label(cell));
    if (!r.exact && EXACT_MODES.has(cell.sync)) ctx.log(`WARNING ${label(cell)} lost updates in an exact mode`);
    ctx.log(`${label(cell)}: ${r.median} ns/op (min ${r.min})`);
    cells.push({ ...cell, busyBefore, ...r });
  }
  const live = [];
  for (const sync of MODES) {
    const cell = { sync, workers: LIVE_WORKERS, window: LIVE_WINDOW };
    const busyBefore = await quiet();
    const r = await withTimeout(env.compare(cell, itersCap(cell.workers, plan.maxIters)), plan.configTimeoutMs, `live ${label(cell)}`);
    ctx.log(`live ${label(cell)}: ${r.on.median} vs ${r.off.median} ns/op, ratio ${r.ratio}`);
    live.push({ ...cell, busyBefore, ...r });
  }
  return { cells, live };
}

function label({ sync, workers, window }) {
  return `${sync} x${workers} window ${window}`;
}
