// Suite "native": the C++ std::atomic fetch_add reference that JS Atomics.add is held against.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { itersCap, WORKER_COUNTS } from '../counter/grid.mjs';
import { measure } from '../counter/measure.mjs';
import { round } from '../lib/stats.mjs';
import { readResults } from '../lib/results.mjs';
import { withTimeout } from '../lib/timeout.mjs';

const run = promisify(execFile);
const FLAGS = ['-O2', '-pthread', '-std=c++17'];
const compiledThisRun = new Set();

export async function runNativeSuite(ctx) {
  const native = await measureFetchAdd(ctx, WORKER_COUNTS);
  if (native.skipped) return native;
  return { ...native, ratios: atomicRatios(ctx.resultsDir, native.cells) };
}

/**
 * Builds native/fetch_add.cpp and measures it at each thread count with the JS suites' protocol:
 * { compiler, flags, cells: [{ threads, median, min, ... }] }, or { skipped } without g++.
 */
export async function measureFetchAdd(ctx, threadCounts) {
  const version = spawnSync('g++', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    return { skipped: 'g++ not found: no native reference, so no JS/native ratio on this machine' };
  }
  const outDir = join(ctx.buildDir, 'native');
  mkdirSync(outDir, { recursive: true });
  const binary = join(outDir, 'fetch_add');
  // The native and wasm suites both hold JS against it: one run of the bench compiles it once.
  if (!compiledThisRun.has(binary)) {
    const compiled = spawnSync('g++', [...FLAGS, '-o', binary, join(ctx.benchDir, 'native', 'fetch_add.cpp')], {
      encoding: 'utf8',
    });
    if (compiled.status !== 0) throw new Error(`g++ failed: ${compiled.stderr}`);
    compiledThisRun.add(binary);
  }

  const cells = [];
  for (const threads of threadCounts) {
    // Same protocol as the JS suites: calibrate, then repeat; each run is a fresh process whose
    // thread start-up is outside the timed span, as worker start-up is in JS.
    const runOnce = async (iters) => JSON.parse((await run(binary, [String(threads), String(iters)])).stdout);
    const r = await withTimeout(measure(runOnce, ctx.plan, itersCap(threads, ctx.plan.maxIters)), ctx.plan.configTimeoutMs, `fetch_add x${threads}`);
    ctx.log(`fetch_add x${threads}: ${r.median} ns/op (min ${r.min})`);
    cells.push({ threads, ...r });
  }
  return { compiler: version.stdout.split('\n')[0], flags: FLAGS.join(' '), cells };
}

/** JS Atomics.add (bare, window 0) over native fetch_add, per thread count, from the JS suites' files. */
export function atomicRatios(resultsDir, nativeCells) {
  const out = [];
  for (const env of ['node', 'chromium']) {
    const js = readResults(resultsDir, env);
    for (const n of nativeCells) {
      const cell = js?.cells?.find((c) => c.sync === 'atomic' && c.window === 0 && c.workers === n.threads);
      if (!cell) continue;
      out.push({ env, threads: n.threads, js: cell.median, native: n.median, ratio: round(cell.median / n.median) });
    }
  }
  return out;
}
