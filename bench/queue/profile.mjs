// `--profile`: CPU profiles of one queue configuration's workers in headless Chromium, through DevTools' Profiler.
/* global window -- only inside callbacks that run in the page */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBenchPage } from '../lib/benchPage.mjs';
import { cellLabel, itemsFor, queueGrid, queueRun } from './grid.mjs';

/** Sampling period of the profiler: fine enough for a 300 ms run to give thousands of samples. */
const SAMPLING_US = 50;

/**
 * Runs `spec` (e.g. "spsc-1P1C") once to warm up, then `runs` times with V8's sampling profiler
 * on in every worker (DevTools protocol, one session per worker target), saves one .cpuprofile per
 * worker (open it in DevTools' Performance panel) and prints each worker's hottest functions by
 * self time, inlined callees attributed to themselves.
 */
export async function profileQueueCell(ctx, spec, runs = 3) {
  const cell = queueGrid().find((c) => cellLabel(c).replace(' ', '-') === spec);
  if (!cell) throw new Error(`unknown configuration ${spec}; known: ${queueGrid().map((c) => cellLabel(c).replace(' ', '-')).join(', ')}`);
  const run = queueRun(cell, itemsFor(cell, ctx.quick, 'chromium'));
  const src = join(ctx.benchDir, 'browser', 'queue');
  const files = { page: join(src, 'page.mjs'), worker: join(src, 'worker.mjs'), html: join(src, 'index.html') };
  const outDir = join(ctx.buildDir, 'profiles');
  mkdirSync(outDir, { recursive: true });
  const siteDir = join(ctx.buildDir, 'browser-queue');
  await withBenchPage(siteDir, files, async ({ page, evaluate }) => {
    const source = readFileSync(join(siteDir, 'worker.js'), 'utf8').split('\n');
    await evaluate(() => window.queueBench.ready);
    const once = () => evaluate(([r, ms]) => window.queueBench.run(r, ms), [run, ctx.plan.queueDeadlineMs]);
    await once();
    const sessions = await attachWorkers(page);
    const roles = [...Array.from({ length: cell.producers }, (_, i) => `producer ${i}`), ...Array.from({ length: cell.consumers }, (_, i) => `consumer ${i}`)];
    const used = sessions.filter((s) => roles[s.index]);
    for (const s of used) {
      await s.send('Profiler.enable');
      await s.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
      await s.send('Profiler.start');
    }
    const rates = [];
    let last;
    for (let i = 0; i < runs; i++) {
      last = await once();
      rates.push(last.items / (last.wallMs / 1000));
    }
    console.log(`${cellLabel(cell)}, ${run.items} items per producer, profiled: ${rates.map((x) => (x / 1e6).toFixed(2)).join(', ')} M items/s`);
    for (const w of last.results) {
      const share = ((100 * w.blockedMs) / last.wallMs).toFixed(0);
      console.log(`  last run, ${w.role} ${w.index}: slept ${w.blocked} times, ${w.blockedMs.toFixed(1)} ms (${share} % of ${last.wallMs.toFixed(1)} ms)`);
    }
    for (const s of used) {
      const { profile } = await s.send('Profiler.stop');
      const name = `${spec}-${roles[s.index].replace(' ', '')}`;
      writeFileSync(join(outDir, `${name}.cpuprofile`), JSON.stringify(profile));
      console.log(`\n${roles[s.index]} (bench/.build/profiles/${name}.cpuprofile):`);
      for (const line of hottest(profile, 15)) console.log(`  ${line}`);
      console.log('  hottest lines (worker.js):');
      for (const line of hottestLines(profile, source, 12)) console.log(`  ${line}`);
    }
  });
}

/**
 * One DevTools session per worker of the page, in creation order (worker i runs job i). Worker
 * targets only speak through their parent's browser session: messages are wrapped in
 * Target.sendMessageToTarget and come back in Target.receivedMessageFromTarget.
 */
async function attachWorkers(page) {
  const browserSession = await page.context().browser().newBrowserCDPSession();
  const { targetInfos } = await browserSession.send('Target.getTargets');
  const workers = targetInfos.filter((t) => t.type === 'worker' && /queue-bench-\d/.test(t.title));
  const pending = new Map();
  let nextId = 0;
  browserSession.on('Target.receivedMessageFromTarget', (e) => {
    const msg = JSON.parse(e.message);
    const done = pending.get(msg.id);
    if (!done) return;
    pending.delete(msg.id);
    if (msg.error) done.reject(new Error(`${msg.error.message}`));
    else done.resolve(msg.result);
  });
  const sessions = [];
  for (const t of workers) {
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
    const send = (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, { resolve, reject });
        browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      });
    sessions.push({ index: Number(/queue-bench-(\d+)/.exec(t.title)[1]), send });
  }
  if (sessions.length === 0) throw new Error(`no queue-bench worker targets among ${targetInfos.map((t) => `${t.type} ${t.title}`).join(', ')}`);
  return sessions.sort((a, b) => a.index - b.index);
}

/** Self time per function (name and line), hottest first, as a share of the samples. */
function hottest(profile, n) {
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const self = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = counts.get(node.id) ?? 0;
    if (hits === 0) continue;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + hits);
    total += hits;
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
}

/** Ticks per source line of worker.js (V8 records them per function), hottest first, with the line's text. */
function hottestLines(profile, source, n) {
  const lines = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    for (const { line, ticks } of node.positionTicks ?? []) {
      lines.set(line, (lines.get(line) ?? 0) + ticks);
      total += ticks;
    }
  }
  return [...lines.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([line, ticks]) => `${((100 * ticks) / total).toFixed(1).padStart(5)} %  ${String(line).padStart(5)}: ${(source[line - 1] ?? '').trim().slice(0, 100)}`);
}
