// Walks the queue grid with one environment's runner (Node threads or the bench page) and logs as it goes.
import { quietGate } from '../lib/quiet.mjs';
import { withTimeout } from '../lib/timeout.mjs';
import { cellLabel, itemsFor, queueGrid } from './grid.mjs';
import { measureQueueCell } from './measure.mjs';

/**
 * `runOnce(run)` runs one QueueRun where the workers live (drive.mjs), in `envName` ('node' or
 * 'chromium', which picks the item counts). Each cell is bounded in
 * time; a safe run that is not exactly-once is logged loudly and listed in the suite's `failures`,
 * which makes `npm run bench` exit with an error.
 */
export async function runQueueGrid(ctx, envName, runOnce) {
  const { plan } = ctx;
  // A queue run lasts well under a second: wait for a lull before each one, with a budget of its own.
  const env = { runOnce, quiet: quietGate({ ...plan, quietBudgetMs: plan.queueQuietBudgetMs }) };
  const cells = [];
  const failures = [];
  for (const cell of queueGrid()) {
    const label = cellLabel(cell);
    const items = itemsFor(cell, ctx.quick, envName);
    const r = await withTimeout(measureQueueCell(env, cell, items, plan), plan.queueCellTimeoutMs, label);
    for (const f of r.failures) {
      ctx.log(`FAILURE ${label} run ${f.rep}: ${f.problem} ${JSON.stringify(f.verdict)}`);
      failures.push({ cell: label, ...f });
    }
    const m = (x) => (x === null ? '–' : `${(x / 1e6).toFixed(2)} M`);
    const unsafe = r.verified === null ? `, lost ${r.damage.lostPct} %, duplicated ${r.damage.duplicatedPct} %, stuck ${r.stuckRuns}` : '';
    ctx.log(`${label} (${items} items/producer): ${m(r.itemsPerSec.median)} items/s (best ${m(r.itemsPerSec.best)}), p50 ${r.latencyUs.p50} µs, p99 ${r.latencyUs.p99} µs${unsafe}`);
    cells.push({ ...cell, ...r });
  }
  return { capacity: cells[0]?.capacity ?? null, cells, failures };
}
