// A one-thread host for tests of the eval loop: a few builtins, what the program prints, and the
// traceback of an uncaught exception on stderr, as CPython writes it.
import { compile } from '../../compile/compile.ts';
import { str } from '../../values/repr.ts';
import { Exc, PyBuiltin, PyRange, type NativeCtx, type PyValue } from '../../values/types.ts';
import { moduleFrame } from '../call.ts';
import { execOne } from '../eval.ts';
import { StepKind, VmThread } from '../frame.ts';
import { callSync } from '../sync.ts';
import { formatException } from '../traceback.ts';

export interface HostRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly kinds: Set<number>;
  readonly thread: VmThread;
}

function rangeOf(args: readonly PyValue[]): PyRange {
  const [a, b, c] = args as number[];
  return b === undefined ? new PyRange(0, a ?? 0, 1) : new PyRange(a ?? 0, b, c ?? 1);
}

/** The builtins the host gives: `print`, `range` and the common exception types. */
export function hostBuiltins(out: { stdout: string }): Map<string, PyValue> {
  const builtins = new Map<string, PyValue>([
    ['print', new PyBuiltin('print', (_c, args, kw) => {
      out.stdout += args.map((a) => str(a)).join((kw?.get('sep') as string | undefined) ?? ' ') + ((kw?.get('end') as string | undefined) ?? '\n');
      return null;
    })],
    ['range', new PyBuiltin('range', (_c, args) => rangeOf(args))],
  ]);
  for (const [name, type] of Object.entries(Exc)) builtins.set(name, type);
  return builtins;
}

/** Compiles `source` and runs it on one thread to its end (or `limit` instructions). */
export function runOnHost(source: string, options: { filename?: string; limit?: number; builtins?: Map<string, PyValue> } = {}): HostRun {
  const compiled = compile(source, { filename: options.filename ?? 'test.py' });
  if (!compiled.ok) throw new Error(compiled.errors.map((e) => e.message).join('\n'));
  const out = { stdout: '' };
  let stderr = '';
  const builtins = options.builtins ?? hostBuiltins(out);
  const thread = new VmThread(1, 'MainThread');
  const globals = new Map<string, PyValue>([['__name__', '__main__']]);
  thread.frames.push(moduleFrame(compiled.code, globals, builtins));
  const ctx: NativeCtx = {
    thread, now: 0, machine: null,
    write: (stream, text) => {
      if (stream === 'stdout') out.stdout += text;
      else stderr += text;
    },
    callSync: (fn, args, kwargs) => callSync(thread, ctx, fn, args, kwargs),
  };
  const kinds = new Set<number>();
  const limit = options.limit ?? 1_000_000;
  for (let i = 0; i < limit; i++) {
    const k = execOne(thread, ctx);
    kinds.add(k);
    if (k === StepKind.Finished) break;
    if (k === StepKind.Raised) {
      if (thread.error !== null) stderr += formatException(thread.error);
      break;
    }
  }
  return { stdout: out.stdout, stderr, kinds, thread };
}
