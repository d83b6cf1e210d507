// Runs named steps in order (some side by side): a header for each, stop at the first failure, a table
// of durations at the end.
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * A step that runs one command and fails on a non-zero exit. Its output is inherited, or, with
 * `{ capture: true }` (steps run side by side), held and handed to `onOutput` when it ends.
 */
export function command(name, cmd, args, options = {}) {
  return { name, label: [cmd, ...args].join(' '), run: (how = {}) => exec(cmd, args, { ...options, ...how }) };
}

/**
 * Steps that run at the same time, for single-threaded commands that would leave a core idle one after
 * another (type checking and lint). Each one's output is printed whole once all have ended, in order.
 */
export function together(...steps) {
  return { together: steps };
}

/** Resolves when `cmd` exits with 0; rejects with its exit code otherwise. */
export function exec(cmd, args, { env = process.env, cwd = process.cwd(), capture = false, onOutput = () => {} } = {}) {
  return new Promise((resolve, reject) => {
    // npm and npx are .cmd files on Windows, which only a shell can start.
    const child = spawn(cmd, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', env, cwd, shell: process.platform === 'win32' });
    const chunks = [];
    if (capture) {
      child.stdout.on('data', (chunk) => chunks.push(chunk));
      child.stderr.on('data', (chunk) => chunks.push(chunk));
    }
    child.on('error', (error) => reject(new StepError(`${cmd} could not start: ${error.message}`, 1)));
    // 'close', not 'exit': a captured command's output is complete only once its pipes have closed.
    child.on('close', (code, signal) => {
      onOutput(Buffer.concat(chunks).toString());
      if (code === 0) resolve();
      else if (signal) reject(new StepError(`${cmd} was killed by ${signal}`, 1));
      else reject(new StepError(`${cmd} exited with code ${code}`, code ?? 1));
    });
  });
}

export class StepError extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function printSummary(title, results, totalMs) {
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`\n=== ${title}: summary`);
  for (const r of results) {
    const mark = { passed: 'ok  ', failed: 'FAIL', skipped: '--  ' }[r.status];
    const time = r.status === 'skipped' ? 'skipped' : seconds(r.ms);
    console.log(`  ${mark} ${r.name.padEnd(width)}  ${time}`);
  }
  console.log(`  total ${seconds(totalMs)}`);
}

const header = (step, index, count) => `\n=== [${index + 1}/${count}] ${step.name}${step.label ? `: ${step.label}` : ''}`;

/** Runs one step into `result`; returns the exit code its failure asks for, or 0. */
async function runOne(step, result, how) {
  const t0 = performance.now();
  let exitCode = 0;
  try {
    await step.run(how);
    result.status = 'passed';
  } catch (error) {
    result.status = 'failed';
    exitCode = error instanceof StepError ? error.exitCode : 1;
    result.error = `\n${step.name} failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  result.ms = performance.now() - t0;
  return exitCode;
}

/**
 * Runs `entries` (steps, or `together(...)` groups) in order and exits the process: 0 if all pass,
 * the failing step's code otherwise.
 */
export async function runSteps(title, entries) {
  const started = performance.now();
  const steps = entries.flatMap((entry) => entry.together ?? [entry]);
  const results = steps.map((step) => ({ name: step.name, status: 'skipped', ms: 0 }));
  let exitCode = 0;
  let next = 0;
  for (const entry of entries) {
    const group = entry.together ?? [entry];
    const first = next;
    next += group.length;
    if (!entry.together) {
      console.log(header(entry, first, steps.length));
      exitCode = await runOne(entry, results[first], {});
      if (results[first].error) console.error(results[first].error);
    } else {
      console.log(`\n=== [${first + 1}–${next}/${steps.length}] ${group.map((s) => s.name).join(' and ')}, side by side`);
      const outputs = group.map(() => '');
      const codes = await Promise.all(
        group.map((step, k) => runOne(step, results[first + k], { capture: true, onOutput: (text) => (outputs[k] = text) })),
      );
      exitCode = codes.find((code) => code !== 0) ?? 0;
      for (const [k, step] of group.entries()) {
        console.log(header(step, first + k, steps.length));
        process.stdout.write(outputs[k]);
        if (results[first + k].error) console.error(results[first + k].error);
      }
    }
    if (exitCode !== 0) break;
  }
  printSummary(title, results, performance.now() - started);
  console.log(exitCode === 0 ? `\n${title}: all steps passed.` : `\n${title}: FAILED.`);
  process.exit(exitCode);
}

/** True when `moduleUrl` is the script Node was started with, not an import. */
export function isMain(moduleUrl) {
  const entry = process.argv[1];
  return Boolean(entry) && moduleUrl === pathToFileURL(realpathSync(entry)).href;
}
