// Suite "wasm": the WebAssembly engine against the JavaScript engine and native code, in one run, in Chromium.
/* global window -- only inside callbacks that run in the page */
import { join } from 'node:path';
import { itersCap } from '../counter/grid.mjs';
import { withBenchPage } from '../lib/benchPage.mjs';
import { hasChromium } from '../lib/chromium.mjs';
import { quietGate } from '../lib/quiet.mjs';
import { round } from '../lib/stats.mjs';
import { withTimeout } from '../lib/timeout.mjs';
import { cellLabel } from '../queue/grid.mjs';
import { measureQueueCell } from '../queue/measure.mjs';
import { measureFetchAdd } from './native.mjs';

export const ENGINES = ['js', 'wasm'];

/** Counter cells, bare kernels (race window 0): the contended add, and the mutex for both engines. */
export const COUNTER_CELLS = [
  { sync: 'atomic', workers: 1 },
  { sync: 'atomic', workers: 2 },
  { sync: 'atomic', workers: 4 },
  { sync: 'mutex', workers: 1 },
  { sync: 'mutex', workers: 2 },
].map((c) => ({ ...c, window: 0 }));

/** Cells measured again with V8's optimising compiler turned off for WebAssembly. */
export const LIFTOFF_CELLS = COUNTER_CELLS.filter((c) => c.sync === 'atomic' && c.workers <= 2);

/**
 * Queue cells with the items per producer of each engine, fixed so that a run takes 200–500 ms on
 * the recording machine (the WebAssembly rings move more items in that time); `message` is the
 * JavaScript baseline the rings are held against.
 */
export const QUEUE_CELLS = [
  { kind: 'spsc', producers: 1, consumers: 1, items: { js: 4_000_000, wasm: 10_000_000 } },
  { kind: 'mpmc', producers: 1, consumers: 1, items: { js: 2_000_000, wasm: 4_000_000 } },
  { kind: 'locked', producers: 1, consumers: 1, items: { js: 1_000_000, wasm: 1_000_000 } },
  { kind: 'locked', producers: 2, consumers: 2, items: { js: 500_000, wasm: 500_000 } },
  { kind: 'message', producers: 1, consumers: 1, items: { js: 50_000 } },
];
const QUICK_ITEMS = 2_000;

function counterLabel({ sync, workers, engine }) {
  return `${engine} ${sync} x${workers}`;
}

async function measureCounterCells(ctx, evaluate, cells, prefix = '') {
  const quiet = quietGate(ctx.plan);
  const out = [];
  for (const cell of cells) {
    const busyBefore = await quiet();
    const label = `${prefix}${counterLabel(cell)}`;
    const r = await withTimeout(
      evaluate(([c, p, n]) => window.bench.measure(c, p, n), [{ ...cell, live: false }, ctx.plan, itersCap(cell.workers, ctx.plan.maxIters)]),
      ctx.plan.configTimeoutMs,
      label,
    );
    if (!r.exact) ctx.log(`WARNING ${label} lost updates in an exact mode`);
    ctx.log(`${label}: ${r.median} ns/op (min ${r.min})`);
    out.push({ ...cell, busyBefore, ...r });
  }
  return out;
}

function counterPage(ctx) {
  const src = join(ctx.benchDir, 'browser');
  return { page: join(src, 'page.mjs'), worker: join(src, 'worker.mjs'), html: join(src, 'index.html') };
}

async function measureQueueCells(ctx) {
  const src = join(ctx.benchDir, 'browser', 'queue');
  const files = { page: join(src, 'page.mjs'), worker: join(src, 'worker.mjs'), html: join(src, 'index.html') };
  return withBenchPage(join(ctx.buildDir, 'browser-queue'), files, async ({ evaluate }) => {
    await evaluate(() => window.queueBench.ready);
    const plan = ctx.plan;
    // One waiting budget for all the queue runs, as in the queue suites.
    const quiet = quietGate({ ...plan, quietBudgetMs: plan.queueQuietBudgetMs });
    const cells = [];
    const failures = [];
    for (const cell of QUEUE_CELLS) {
      for (const engine of ENGINES.filter((e) => cell.items[e])) {
        const env = {
          runOnce: (run) => evaluate(([r, ms, e]) => window.queueBench.run(r, ms, e), [run, plan.queueDeadlineMs, engine]),
          quiet,
        };
        const label = `${engine} ${cellLabel(cell)}`;
        const items = ctx.quick ? QUICK_ITEMS : cell.items[engine];
        const r = await withTimeout(measureQueueCell(env, cell, items, plan), plan.queueCellTimeoutMs, label);
        for (const f of r.failures) {
          ctx.log(`FAILURE ${label} run ${f.rep}: ${f.problem} ${JSON.stringify(f.verdict)}`);
          failures.push({ cell: label, ...f });
        }
        ctx.log(`${label} (${items} items/producer): ${(r.itemsPerSec.median / 1e6).toFixed(2)} M items/s (best ${(r.itemsPerSec.best / 1e6).toFixed(2)} M)`);
        cells.push({ kind: cell.kind, producers: cell.producers, consumers: cell.consumers, engine, ...r });
      }
    }
    return { cells, failures };
  });
}

/** The bars' ratios, all from this one run. */
export function wasmRatios({ native, counter, liftoff, queue }) {
  const ns = (engine, sync, workers, from = counter) => from.find((c) => c.engine === engine && c.sync === sync && c.workers === workers)?.median;
  const rate = (engine, kind, n) => queue.find((c) => c.engine === engine && c.kind === kind && c.producers === n)?.itemsPerSec.median;
  const ratio = (a, b) => (a && b ? round(a / b) : null);
  const atomic = [1, 2, 4].map((workers) => {
    const fetchAdd = native?.cells?.find((c) => c.threads === workers)?.median;
    return {
      workers,
      wasm: ns('wasm', 'atomic', workers),
      js: ns('js', 'atomic', workers),
      native: fetchAdd ?? null,
      wasmOverNative: ratio(ns('wasm', 'atomic', workers), fetchAdd),
      jsOverWasm: ratio(ns('js', 'atomic', workers), ns('wasm', 'atomic', workers)),
    };
  });
  const tiering = LIFTOFF_CELLS.map(({ workers }) => ({
    workers,
    liftoff: ns('wasm', 'atomic', workers, liftoff),
    tiered: ns('wasm', 'atomic', workers),
    liftoffOverTiered: ratio(ns('wasm', 'atomic', workers, liftoff), ns('wasm', 'atomic', workers)),
  }));
  const mutex = [1, 2].map((workers) => ({
    workers,
    js: ns('js', 'mutex', workers),
    wasm: ns('wasm', 'mutex', workers),
    jsOverWasm: ratio(ns('js', 'mutex', workers), ns('wasm', 'mutex', workers)),
  }));
  const locked = [1, 2].map((n) => ({ n, js: rate('js', 'locked', n), wasm: rate('wasm', 'locked', n), wasmOverJs: ratio(rate('wasm', 'locked', n), rate('js', 'locked', n)) }));
  const spsc = {
    wasm: rate('wasm', 'spsc', 1),
    js: rate('js', 'spsc', 1),
    message: rate('js', 'message', 1),
    wasmOverMessage: ratio(rate('wasm', 'spsc', 1), rate('js', 'message', 1)),
    wasmOverJs: ratio(rate('wasm', 'spsc', 1), rate('js', 'spsc', 1)),
  };
  return { atomic, tiering, mutex, locked, spsc };
}

export async function runWasmSuite(ctx) {
  if (!hasChromium()) return { skipped: 'Chromium not found (set CHROMIUM_PATH)' };
  const native = await measureFetchAdd(ctx, [1, 2, 4]);
  const cells = COUNTER_CELLS.flatMap((c) => ENGINES.map((engine) => ({ ...c, engine })));
  const counter = await withBenchPage(join(ctx.buildDir, 'browser'), counterPage(ctx), async ({ evaluate }) => {
    await evaluate(() => window.bench.ready);
    return measureCounterCells(ctx, evaluate, cells);
  });
  // V8 has no on-stack replacement for WebAssembly: a function moves to the optimising compiler at
  // its next call. The calibration's short runs (each a series of chunk calls) are the warm-up.
  const liftoff = await withBenchPage(
    join(ctx.buildDir, 'browser'),
    counterPage(ctx),
    async ({ evaluate }) => {
      await evaluate(() => window.bench.ready);
      return measureCounterCells(ctx, evaluate, LIFTOFF_CELLS.map((c) => ({ ...c, engine: 'wasm' })), 'Liftoff only: ');
    },
    ['--js-flags=--liftoff-only'],
  );
  const queue = await measureQueueCells(ctx);
  const data = { native: native.skipped ? { skipped: native.skipped } : native, counter, liftoff, queue: queue.cells };
  return { threads: 'module Web Workers', ...data, failures: queue.failures, ratios: wasmRatios(data) };
}
