// Runs named steps in order: a header for each, stop at the first failure, a table of durations at the end.
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** A step that runs one command with inherited output and fails on a non-zero exit. */
export function command(name, cmd, args, options = {}) {
  return { name, label: [cmd, ...args].join(' '), run: () => exec(cmd, args, options) };
}

/** Resolves when `cmd` exits with 0; rejects with its exit code otherwise. */
export function exec(cmd, args, { env = process.env, cwd = process.cwd() } = {}) {
  return new Promise((resolve, reject) => {
    // npm and npx are .cmd files on Windows, which only a shell can start.
    const child = spawn(cmd, args, { stdio: 'inherit', env, cwd, shell: process.platform === 'win32' });
    child.on('error', (error) => reject(new StepError(`${cmd} could not start: ${error.message}`, 1)));
    child.on('exit', (code, signal) => {
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

/** Runs `steps` in order and exits the process: 0 if all pass, the failing step's code otherwise. */
export async function runSteps(title, steps) {
  const started = performance.now();
  const results = steps.map((step) => ({ name: step.name, status: 'skipped', ms: 0 }));
  let exitCode = 0;
  for (const [i, step] of steps.entries()) {
    const result = results[i];
    console.log(`\n=== [${i + 1}/${steps.length}] ${step.name}${step.label ? `: ${step.label}` : ''}`);
    const t0 = performance.now();
    try {
      await step.run();
      result.status = 'passed';
    } catch (error) {
      result.status = 'failed';
      exitCode = error instanceof StepError ? error.exitCode : 1;
      console.error(`\n${step.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    result.ms = performance.now() - t0;
    if (result.status === 'failed') break;
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
