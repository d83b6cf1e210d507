// Regenerates the results section of bench/README.md from the results files.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { WINDOWS } from '../counter/grid.mjs';
import { readResults } from '../lib/results.mjs';
import { BUSY } from '../lib/cpuUse.mjs';
import { atomicRatios } from '../suites/native.mjs';
import { pythonTable } from '../suites/python.mjs';
import { exploreTable } from '../suites/explore.mjs';
import { queueCheckTable, queueItemsLine, queueLatencyTable, queueRateTable, queueTargetTable } from './queueTables.mjs';
import { appRunsTable, appStartTable, budgetTable } from './appTables.mjs';
import { counterTable, liveTable, nativeTable } from './tables.mjs';
import { wasmAtomicTable, wasmLockTable, wasmQueueTable, wasmTieringTable } from './wasmTables.mjs';

const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

export function renderReadme(templatePath, outPath, resultsDir) {
  const template = readFileSync(templatePath, 'utf8');
  const i = template.indexOf(START);
  const j = template.indexOf(END);
  if (i < 0 || j < i) throw new Error(`bench/README.md must keep the ${START} and ${END} markers`);
  const body = renderResults(resultsDir);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, `${template.slice(0, i + START.length)}\n\n${body}\n${template.slice(j)}`);
}

function renderResults(dir) {
  const node = readResults(dir, 'node');
  const chromium = readResults(dir, 'chromium');
  const native = readResults(dir, 'native');
  const app = readResults(dir, 'app');
  const queueNode = readResults(dir, 'queue-node');
  const queueChromium = readResults(dir, 'queue-chromium');
  const python = readResults(dir, 'python');
  const wasm = readResults(dir, 'wasm');
  const explore = readResults(dir, 'explore');
  const out = [];
  const any = node ?? chromium ?? native ?? app ?? queueNode ?? queueChromium ?? python ?? wasm ?? explore;
  if (!any) return '_No results recorded yet: run `npm run bench`._\n';
  if ([node, chromium, native, app, queueNode, queueChromium, python, wasm, explore].some((r) => r?.quick)) {
    out.push('> **Quick run**: a smoke test of the harness; these numbers are not meaningful.\n');
  }
  const m = any.machine;
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}; Node ${m.node}; Chromium ${m.chromium ?? 'not available'}.\n`);
  out.push(
    recorded('node', node),
    recorded('chromium', chromium),
    recorded('native', native),
    recorded('app', app),
    recorded('queue-node', queueNode),
    recorded('queue-chromium', queueChromium),
    recorded('python', python),
    recorded('wasm', wasm),
    recorded('explore', explore),
    '',
  );

  out.push('### Budgets\n');
  out.push(budgetTable(app?.runs ? app : null, node, chromium), '');

  out.push('### Counter kernels: ns/op, median (min)\n');
  for (const window of WINDOWS) {
    out.push(`Race window ${window}${window === 0 ? ' (the bare cost)' : ' (the lab default)'}:\n`);
    out.push(counterTable(node, chromium, window), '');
  }
  out.push('### Atomics.add against native fetch_add\n');
  out.push(native?.cells ? nativeTable(atomicRatios(dir, native.cells), native) : status(native, 'native'), '');
  out.push('### Live instrumentation cost (2 workers, race window 0)\n');
  out.push(liveTable(node, chromium), '');
  out.push('### App during full-speed runs\n');
  out.push(app?.runs ? appRunsTable(app) : status(app, 'app'), '');
  if (app?.restarts) {
    out.push('### App: first paint and a second run\'s start\n');
    out.push(appStartTable(app), '');
  }

  if (queueNode?.cells || queueChromium?.cells) {
    out.push('### Queue kinds: M items/s, median (best)\n');
    out.push(queueRateTable(queueNode, queueChromium), '');
    out.push(queueItemsLine(queueNode, queueChromium), '');
    out.push('### Queue latency, enqueue to dequeue: p50 / p99 µs (medians of the runs)\n');
    out.push(queueLatencyTable(queueNode, queueChromium), '');
    out.push('### Queue verification\n');
    out.push(queueCheckTable(queueNode, queueChromium), '');
    out.push('### Queue targets\n');
    out.push(queueTargetTable(queueNode, queueChromium), '');
  } else {
    out.push('### Queue kinds\n');
    out.push(status(queueNode ?? queueChromium, 'queue'), '');
  }
  out.push("### Python interpreter: one schedule of the post's counter program\n");
  out.push(pythonTable(python), '');
  out.push('### Python exploration (issue 14)\n');
  out.push(exploreTable(explore), '');
  out.push(...wasmSection(wasm));
  return out.join('\n');
}

function wasmSection(wasm) {
  if (!wasm?.ratios) return ['### WebAssembly engine\n', status(wasm, 'wasm'), ''];
  return [
    '### WebAssembly engine: contended add against native and JavaScript (Chromium, one run)\n',
    wasmAtomicTable(wasm),
    '',
    '### WebAssembly engine: Liftoff only against default tiering, contended add ns/op\n',
    wasmTieringTable(wasm),
    '',
    '### WebAssembly engine: locks, both engines\n',
    wasmLockTable(wasm),
    '',
    '### WebAssembly engine: queues (Chromium, capacity 1024, close)\n',
    wasmQueueTable(wasm),
    '',
  ];
}

function recorded(name, r) {
  if (!r) return `- ${name}: not run yet`;
  const when = r.machine.date.slice(0, 16).replace('T', ' ');
  if (r.error) return `- ${name}: **failed** (${when} UTC): ${r.error.split('\n')[0]}`;
  if (r.skipped) return `- ${name}: skipped (${when} UTC): ${r.skipped}`;
  const head = `- ${name}: recorded ${when} UTC in ${r.seconds} s`;
  if (typeof r.busyAtStart !== 'number') return head;
  const busy = r.busyAtStart > BUSY ? ': **busy machine, numbers inflated**' : '';
  return `${head}; other work used ${Math.round(r.busyAtStart * 100)} % of the CPUs at start${busy}${busyCells(r)}`;
}

/** How many measurements (counter cells, queue runs, app loads and runs) began while other work kept the machine busy. */
function busyCells(r) {
  const measured = [...(Array.isArray(r.cells) ? r.cells : []), ...(r.counter ?? []), ...(r.liftoff ?? []), ...(Array.isArray(r.queue) ? r.queue : []), ...(r.live ?? []), ...(r.firstPaint?.loads ?? []), ...(r.runs ?? []), ...(r.restarts ?? [])];
  const samples = measured.flatMap((c) => c.busyBefore ?? []).filter((b) => typeof b === 'number');
  const failed = r.failures?.length ? `; **${r.failures.length} runs not exactly-once**` : '';
  if (samples.length === 0) return failed;
  const busy = samples.filter((b) => b > BUSY).length;
  return `; ${busy} of ${samples.length} measurements began on a busy machine${failed}`;
}

function status(r, name) {
  if (!r) return `_${name} suite not run yet._`;
  if (r.skipped) return `_Skipped: ${r.skipped}._`;
  return `_Failed: ${r.error ?? 'no results'}._`;
}
