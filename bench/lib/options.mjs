// Command-line flags of the bench and the measurement plan each one selects.
import { parseArgs } from 'node:util';

export const SUITES = ['node', 'chromium', 'native', 'app', 'queue-node', 'queue-chromium', 'python', 'wasm', 'explore'];

/**
 * The full plan aims at ~200 ms per timed run, long enough that thread start skew (tens of
 * microseconds) and timer resolution (5 µs in an isolated page) stay far below 1 %.
 * The quick plan only proves every code path still runs; its numbers mean nothing.
 */
const FULL = {
  startIters: 1024,
  calibrateMs: 40,
  runMs: 200,
  reps: 5,
  liveReps: 7,
  maxIters: 1_000_000_000,
  appRunMs: 3000,
  appLoads: 7,
  appPresses: 6,
  appQuietBudgetMs: 120_000,
  sampleMs: 100,
  quietBudgetMs: 30_000,
  configTimeoutMs: 60_000,
  // Queue suites: a fixed item count per configuration (queue/grid.mjs), one warm-up, then reps.
  queueReps: 5,
  queueQuietBudgetMs: 120_000,
  queueDeadlineMs: 10_000,
  queueCellTimeoutMs: 180_000,
};

const QUICK = {
  startIters: 64,
  calibrateMs: 0.5,
  runMs: 2,
  reps: 2,
  liveReps: 2,
  maxIters: 100_000,
  appRunMs: 500,
  appLoads: 1,
  appPresses: 2,
  appQuietBudgetMs: 300,
  sampleMs: 50,
  quietBudgetMs: 300,
  configTimeoutMs: 60_000,
  queueReps: 2,
  queueQuietBudgetMs: 300,
  queueDeadlineMs: 5_000,
  queueCellTimeoutMs: 60_000,
};

export function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
      profile: { type: 'string' },
    },
  });
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : SUITES;
  const unknown = only.filter((s) => !SUITES.includes(s));
  if (unknown.length > 0) throw new Error(`unknown suite ${unknown.join(', ')}; known: ${SUITES.join(', ')}`);
  return { quick: values.quick, help: values.help, profile: values.profile ?? null, suites: only, plan: values.quick ? QUICK : FULL };
}

export const USAGE = `npm run bench [-- --quick] [-- --only=${SUITES.join(',')}] [-- --profile=spsc-1P1C]
  --quick  a few iterations of everything (smoke test: results go to bench/.build/quick/)
  --only   run some suites; the README table keeps the other suites' recorded results
  --profile=<kind>-<n>P<n>C  (e.g. spsc-1P1C) no suite: CPU profiles of one queue configuration's
           workers in Chromium, written to bench/.build/profiles/ with a summary of the hot functions`;
