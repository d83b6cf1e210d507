// Tracebacks against what CPython 3.12 wrote to stderr for the recorded fixture programs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile.ts';
import { PyList, type NativeCtx, type PyValue } from '../values/types.ts';
import { constsOf, functionFrame } from './call.ts';
import { execOne } from './eval.ts';
import { StepKind, VmThread } from './frame.ts';
import { PyFunction } from './objects.ts';
import { hostBuiltins, runOnHost } from './testing/host.ts';
import { BOOTSTRAP, formatException } from './traceback.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function fixture(name: string): { source: string; stdout: string; stderr: string } {
  const rec = JSON.parse(readFileSync(join(FIXTURES, 'recorded', `${name}.json`), 'utf8')) as { stdout: string; stderr: string };
  return { source: readFileSync(join(FIXTURES, 'programs', `${name}.py`), 'utf8'), stdout: rec.stdout, stderr: rec.stderr };
}

describe('tracebacks as CPython 3.12 prints them', () => {
  for (const name of ['uncaught', 'tracebacks']) {
    it(`prints ${name}.py's uncaught exception exactly`, () => {
      const rec = fixture(name);
      const run = runOnHost(rec.source, { filename: `${name}.py` });
      expect(run.stdout).toBe(rec.stdout);
      expect(run.stderr).toBe(rec.stderr);
    });
  }

  it("puts threading's own frames under a thread's target", () => {
    const rec = fixture('thread_error');
    const compiled = compile(rec.source, { filename: 'thread_error.py' });
    if (!compiled.ok) throw new Error('compile');
    const builtins = hostBuiltins({ stdout: '' });
    const inner = compiled.code.consts.find((c) => typeof c === 'object' && c !== null && 'kind' in c && c.name === 'worker');
    if (inner === undefined || typeof inner !== 'object' || inner === null || !('kind' in inner)) throw new Error('no worker');
    const fn = new PyFunction(inner, constsOf(inner), new Map<string, PyValue>(), builtins, null, null, []);
    const thread = new VmThread(2, 'Thread-1 (worker)');
    thread.bootstrap = BOOTSTRAP.thread;
    thread.frames.push(functionFrame(fn, [new PyList([1, 2, 3])], null));
    const ctx = { thread, now: 0, machine: null, write: () => undefined, callSync: () => null } as NativeCtx;
    let k: number = StepKind.Normal;
    while (k !== StepKind.Raised && k !== StepKind.Finished) k = execOne(thread, ctx);
    expect(k).toBe(StepKind.Raised);
    const header = `Exception in thread ${thread.name}:\n`;
    expect(header + formatException(thread.error!)).toBe(rec.stderr);
  });
});
