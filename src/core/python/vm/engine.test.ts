// The engine the machine drives: threads from module code and from a call, tracebacks with
// threading's frames beneath a thread's target, callbacks run to their end.
import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile.ts';
import type { NativeCtx, PyValue } from '../values/types.ts';
import { StepKind, type VmThread } from './frame.ts';
import { vmEngine } from './engine.ts';

function ctxFor(thread: VmThread, out: string[]): NativeCtx {
  const ctx: NativeCtx = {
    thread, now: 0, machine: null,
    write: (_s, text) => { out.push(text); },
    callSync: (fn, args, kwargs) => vmEngine.callSync(ctx, fn, args, kwargs),
  };
  return ctx;
}

function runToEnd(thread: VmThread, ctx: NativeCtx): number {
  let k: number = StepKind.Normal;
  while (k !== StepKind.Finished && k !== StepKind.Raised) k = vmEngine.execOne(thread, ctx);
  return k;
}

describe('vmEngine', () => {
  it('runs module code, then a thread that calls one of its functions and fails', () => {
    const compiled = compile('def work(xs):\n    return sorted(xs, key=lambda v: -v)[5]\n', { filename: 'main.py' });
    if (!compiled.ok) throw new Error('compile');
    const globals = new Map<string, PyValue>([['__name__', '__main__']]);
    const out: string[] = [];
    const main = vmEngine.moduleThread(0, 'MainThread', compiled.code, globals, vmEngine.builtins());
    expect(runToEnd(main, ctxFor(main, out))).toBe(StepKind.Finished);
    const fn = globals.get('work') as PyValue;
    const t = vmEngine.callThread(ctxFor(main, out), 1, 'Thread-1 (work)', fn, [vmEngine.iterOver(ctxFor(main, out), [1, 2])], null);
    expect(runToEnd(t, ctxFor(t, out))).toBe(StepKind.Raised);
    expect(vmEngine.formatException(t.error)).toBe([
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3.12/threading.py", line 1073, in _bootstrap_inner',
      '    self.run()',
      '  File "/usr/lib/python3.12/threading.py", line 1010, in run',
      '    self._target(*self._args, **self._kwargs)',
      '  File "main.py", line 2, in work',
      '    return sorted(xs, key=lambda v: -v)[5]',
      '           ~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^^',
      'IndexError: list index out of range',
      '',
    ].join('\n'));
  });

  it('runs a native target at once', () => {
    const compiled = compile('pass\n');
    if (!compiled.ok) throw new Error('compile');
    const main = vmEngine.moduleThread(0, 'MainThread', compiled.code, new Map(), vmEngine.builtins());
    const out: string[] = [];
    const t = vmEngine.callThread(ctxFor(main, out), 1, 'Thread-1', vmEngine.builtins().get('print') as PyValue, ['hi'], null);
    expect(t.state).not.toBe(0);
    expect(out.join('')).toBe('hi\n');
  });
});
