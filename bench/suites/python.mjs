// Suite "python": the Python lab's interpreter on one schedule of the post's counter program
// (2 × 10^6 locked updates of a shared Value), in a Node worker as the lab runs it in a Web
// Worker, with CPython 3.12's own time for the post's program, measured in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, copyFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { bundle } from '../lib/bundle.mjs';
import { median, min, round } from '../lib/stats.mjs';

/** The bar and the goal of issue 13, in M instructions/s. */
export const PYTHON_BAR = 10;
export const PYTHON_GOAL = 50;
/** Issue 14's bar: one schedule within this many times CPython's time for the same program. */
export const PYTHON_RATIO_BAR = 5;

export async function runPythonSuite(ctx) {
  const outfile = join(ctx.buildDir, 'python', 'benchCounterWorker.mjs');
  mkdirSync(join(ctx.buildDir, 'python'), { recursive: true });
  await bundle(join(ctx.root, 'scripts', 'python', 'benchCounterWorker.ts'), outfile, 'node');
  const program = join(ctx.root, 'src', 'core', 'python', 'fixtures', 'programs', 'example-post-counter.py');
  // Quick runs the same program with a thousand updates per process: the same code path in a blink.
  const full = readFileSync(program, 'utf8');
  const source = ctx.quick ? full.replace(/range\(\d+\)/g, 'range(1000)') : full;
  // One warm-up run, then the measured ones, all in one worker per model (the JIT stays warm).
  const reps = ctx.quick ? 1 : 5;
  const models = {};
  for (const model of ctx.quick ? ['every'] : ['every', 'gil']) {
    const results = await inWorker(outfile, { source, model, reps: reps + 1 });
    const runs = results.slice(1).map((r) => ({
      seconds: round(r.seconds),
      cpuSeconds: round(r.cpuSeconds),
      instructions: r.instructions,
      moves: r.moves,
      mips: round(r.instructions / r.seconds / 1e6),
      stdout: r.stdout,
      end: r.end,
    }));
    const wrong = runs.find((r) => r.end !== 'finished' || r.stdout !== 'Shared value: 0');
    if (wrong) throw new Error(`the counter program ended ${wrong.end} printing ${JSON.stringify(wrong.stdout)}, not "Shared value: 0"`);
    const rates = runs.map((r) => r.mips);
    models[model] = { runs, median: median(rates), best: Math.max(...rates), medianSeconds: median(runs.map((r) => r.seconds)), bestSeconds: min(runs.map((r) => r.seconds)) };
    ctx.log(`interpreter (${model}): ${models[model].median} M instructions/s median (best ${models[model].best}), ${models[model].medianSeconds} s per schedule`);
  }
  const cpython = ctx.quick ? { skipped: 'not timed in --quick' } : timeCpython(ctx, program);
  if (cpython.seconds !== undefined) ctx.log(`CPython ${cpython.version}: ${cpython.median} s median (min ${cpython.min}) for the post's program`);
  return { program: 'example-post-counter.py', bar: PYTHON_BAR, goal: PYTHON_GOAL, ratioBar: PYTHON_RATIO_BAR, interpreter: models.every, gil: models.gil ?? null, cpython };
}

function inWorker(file, data) {
  const reps = data.reps;
  return new Promise((resolve, reject) => {
    const out = [];
    const w = new Worker(file, { workerData: data });
    w.on('message', (m) => out.push(m));
    w.on('error', reject);
    w.on('exit', (code) => (code === 0 && out.length === reps ? resolve(out) : reject(new Error(`bench worker exited with ${code}`))));
  });
}

/** CPython 3.12 as the fixture recorder finds it: PYTHON, python3.12 on PATH, or pyenv. */
function findCpython() {
  const candidates = [process.env.PYTHON, 'python3.12'];
  const pyenv = spawnSync('pyenv', ['versions', '--bare'], { encoding: 'utf8' });
  if (pyenv.status === 0) {
    const root = spawnSync('pyenv', ['root'], { encoding: 'utf8' }).stdout.trim();
    const v = pyenv.stdout.split('\n').filter((l) => /^3\.12(\.|$)/.test(l.trim())).sort().pop();
    if (v) candidates.push(join(root, 'versions', v.trim(), 'bin', 'python'));
  }
  for (const c of candidates) {
    if (!c) continue;
    const r = spawnSync(c, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.startsWith('3.12')) return { python: c, version: r.stdout.trim() };
  }
  return null;
}

/** Wall time of the post's program, verbatim, under CPython (its two processes on the machine's cores). */
function timeCpython(ctx, program) {
  const found = findCpython();
  if (!found) return { skipped: 'CPython 3.12 not found (set PYTHON)' };
  if (!existsSync(program)) return { skipped: 'the post counter fixture program is missing' };
  // The program starts processes: run it from a scratch directory so nothing is written beside the sources.
  const dir = mkdtempSync(join(tmpdir(), 'racelab-py-'));
  const copy = join(dir, 'counter.py');
  copyFileSync(program, copy);
  const seconds = [];
  try {
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const r = spawnSync(found.python, [copy], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      const s = (performance.now() - t0) / 1000;
      if (r.status !== 0 || !r.stdout.includes('Shared value: 0')) return { skipped: `CPython run failed: ${r.stderr.split('\n').slice(-2).join(' ')}` };
      seconds.push(round(s));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { version: found.version, seconds, median: median(seconds), min: min(seconds) };
}

/** The README's section: our rate against the bar and goal, and CPython's time beside ours. */
export function pythonTable(r) {
  if (!r) return '_python suite not run yet._';
  if (r.skipped || r.error) return `_${r.skipped ? 'Skipped' : 'Failed'}: ${r.skipped ?? r.error}._`;
  const i = r.interpreter;
  const c = r.cpython;
  const verdict = i.median >= r.goal ? 'goal met' : i.median >= r.bar ? 'bar met' : '**below the bar**';
  const cpython = c.median !== undefined ? `${c.median} s (min ${c.min}), CPython ${c.version}` : `not timed: ${c.skipped}`;
  const rows = [
    '| measure | value |',
    '| --- | --- |',
    `| interpreter (\`every\`), M instructions/s: median (best) | ${i.median} (${i.best}): ${verdict} (bar ${r.bar}, goal ${r.goal}) |`,
    `| interpreter (\`every\`), one schedule: instructions, moves, seconds (median) | ${i.runs[0]?.instructions ?? '?'}, ${i.runs[0]?.moves ?? '?'}, ${i.medianSeconds} s |`,
  ];
  if (r.gil) rows.push(`| interpreter (\`gil\`), M instructions/s: median (best); seconds (median) | ${r.gil.median} (${r.gil.best}); ${r.gil.medianSeconds} s |`);
  rows.push(`| CPython, the post's program (two processes): seconds | ${cpython} |`);
  if (c.median !== undefined && r.ratioBar !== undefined) {
    const ratio = round(i.medianSeconds / c.median);
    const best = round(i.bestSeconds / c.min);
    rows.push(`| one schedule (\`every\`) / CPython's time: median (best) | ${ratio}× (${best}×): ${ratio <= r.ratioBar ? 'within' : '**above**'} issue 14's bar of ${r.ratioBar}× |`);
  }
  return rows.join('\n');
}
