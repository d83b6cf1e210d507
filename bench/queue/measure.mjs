// The measuring protocol of the queue suites, the same in Node and in the bench page: warm up, repeat, verify.
import { median, min, max, round } from '../lib/stats.mjs';
import { isSafe, queueRun } from './grid.mjs';

/**
 * `env.runOnce(run)` runs one QueueRun to the end (drive.mjs) where the workers live; `env.quiet()`
 * waits for a lull on a busy machine and says how busy it was. One untimed warm-up run lets the
 * JIT settle, then `plan.queueReps` timed runs of the same fixed item count. Every run of a safe
 * kind, warm-up included, must be complete and exactly-once; each one that is not is listed in
 * `failures` with its verdict.
 */
export async function measureQueueCell(env, cell, items, plan) {
  const runOnce = async (run) => ({ busyBefore: await env.quiet(), ...(await env.runOnce(run)) });
  const run = queueRun(cell, items);
  const failures = [];
  const check = (r, rep) => {
    const problem = problemOf(cell, r, cell.producers * items);
    if (problem) failures.push({ rep, problem, verdict: brief(r.verdict) });
  };
  check(await runOnce(run), 'warm-up');
  const reps = [];
  for (let i = 0; i < plan.queueReps; i++) {
    const r = await runOnce(run);
    check(r, i);
    reps.push(r);
  }
  // A stuck run's clock includes the deadline: its rate says nothing about the queue.
  const timed = reps.filter((r) => !r.stuck);
  const rates = timed.map((r) => r.items / (r.wallMs / 1000));
  const p50 = timed.map((r) => r.verdict.latency.p50Us).filter(Number.isFinite);
  const p99 = timed.map((r) => r.verdict.latency.p99Us).filter(Number.isFinite);
  const total = reps.reduce((t, r) => t + r.verdict.produced, 0);
  const sum = (f) => reps.reduce((t, r) => t + f(r.verdict), 0);
  return {
    items,
    capacity: run.capacity,
    shutdown: run.shutdown,
    totalItems: cell.producers * items,
    itemsPerSec: {
      median: round(median(rates)),
      best: round(max(rates)),
      reps: rates.map((x) => round(x)),
    },
    wallMs: { median: round(median(timed.map((r) => r.wallMs))), min: round(min(timed.map((r) => r.wallMs))) },
    latencyUs: {
      p50: round(median(p50)),
      p99: round(median(p99)),
      p50Reps: p50.map((x) => round(x)),
      p99Reps: p99.map((x) => round(x)),
      samplesPerRun: timed[0]?.verdict.latency.samples ?? 0,
    },
    busyBefore: reps.map((r) => r.busyBefore),
    verified: isSafe(cell.kind) ? failures.length === 0 : null,
    failures,
    stuckRuns: reps.filter((r) => r.stuck).length,
    blocked: blockedShare(timed),
    // What the racing ring did to the items over the timed runs, stuck ones included (safe runs: all 0).
    damage: {
      lostPct: pct(sum((v) => v.lost), total),
      duplicatedPct: pct(sum((v) => v.duplicated), total),
      outOfOrderPct: pct(sum((v) => v.outOfOrder), total),
      leftPct: pct(sum((v) => v.left), total),
    },
  };
}

function problemOf(cell, r, expected) {
  if (!isSafe(cell.kind)) return null;
  if (r.stuck) return 'did not finish before the deadline (stopped)';
  if (r.results.some((w) => w.stopped)) return 'a worker was stopped';
  if (!r.verdict.exact) return 'not exactly-once (lost, duplicated, reordered or phantom items)';
  if (!r.verdict.complete || r.verdict.delivered !== expected) return `delivered ${r.verdict.delivered} of ${expected} items`;
  return null;
}

/**
 * How the workers waited, medians over the runs, per worker of each role: the share of the run
 * spent asleep on a full (producers) or empty (consumers) queue, and how many times it slept.
 */
function blockedShare(runs) {
  const per = (role, f) =>
    round(median(runs.map((r) => {
      const ws = r.results.filter((w) => w.role === role);
      return ws.reduce((t, w) => t + f(w, r), 0) / ws.length;
    })));
  return {
    producers: per('producer', (w, r) => w.blockedMs / r.wallMs),
    consumers: per('consumer', (w, r) => w.blockedMs / r.wallMs),
    producerSleeps: per('producer', (w) => w.blocked),
    consumerSleeps: per('consumer', (w) => w.blocked),
  };
}

function pct(n, total) {
  return total > 0 ? round((100 * n) / total) : 0;
}

function brief(v) {
  const { produced, consumed, delivered, lost, duplicated, outOfOrder, left, phantom, pillsLeft, exact, complete } = v;
  return { produced, consumed, delivered, lost, duplicated, outOfOrder, left, phantom, pillsLeft, exact, complete };
}
