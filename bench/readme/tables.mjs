// Markdown tables of the README, one per suite, each marking its target met or missed.
import { MODES, WORKER_COUNTS, LIVE_WORKERS } from '../counter/grid.mjs';
import { TARGETS } from './targets.mjs';

const mark = (ok) => (ok ? 'met' : '**missed**');

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function envCells(results, sync, window) {
  return WORKER_COUNTS.map((workers) => {
    const c = results?.cells?.find((x) => x.sync === sync && x.window === window && x.workers === workers);
    return c ? `${c.median} (${c.min})` : '–';
  });
}

export function counterTable(node, chromium, window) {
  const counts = WORKER_COUNTS.map((w) => `×${w}`);
  const head = ['mode', ...counts.map((c) => `Node ${c}`), ...counts.map((c) => `Chromium ${c}`)];
  return table(head, MODES.map((sync) => [`\`${sync}\``, ...envCells(node, sync, window), ...envCells(chromium, sync, window)]));
}

export function nativeTable(ratios, native) {
  const rows = native.cells.map((n) => {
    const node = ratios.find((r) => r.env === 'node' && r.threads === n.threads);
    const chromium = ratios.find((r) => r.env === 'chromium' && r.threads === n.threads);
    const found = [node, chromium].filter(Boolean);
    return [
      n.threads,
      `${n.median} (${n.min})`,
      node ? node.js : '–',
      node ? `${node.ratio}×` : '–',
      chromium ? chromium.js : '–',
      chromium ? `${chromium.ratio}×` : '–',
      found.length ? mark(found.every((r) => r.ratio <= TARGETS.atomicVsNative)) : '–',
    ];
  });
  const head = ['threads', 'native ns/op', 'Node ns/op', 'Node / native', 'Chromium ns/op', 'Chromium / native', `target ≤ ${TARGETS.atomicVsNative}×`];
  return `${table(head, rows)}\n\nCompiler: ${native.compiler}, \`${native.flags}\`. JS is the bare \`atomic\` kernel (race window 0) median.`;
}

export function liveTable(node, chromium) {
  const pick = (r, sync) => r?.live?.find((x) => x.sync === sync && x.workers === LIVE_WORKERS);
  const rows = MODES.map((sync) => {
    const n = pick(node, sync);
    const c = pick(chromium, sync);
    const found = [n, c].filter(Boolean);
    return [
      `\`${sync}\``,
      n ? `${n.off.median} → ${n.on.median}` : '–',
      n ? `${n.ratio}×` : '–',
      c ? `${c.off.median} → ${c.on.median}` : '–',
      c ? `${c.ratio}×` : '–',
      found.length ? mark(found.every((r) => r.ratio <= TARGETS.liveRatio)) : '–',
    ];
  });
  const head = ['mode', 'Node ns/op off → live', 'Node ratio', 'Chromium ns/op off → live', 'Chromium ratio', `target ≤ ${TARGETS.liveRatio}×`];
  return table(head, rows);
}

export function appTable(app) {
  const { run, initialJs } = app;
  const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
  const rows = [
    ['long tasks (> 50 ms) during the run', `${run.longTasks.count} (longest ${run.longTasks.maxMs} ms)`, 'none', mark(run.longTasks.count === 0)],
    [
      'long animation frames (> 50 ms), for information',
      run.observed.includes('long-animation-frame') ? `${run.longAnimationFrames.count} (longest ${run.longAnimationFrames.maxMs} ms)` : 'not observable',
      '–',
      '–',
    ],
    ['frame interval p50 / p95 / max', `${run.frames.p50Ms} / ${run.frames.p95Ms} / ${run.frames.maxMs} ms (${run.frames.count} frames)`, `p95 ≤ ${TARGETS.frameP95Ms} ms`, mark(run.frames.p95Ms !== null && run.frames.p95Ms <= TARGETS.frameP95Ms)],
    ['initial JavaScript, gzip', `${kb(initialJs.gzipBytes)} in ${initialJs.files.length} files (${kb(initialJs.bytes)} raw)`, `≤ ${TARGETS.initialJsKB} kB`, mark(initialJs.gzipBytes <= TARGETS.initialJsKB * 1000)],
  ];
  const rate = run.opsPerSecond ? `, the app's readout ${(run.opsPerSecond / 1e6).toFixed(1)} M operations/s` : '';
  const how = `Run: \`${run.query}\` (${run.workers} worker${run.workers > 1 ? 's' : ''}), ${run.runMs} ms, ended ${run.status}${run.stoppedByBench ? ' by Stop' : ''}${rate}.`;
  return `${table(['metric', 'measured', 'target', ''], rows)}\n\n${how}`;
}
