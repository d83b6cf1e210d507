// Markdown of the app suite and the budgets table: the app's performance budgets, measured, met or missed.
import { mark, table } from './markdown.mjs';
import { TARGETS } from './targets.mjs';

const ms = (x) => `${x} ms`;
const runName = (r) => `${r.lab} \`${r.mode}\``;
const worstOf = (items, key) => items.reduce((w, x) => (w === null || key(x) > key(w) ? x : w), null);

const when = (r) => `${r.machine.date.slice(0, 16).replace('T', ' ')} UTC`;

function machineLine(app, node, chromium) {
  const m = app.machine;
  const live = [node, chromium].filter((r) => r?.live).map((r) => `the \`${r.suite}\` suite (${when(r)})`);
  const liveFrom = live.length > 0 ? `; live instrumentation from ${live.join(' and ')}` : '';
  return `Machine: ${m.cpu}, ${m.cores} cores, ${m.os}; Chromium ${m.chromium ?? 'not available'}; Node ${m.node}. App suite recorded ${when(app)}${liveFrom}.`;
}

function longTaskRow(runs) {
  const observed = runs.every((r) => r.observed.includes('longtask'));
  const count = runs.reduce((n, r) => n + r.longTasks.count, 0);
  const worst = worstOf(runs, (r) => r.longTasks.maxMs);
  const measured = !observed
    ? 'not observable in this browser'
    : count === 0
      ? `none in ${runs.length} runs`
      : `${count} in ${runs.length} runs, longest ${ms(worst.longTasks.maxMs)} (${runName(worst)})`;
  return ['main-thread tasks during full-speed runs of every lab, workers = cores − 1', `none over ${TARGETS.longTaskMs} ms`, measured, observed ? mark(count === 0) : '–'];
}

function frameRow(runs) {
  const worst = worstOf(runs, (r) => r.frames.p95Ms ?? Infinity);
  const ok = runs.every((r) => r.frames.p95Ms !== null && r.frames.p95Ms <= TARGETS.frameP95Ms);
  return ['frame interval during those runs, p95', `≤ ${TARGETS.frameP95Ms} ms`, `${ms(worst.frames.p95Ms)} in the worst run (${runName(worst)})`, mark(ok)];
}

function restartRow(restarts) {
  const again = restarts.flatMap((r) => r.againMs);
  const slowest = Math.max(...again);
  const first = restarts.map((r) => `${r.lab} ${ms(r.firstMs)}`).join(', ');
  return [
    'second and later runs: Run to every worker past the start line',
    `≤ ${TARGETS.restartMs} ms`,
    `slowest ${ms(slowest)} of ${again.length} runs (first runs, loading the workers: ${first})`,
    mark(slowest <= TARGETS.restartMs),
  ];
}

function liveRow(node, chromium) {
  const pairs = [
    ['Node', node],
    ['Chromium', chromium],
  ].flatMap(([env, r]) => (r?.live ?? []).map((x) => ({ env, ...x })));
  const worst = worstOf(pairs, (x) => x.ratio);
  const measured = worst ? `${worst.ratio}× at worst (${worst.env}, \`${worst.sync}\`; ${pairs.length} modes measured)` : 'not measured';
  return ['live instrumentation on against off, ns/op', `≤ ${TARGETS.liveRatio}× (≤ 10 % slower)`, measured, worst ? mark(worst.ratio <= TARGETS.liveRatio) : '–'];
}

/** Runs that cannot keep to cores − 1 workers: the queue needs a producer and a consumer, a litmus test two threads. */
function moreWorkers(app) {
  const limit = Math.max(1, app.machine.cores - 1);
  const over = (app.runs ?? []).filter((r) => r.workers > limit);
  if (over.length === 0) return [];
  return [
    `On ${app.machine.cores} cores, cores − 1 is ${limit}, but ${over.map(runName).join(', ')} ran ${over[0].workers} workers: the Queue lab needs at least one producer and one consumer, a litmus test two threads. Those runs leave the page no core of its own.`,
  ];
}

/** The budgets of the app (the project's performance bar), one row each. */
export function budgetTable(app, node, chromium) {
  const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
  const rows = [];
  if (app?.runs) rows.push(longTaskRow(app.runs), frameRow(app.runs));
  if (app?.firstPaint) {
    const fp = app.firstPaint;
    rows.push([
      'first contentful paint, cold load of the built app',
      `≤ ${TARGETS.firstPaintMs} ms`,
      `${ms(fp.medianMs)}, median of ${fp.loads.length} loads (slowest ${ms(fp.maxMs)})`,
      mark(fp.medianMs <= TARGETS.firstPaintMs),
    ]);
  }
  if (app?.initialJs) {
    const js = app.initialJs;
    rows.push(['initial JavaScript, gzip', `≤ ${TARGETS.initialJsKB} kB`, `${kb(js.gzipBytes)} in ${js.files.length} files (${kb(js.bytes)} raw)`, mark(js.gzipBytes <= TARGETS.initialJsKB * 1000)]);
  }
  if (app?.pythonLab) {
    const lab = app.pythonLab;
    rows.push(["the Python lab's own chunk (editor included), gzip, loaded when the lab opens", 'reported', `${kb(lab.gzipBytes)} in ${lab.files.length} files (${kb(lab.bytes)} raw)`, '–']);
  }
  if (app?.restarts) rows.push(restartRow(app.restarts));
  rows.push(liveRow(node, chromium));
  const notes = app?.machine ? ['', machineLine(app, node, chromium), ...moreWorkers(app)].join('\n\n') : '';
  return `${table(['budget', 'target', 'measured', 'met / missed'], rows)}${notes}`;
}

function loafCell(r) {
  if (!r.observed.includes('long-animation-frame')) return 'not observable';
  const l = r.longAnimationFrames;
  if (l.count === 0) return '0';
  const s = l.worstScript;
  const script = s ? `; its longest script ${ms(s.duration)}: ${s.invoker || s.invokerType}${s.source ? ` (${s.source})` : ''}` : '; no script over 5 ms';
  return `${l.count} (longest ${ms(l.maxMs)}${script})`;
}

function readoutCell(r) {
  if (r.rate === null) return '–';
  if (r.rateUnit === 'points') return `${r.rate} sweep points measured`;
  return r.rateUnit === 'iterations' ? `${r.rate.toLocaleString('en-US')} iterations counted` : `${(r.rate / 1e6).toFixed(2)} M ${r.rateUnit}`;
}

/** Each full-speed run: what the main thread did while the workers went flat out. */
export function appRunsTable(app) {
  const rows = app.runs.map((r) => [
    runName(r),
    r.workers,
    r.longTasks.count === 0 ? '0' : `${r.longTasks.count} (longest ${ms(r.longTasks.maxMs)})`,
    loafCell(r),
    `${r.frames.p50Ms} / ${r.frames.p95Ms} / ${r.frames.maxMs} ms (${r.frames.count})`,
    `${r.status}${r.stoppedByBench ? ' by Stop' : ''}, ${ms(r.runMs)}`,
    readoutCell(r),
  ]);
  const head = ['run', 'workers', 'long tasks', 'long animation frames', 'frame interval p50 / p95 / max (frames)', 'ended', "the lab's readout"];
  const links = app.runs.map((r) => `\`${r.query}\``).join(', ');
  return `${table(head, rows)}\n\nLinks: ${links}.`;
}

/** Each cold load's first paint, then Run to every worker past the start line, run after run on one page. */
export function appStartTable(app) {
  const paints = `First contentful paint of each cold load: ${app.firstPaint.loads.map((l) => l.fcpMs).join(', ')} ms.`;
  const rows = app.restarts.map((r) => [r.lab, r.workers, ms(r.firstMs), `${r.againMs.join(', ')} ms`, ms(r.againMedianMs)]);
  const links = app.restarts.map((r) => `\`${r.query}\``).join(', ');
  const head = ['lab', 'workers', 'first run (loads the workers)', 'next runs (pool reused)', 'median'];
  return `${paints}\n\nRun to every worker past the start line:\n\n${table(head, rows)}\n\nLinks: ${links}.`;
}
