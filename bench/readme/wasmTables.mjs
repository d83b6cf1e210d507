// Markdown tables of the wasm suite: the WebAssembly engine against native code and the JavaScript engine, one run.
import { mark, table } from './markdown.mjs';
import { TARGETS } from './targets.mjs';

const ns = (c) => (c ? `${c.median} (${c.min})` : '–');
const x = (r) => (r === null || r === undefined ? '–' : `${r}×`);
const m = (rate) => (rate ? (rate / 1e6).toFixed(2) : '–');

export function wasmAtomicTable(w) {
  const rows = w.ratios.atomic.map((r) => [
    r.workers,
    r.native ?? '–',
    r.wasm ?? '–',
    r.js ?? '–',
    x(r.wasmOverNative),
    x(r.jsOverWasm),
    r.workers === 2 && r.wasmOverNative !== null && r.jsOverWasm !== null
      ? mark(r.wasmOverNative <= TARGETS.wasmAtomicVsNative && r.jsOverWasm >= TARGETS.wasmAtomicVsJs)
      : '–',
  ]);
  const head = ['workers', 'native `fetch_add`', 'WebAssembly', 'JavaScript', 'wasm / native', 'JS / wasm', `×2: ≤ ${TARGETS.wasmAtomicVsNative}× native, ≥ ${TARGETS.wasmAtomicVsJs}× JS`];
  return `${table(head, rows)}\n\nns/op, medians of 5 runs; \`atomic\` kernel, race window 0, every worker on one cell. Native: ${w.native?.compiler ?? w.native?.skipped ?? '–'}.`;
}

export function wasmTieringTable(w) {
  const rows = w.ratios.tiering.map((r) => [r.workers, r.tiered ?? '–', r.liftoff ?? '–', x(r.liftoffOverTiered)]);
  return table(['workers', 'default tiering', 'Liftoff only', 'Liftoff / default'], rows);
}

export function wasmLockTable(w) {
  const mutex = w.ratios.mutex.map((r) => [
    `\`mutex\` ×${r.workers}, ns/op`,
    ns(w.counter.find((c) => c.engine === 'js' && c.sync === 'mutex' && c.workers === r.workers)),
    ns(w.counter.find((c) => c.engine === 'wasm' && c.sync === 'mutex' && c.workers === r.workers)),
    r.jsOverWasm !== null ? mark(r.jsOverWasm >= 1) : '–',
  ]);
  const locked = w.ratios.locked.map((r) => [
    `\`locked\` ${r.n}P${r.n}C, M items/s`,
    m(r.js),
    m(r.wasm),
    r.wasmOverJs !== null ? mark(r.wasmOverJs >= 1) : '–',
  ]);
  return table(['what', 'JavaScript', 'WebAssembly', 'WebAssembly not slower'], [...mutex, ...locked]);
}

export function wasmQueueTable(w) {
  const s = w.ratios.spsc;
  const rows = w.queue.map((c) => [
    `\`${c.kind}\` ${c.producers}P${c.consumers}C`,
    c.engine === 'wasm' ? 'WebAssembly' : 'JavaScript',
    `${m(c.itemsPerSec.median)} (${m(c.itemsPerSec.best)})`,
    c.items.toLocaleString('en-US'),
    c.verified === null ? '–' : c.verified ? 'exactly once' : '**FAILED**',
  ]);
  const bar = [
    `WebAssembly \`spsc\` ${m(s.wasm)} M items/s: ${mark(s.wasm >= TARGETS.wasmSpscItemsPerSec)} (≥ ${TARGETS.wasmSpscItemsPerSec / 1e6} M)`,
    `${x(s.wasmOverMessage)} the \`message\` baseline: ${mark(s.wasmOverMessage !== null && s.wasmOverMessage >= TARGETS.wasmSpscVsMessage)} (≥ ${TARGETS.wasmSpscVsMessage}×)`,
    `${x(s.wasmOverJs)} the JavaScript \`spsc\``,
  ].join('; ');
  return `${table(['queue', 'engine', 'M items/s, median (best)', 'items per producer', 'verified'], rows)}\n\n${bar}.`;
}
