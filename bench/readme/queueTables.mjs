// Markdown tables of the queue suites: items/s, latency, verification and the queue targets.
import { QUEUE_KINDS } from '../../src/core/queue/queueKinds.ts';
import { CAPACITY } from '../queue/grid.mjs';
import { mark, table } from './markdown.mjs';
import { TARGETS } from './targets.mjs';

const COUNTS = [1, 2];

function cellOf(results, kind, n) {
  return results?.cells?.find((c) => c.kind === kind && c.producers === n && c.consumers === n) ?? null;
}

/** M items/s with three significant digits: 12.3, 1.23, 0.123. */
export function mItems(x) {
  if (x === null || x === undefined) return '–';
  return String(Number((x / 1e6).toPrecision(3)));
}

const envs = (node, chromium) => [
  ['Node', node],
  ['Chromium', chromium],
];

function head(first) {
  return [first, ...['Node', 'Chromium'].flatMap((env) => COUNTS.map((n) => `${env} ${n}P${n}C`))];
}

export function queueRateTable(node, chromium) {
  const rows = QUEUE_KINDS.map((kind) => [
    `\`${kind}\``,
    ...envs(node, chromium).flatMap(([, r]) =>
      COUNTS.map((n) => {
        const c = cellOf(r, kind, n);
        if (!c) return '–';
        const bad = c.verified === false ? ' **not exactly-once**' : '';
        return `${mItems(c.itemsPerSec.median)} (${mItems(c.itemsPerSec.best)})${bad}`;
      }),
    ),
  ]);
  return table(head('kind'), rows);
}

export function queueLatencyTable(node, chromium) {
  const rows = QUEUE_KINDS.map((kind) => [
    `\`${kind}\``,
    ...envs(node, chromium).flatMap(([, r]) =>
      COUNTS.map((n) => {
        const c = cellOf(r, kind, n);
        return c && c.latencyUs.p50 !== null ? `${c.latencyUs.p50} / ${c.latencyUs.p99}` : '–';
      }),
    ),
  ]);
  return table(head('kind'), rows);
}

/** Per cell: how many runs were checked and found exactly-once; for `unsafe`, what it broke. */
export function queueCheckTable(node, chromium) {
  const rows = QUEUE_KINDS.map((kind) => [
    `\`${kind}\``,
    ...envs(node, chromium).flatMap(([, r]) =>
      COUNTS.map((n) => {
        const c = cellOf(r, kind, n);
        if (!c) return '–';
        const runs = c.itemsPerSec.reps.length + c.stuckRuns + 1;
        if (c.verified === true) return `exact, ${runs} of ${runs} runs`;
        if (c.verified === false) return `**FAILED: ${c.failures.length} of ${runs} runs**`;
        const d = c.damage;
        const stuck = c.stuckRuns > 0 ? `, ${c.stuckRuns} stuck` : '';
        return `lost ${d.lostPct} %, dup. ${d.duplicatedPct} %${stuck}`;
      }),
    ),
  ]);
  return table(head('kind'), rows);
}

export function queueTargetTable(node, chromium) {
  const rows = [];
  const spsc = cellOf(chromium, 'spsc', 1);
  const message = cellOf(chromium, 'message', 1);
  const spscRate = spsc?.itemsPerSec.median ?? null;
  rows.push([
    '`spsc` in Chromium, 1P1C',
    spscRate === null ? '–' : `${mItems(spscRate)} M items/s (best ${mItems(spsc.itemsPerSec.best)})`,
    `≥ ${TARGETS.spscChromiumItemsPerSec / 1e6} M items/s`,
    spscRate === null ? '–' : mark(spscRate >= TARGETS.spscChromiumItemsPerSec),
  ]);
  const ratio = spscRate !== null && message?.itemsPerSec.median ? spscRate / message.itemsPerSec.median : null;
  rows.push([
    '`spsc` over `message`, Chromium 1P1C, same run',
    ratio === null ? '–' : `${Number(ratio.toPrecision(3))}× (${mItems(spscRate)} / ${mItems(message.itemsPerSec.median)} M items/s)`,
    `≥ ${TARGETS.spscVsMessage}×`,
    ratio === null ? '–' : mark(ratio >= TARGETS.spscVsMessage),
  ]);
  for (const [env, r] of envs(node, chromium)) {
    const locked = cellOf(r, 'locked', 1);
    const rate = locked?.itemsPerSec.median ?? null;
    rows.push([
      `\`locked\` in ${env}, 1P1C`,
      rate === null ? '–' : `${mItems(rate)} M items/s (best ${mItems(locked.itemsPerSec.best)})`,
      `≥ ${TARGETS.lockedItemsPerSec / 1e6} M items/s`,
      rate === null ? '–' : mark(rate >= TARGETS.lockedItemsPerSec),
    ]);
  }
  const failed = [node, chromium].flatMap((r) => r?.failures ?? []);
  const verified = [node, chromium].flatMap((r) => r?.cells ?? []).filter((c) => c.verified !== null);
  rows.push([
    'safe kinds exactly-once in every run',
    failed.length === 0 ? `${verified.length} configurations, no failure` : `**${failed.length} failed runs**`,
    'every run',
    verified.length === 0 ? '–' : mark(failed.length === 0),
  ]);
  return table(['bar', 'measured', 'target', ''], rows);
}

/** Items per producer of each configuration, as recorded in the results (Chromium's where they differ). */
export function queueItemsLine(node, chromium) {
  const r = node?.cells ? node : chromium;
  if (!r?.cells) return '';
  const n = (x) => x.toLocaleString('en-US');
  const parts = r.cells.map((c) => {
    const other = r === node ? cellOf(chromium, c.kind, c.producers) : null;
    const differs = other && other.items !== c.items ? ` (Chromium ${n(other.items)})` : '';
    return `${c.kind} ${c.producers}P${c.consumers}C ${n(c.items)}${differs}`;
  });
  return `Capacity ${r.capacity ?? CAPACITY}, shutdown \`close\`, items per producer: ${parts.join(', ')}.`;
}
