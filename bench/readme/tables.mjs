// Markdown tables of the README, one per suite, each marking its target met or missed.
import { MODES, WORKER_COUNTS, LIVE_WORKERS } from '../counter/grid.mjs';
import { mark, table } from './markdown.mjs';
import { TARGETS } from './targets.mjs';

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
