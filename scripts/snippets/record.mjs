// Runs every Python program the page shows under real CPython and records what each printed, with a
// hash of its text, in src/ui/snippets/recordings.json (catalog.test.ts holds the page to them).
//
//   node scripts/snippets/record.mjs                  every case
//   node scripts/snippets/record.mjs --only=counter-  the cases whose id starts with that
//
// CPython 3.X is found as $PYTHON3_X (e.g. PYTHON3_12), else $PYTHON when it is that version, else
// python3.X on the PATH, else pyenv's newest 3.X.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'src/ui/snippets/recordings.json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? '';

export function hashText(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

function versionOf(exe) {
  try {
    return execFileSync(exe, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function pyenvCandidate(minor) {
  let base;
  try {
    base = execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
  const dir = join(base, 'versions');
  if (!existsSync(dir)) return null;
  const patch = (v) => Number(v.split('.')[2] ?? 0);
  const found = readdirSync(dir)
    .filter((v) => new RegExp(`^${minor.replace('.', '\\.')}\\.\\d+$`).test(v))
    .sort((a, b) => patch(b) - patch(a))[0];
  return found ? join(dir, found, 'bin', 'python') : null;
}

/** The interpreter for a minor version ('3.12'), with its full version, or null. */
function findPython(minor) {
  const candidates = [process.env[`PYTHON${minor.replace('.', '_')}`], process.env.PYTHON, `python${minor}`, pyenvCandidate(minor)];
  for (const exe of candidates) {
    if (!exe) continue;
    const v = versionOf(exe);
    if (v?.startsWith(`${minor}.`)) return { exe, version: v };
  }
  return null;
}

// Runs the program as __main__ from its own file, so that spawn and forkserver children import it
// by path as they would a learner's script, after choosing the start method.
const LAUNCH = `import multiprocessing, runpy, sys
path, method = sys.argv[1], sys.argv[2]
if method != '-':
    multiprocessing.set_start_method(method)
sys.argv = [path]
runpy.run_path(path, run_name='__main__')
`;

function runOnce(exe, file, start, timeoutS) {
  return new Promise((done) => {
    const child = spawn(exe, ['-c', LAUNCH, file, start ?? '-'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // A hung program's children hang with it: end the whole process group.
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutS * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ exitCode: timedOut ? null : code, timedOut, stdout: stdout.trim(), stderr: stderr.trim().split('\n').slice(-3).join('\n') });
    });
  });
}

async function loadCatalog(dir) {
  const file = join(dir, 'catalog.mjs');
  await build({ entryPoints: [join(root, 'src/ui/snippets/catalog.ts')], outfile: file, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  return import(pathToFileURL(file).href);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'racelab-snippets-'));
  try {
    const { SNIPPET_CASES, startMethods, runOutcome } = await loadCatalog(dir);
    const previous = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { cases: {} };
    const cases = { ...previous.cases };
    const pythons = new Map();
    let failed = 0;
    for (const c of SNIPPET_CASES) {
      if (!c.id.startsWith(only)) continue;
      const file = join(dir, `${c.id}.py`);
      writeFileSync(file, `${c.text}\n`);
      const runs = [];
      for (const [minor, claim] of Object.entries(c.claims)) {
        if (!pythons.has(minor)) pythons.set(minor, findPython(minor));
        const py = pythons.get(minor);
        if (!py) throw new Error(`CPython ${minor} not found: set PYTHON${minor.replace('.', '_')}, put python${minor} on the PATH or install it with pyenv`);
        for (const start of startMethods(c)) {
          const r = await runOnce(py.exe, file, start, c.timeoutS);
          const run = { python: py.version, start, exitCode: r.exitCode, timedOut: r.timedOut, stdout: r.stdout };
          const outcome = runOutcome(c, run);
          const ok = claim.includes(outcome);
          if (!ok) failed++;
          console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.id} · ${py.version}${start ? ` ${start}` : ''} · ${outcome} · ${r.stdout.split('\n').pop() ?? ''}`);
          if (!ok && r.stderr) console.log(`     ${r.stderr.replace(/\n/g, '\n     ')}`);
          runs.push(run);
        }
      }
      cases[c.id] = { hash: hashText(c.text), runs };
    }
    const ids = new Set(SNIPPET_CASES.map((c) => c.id));
    for (const id of Object.keys(cases)) if (!ids.has(id)) delete cases[id];
    const sorted = Object.fromEntries(Object.keys(cases).sort().map((id) => [id, cases[id]]));
    writeFileSync(out, `${JSON.stringify({ script: 'scripts/snippets/record.mjs', cases: sorted }, null, 1)}\n`);
    console.log(failed === 0 ? 'every run does what the page says' : `${failed} run(s) contradict the page`);
    process.exitCode = failed === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
