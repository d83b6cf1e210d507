// The eval loop end to end on one thread: programs compiled here run to CPython's output. Whole
// programs (loops, closures, classes, exceptions) run against CPython's recorded output in programs.test.ts.
import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile.ts';
import { Blocked, Exc, PyBuiltin, type NativeCtx, type PyValue } from '../values/types.ts';
import { BUILTINS } from '../values/builtins.ts';
import { runOnHost } from './testing/host.ts';
import { moduleFrame } from './call.ts';
import { execOne } from './eval.ts';
import { StepKind, VmThread } from './frame.ts';

function run(source: string, builtins?: Map<string, PyValue>): { out: string; kinds: Set<number>; thread: VmThread } {
  const r = runOnHost(source, builtins ? { builtins } : {});
  return { out: r.stdout, kinds: r.kinds, thread: r.thread };
}

describe('execOne', () => {
  it('runs a Python __enter__ and __exit__ in their own frames, and __exit__ may swallow', () => {
    const { out } = run(`
class Ctx:
    def __enter__(self):
        print("enter")
        return 5

    def __exit__(self, t, v, tb):
        print("exit", t is None)
        return True


with Ctx() as x:
    print(x)
with Ctx():
    raise ValueError("x")
print("after")
`);
    // CPython 3.12 prints the same.
    expect(out).toBe('enter\n5\nexit True\nenter\nexit False\nafter\n');
  });

  it('writes a function as CPython does: its qualified name and an address', () => {
    const { out } = run(`
def work():
    def inner():
        pass
    return inner

print(work)
print(work())
print(repr(lambda: 0))
`, new Map(BUILTINS));
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^<function work at 0x[0-9a-f]+>$/);
    expect(lines[1]).toMatch(/^<function work\.<locals>\.inner at 0x[0-9a-f]+>$/);
    expect(lines[2]).toMatch(/^<function <lambda> at 0x[0-9a-f]+>$/);
  });

  it('ends the thread with the exception and its traceback', () => {
    const { thread } = run('def f():\n    return 1 // 0\nf()\n');
    expect(thread.error?.type).toBe(Exc.ZeroDivisionError);
    expect(thread.error?.traceback.map((t) => `${t.name}:${t.line}`)).toEqual(['<module>:3', 'f:2']);
  });

  it('reports resumes, backward jumps and returned calls for the switch models', () => {
    const { kinds } = run('def f():\n    return 1\nfor i in range(2):\n    f()\n');
    expect(kinds).toEqual(new Set([StepKind.Normal, StepKind.Resume, StepKind.BackJump, StepKind.CallReturned, StepKind.Finished]));
  });

  it('leaves a blocked call on its instruction and retries it', () => {
    const compiled = compile('x = wait()\n');
    if (!compiled.ok) throw new Error('compile');
    let tries = 0;
    const waitable = { id: 7 };
    const builtins = new Map<string, PyValue>([['wait', new PyBuiltin('wait', () => (++tries < 3 ? new Blocked(waitable, 'waits') : 42))]]);
    const thread = new VmThread(1, 'T');
    const globals = new Map<string, PyValue>();
    thread.frames.push(moduleFrame(compiled.code, globals, builtins));
    const ctx = { thread, now: 0, machine: null, write: () => undefined, callSync: () => null } as NativeCtx;
    const kinds: number[] = [];
    for (let k = execOne(thread, ctx); k !== StepKind.Finished; k = execOne(thread, ctx)) kinds.push(k);
    expect(kinds.filter((k) => k === StepKind.Blocked)).toHaveLength(2);
    expect(globals.get('x')).toBe(42);
  });
});
