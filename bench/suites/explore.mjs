// Suite "explore": the Python lab's exploration in module Web Workers on a cross-origin-isolated
// page. Explore all of two threads each doing `x += 1` three times, with and without the reduction
// (whose schedules are classes of equivalent ones) and under preemption bounds 0–2 (issue 14's bar:
// under 1 s), each with its time, states and schedules; Explore all of a larger program split over
// one worker and over two, without the reduction (by states) and with it (by subtrees, its join
// timed apart); Sample's throughput on one worker and on two (bar: at least 1.6× on two
// cores).
/* global window -- only inside callbacks that run in the page */
import { join } from 'node:path';
import { withBenchPage } from '../lib/benchPage.mjs';
import { hasChromium } from '../lib/chromium.mjs';
import { median, round } from '../lib/stats.mjs';

export const EXPLORE_BAR_MS = 1000;
export const SAMPLE_SCALING_BAR = 1.6;

const threads = (body) => `import threading

x = 0

def work():
    global x
${body}

a = threading.Thread(target=work)
b = threading.Thread(target=work)
a.start()
b.start()
a.join()
b.join()
print(x)
`;

const THREE_INCREMENTS = threads('    x += 1\n    x += 1\n    x += 1');
const SAMPLED = threads('    for _ in range(300):\n        x += 1');
/** Larger, for Explore all on one worker and on two: three threads × two `x += 1` (7768 states). */
const LARGER = threads('    x += 1\n    x += 1')
  .replace('b = threading.Thread(target=work)', 'b = threading.Thread(target=work)\nc = threading.Thread(target=work)')
  .replace('b.start()', 'b.start()\nc.start()')
  .replace('b.join()', 'b.join()\nc.join()');

const CONFIGS = [
  { name: 'every schedule (state hashing)', options: { reduce: false, maxPreemptions: null } },
  // Schedules here count explored classes of equivalent schedules, states the states entered.
  { name: 'reduction: source-DPOR with sleep sets on state hashing', options: { reduce: true, maxPreemptions: null } },
  { name: 'preemption bound 0', options: { reduce: false, maxPreemptions: 0 } },
  { name: 'preemption bound 1', options: { reduce: false, maxPreemptions: 1 } },
  { name: 'preemption bound 2', options: { reduce: false, maxPreemptions: 2 } },
];

export async function runExploreSuite(ctx) {
  if (!hasChromium()) return { skipped: 'Chromium not found (set CHROMIUM_PATH)' };
  const src = join(ctx.benchDir, 'explore');
  const files = { page: join(src, 'page.mjs'), worker: join(src, 'worker.mjs'), html: join(src, 'index.html') };
  const reps = ctx.quick ? 1 : 5;
  return withBenchPage(join(ctx.buildDir, 'explore'), files, async ({ page, evaluate }) => {
    await evaluate(() => window.bench.ready);
    const explore = [];
    for (const c of CONFIGS) {
      const runs = [];
      // One warm-up, then the measured runs.
      for (let i = 0; i <= reps; i++) runs.push(await evaluate(([s, o]) => window.bench.explore(s, o), [THREE_INCREMENTS, c.options]));
      const last = runs.at(-1);
      const row = { name: c.name, ...c.options, ms: median(runs.slice(1).map((r) => r.ms)), states: last.states, schedules: last.schedules, complete: last.complete, outcomes: last.outcomes };
      ctx.log(`explore, ${c.name}: ${round(row.ms)} ms, ${row.states} states, ${row.schedules} schedules, outcomes ${row.outcomes.join(' ')}`);
      explore.push(row);
    }
    // Runs take about 0.2 ms each: enough of them that the measure is the runs, not the start and end.
    const samples = ctx.quick ? 40 : 4000;
    const rate = async (n) => {
      await evaluate(([s, k]) => window.bench.sample(s, 8, k, 'random'), [SAMPLED, n]);
      const rates = [];
      for (let i = 0; i < reps; i++) {
        const r = await evaluate(([s, m, k]) => window.bench.sample(s, m, k, 'random'), [SAMPLED, samples, n]);
        rates.push(r.runs / (r.ms / 1000));
      }
      return median(rates);
    };
    // Explore all of the larger program split over one worker and over two (parts joined by the first).
    const splitRuns = async (n) => {
      const runs = [];
      for (let i = 0; i <= reps; i++) runs.push(await evaluate(([s, k]) => window.bench.exploreSplit(s, k), [LARGER, n]));
      return { ...runs.at(-1), ms: median(runs.slice(1).map((r) => r.ms)) };
    };
    const s1 = await splitRuns(1);
    const s2 = await splitRuns(2);
    const split = { states: s1.states, schedules: s1.schedules, same: s1.schedules === s2.schedules && s1.outcomes.join() === s2.outcomes.join(), oneMs: round(s1.ms), twoMs: round(s2.ms), scaling: round(s1.ms / s2.ms), perWorker: s2.perWorker };
    ctx.log(`explore split: ${split.oneMs} ms on one worker, ${split.twoMs} on two (${split.scaling}×), ${split.states} states, parts ${split.perWorker.join(' + ')}`);
    // The same program with the reduction, split by subtrees over one worker and over two; the join
    // (which settles the labels with the unreduced bounded searches) runs on the first, timed apart.
    const reducedRuns = async (n) => {
      const runs = [];
      for (let i = 0; i <= reps; i++) runs.push(await evaluate(([s, k]) => window.bench.exploreReducedSplit(s, k), [LARGER, n]));
      const measured = runs.slice(1);
      return { ...runs.at(-1), ms: median(measured.map((r) => r.ms)), partsMs: median(measured.map((r) => r.partsMs)), joinMs: median(measured.map((r) => r.joinMs)) };
    };
    const singleReduced = [];
    for (let i = 0; i <= reps; i++) singleReduced.push(await evaluate(([s, o]) => window.bench.explore(s, o), [LARGER, { reduce: true, maxPreemptions: null }]));
    const r1 = await reducedRuns(1);
    const r2 = await reducedRuns(2);
    const reducedSplit = {
      single: { ms: round(median(singleReduced.slice(1).map((r) => r.ms))), states: singleReduced.at(-1).states, schedules: singleReduced.at(-1).schedules },
      one: { ms: round(r1.ms), partsMs: round(r1.partsMs), joinMs: round(r1.joinMs), states: r1.states, schedules: r1.schedules },
      two: { ms: round(r2.ms), partsMs: round(r2.partsMs), joinMs: round(r2.joinMs), states: r2.states, schedules: r2.schedules, perWorker: r2.perWorker },
      scaling: round(r1.ms / r2.ms),
      partsScaling: round(r1.partsMs / r2.partsMs),
      same: r1.outcomes.join() === r2.outcomes.join() && r1.exact && r2.exact,
      outcomes: r2.outcomes,
    };
    ctx.log(`explore reduced split: ${reducedSplit.one.ms} ms on one worker, ${reducedSplit.two.ms} on two (${reducedSplit.scaling}×; parts alone ${reducedSplit.partsScaling}×), single search ${reducedSplit.single.ms} ms`);
    const one = await rate(1);
    const two = await rate(2);
    const sample = { samples, oneWorker: round(one), twoWorkers: round(two), scaling: round(two / one), bar: SAMPLE_SCALING_BAR };
    ctx.log(`sample: ${sample.oneWorker} runs/s on one worker, ${sample.twoWorkers} on two: ${sample.scaling}×`);
    return { hardwareConcurrency: await page.evaluate(() => navigator.hardwareConcurrency), barMs: EXPLORE_BAR_MS, explore, split, reducedSplit, sample };
  });
}

/** The README's section: each way of exploring the small program, and Sample's scaling. */
export function exploreTable(r) {
  if (!r) return '_explore suite not run yet._';
  if (r.skipped || r.error) return `_${r.skipped ? 'Skipped' : 'Failed'}: ${r.skipped ?? r.error}._`;
  const rows = ['| two threads × three `x += 1` | ms (median) | states | schedules | outcomes | verdict |', '| --- | --- | --- | --- | --- | --- |'];
  for (const e of r.explore) {
    const verdict = e.ms < r.barMs ? `under ${r.barMs} ms` : `**over ${r.barMs} ms**`;
    rows.push(`| ${e.name} | ${round(e.ms)} | ${e.states} | ${e.schedules} | ${e.outcomes.join(', ')} | ${verdict} |`);
  }
  const p = r.split;
  if (p) {
    rows.push('', '| Explore all, three threads × two `x += 1`, split over workers | value |', '| --- | --- |');
    rows.push(`| states, schedules | ${p.states}, ${p.schedules} |`, `| one worker, ms (median) | ${p.oneMs} |`, `| two workers, ms (median) | ${p.twoMs} |`);
    rows.push(`| two / one | ${p.scaling}× (states each worker expanded: ${p.perWorker.join(', ')}); same result on both: ${p.same ? 'yes' : '**no**'} |`);
  }
  const q = r.reducedSplit;
  if (q) {
    rows.push('', '| Explore all with the reduction, three threads × two `x += 1`, split by subtrees | one worker | two workers |', '| --- | --- | --- |');
    rows.push(`| ms (median): parts + join = total | ${q.one.partsMs} + ${q.one.joinMs} = ${q.one.ms} | ${q.two.partsMs} + ${q.two.joinMs} = ${q.two.ms} |`);
    rows.push(`| states entered (per worker) | ${q.one.states} | ${q.two.states} (${q.two.perWorker.join(', ')}) |`, `| explored classes | ${q.one.schedules} | ${q.two.schedules} |`);
    rows.push(`| two / one | total ${q.scaling}×, parts ${q.partsScaling}× | same outcomes and labels: ${q.same ? 'yes' : '**no**'} |`);
    rows.push(`| unsplit reduced search (one worker, as before) | ${q.single.ms} ms, ${q.single.states} states, ${q.single.schedules} classes | |`);
  }
  const s = r.sample;
  rows.push('', '| Sample, two threads × 300 `x += 1` | runs/s |', '| --- | --- |');
  rows.push(`| one worker | ${s.oneWorker} |`, `| two workers | ${s.twoWorkers} |`);
  rows.push(`| two / one | ${s.scaling}×: ${s.scaling >= s.bar ? 'meets' : '**below**'} the bar of ${s.bar}× |`);
  return rows.join('\n');
}
