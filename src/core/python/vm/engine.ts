// The eval loop as the machine drives it: one object with what runtime/machine.ts's Engine asks
// for (threads made from module code or a call, callbacks run to their end, tracebacks).
// Stateless: every call works on the threads and values it is given.
import type { CodeObject } from '../code.ts';
import { BUILTINS } from '../values/index.ts';
import { getIter, toArray } from '../values/iter.ts';
import { repr } from '../values/repr.ts';
import { Blocked, Exc, PyException, PyList, PyRaise, newException, type NativeCtx, type PyKwargs, type PyValue } from '../values/types.ts';
import { PUSHED, callValue, moduleFrame } from './call.ts';
import { execOne } from './eval.ts';
import { ThreadState, VmThread } from './frame.ts';
import { callSync } from './sync.ts';
import { BOOTSTRAP, formatException } from './traceback.ts';

/**
 * A thread about to call `fn(*args, **kwargs)`, with CPython's own frames beneath it in a
 * traceback: threading's for a started thread, multiprocessing's for a process's main thread
 * (named `MainThread`, as the machine names it). A native target runs at once: the thread is
 * then already finished (or failed) when this returns.
 */
function callThread(ctx: NativeCtx, id: number, name: string, fn: PyValue, args: readonly PyValue[], kwargs: PyKwargs | null): VmThread {
  const thread = new VmThread(id, name);
  thread.bootstrap = name === 'MainThread' ? BOOTSTRAP.process : BOOTSTRAP.thread;
  try {
    const r = callValue(thread, ctx, fn, args.slice(), kwargs);
    if (r instanceof Blocked) {
      thread.state = ThreadState.Failed;
      thread.error = newException(Exc.RuntimeError, 'a thread target cannot wait before it starts');
    } else if (r !== PUSHED) {
      thread.state = ThreadState.Finished;
      thread.result = r;
    }
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    thread.state = ThreadState.Failed;
    thread.error = e.exc;
  }
  return thread;
}

export const vmEngine = {
  execOne,
  moduleThread(id: number, name: string, code: CodeObject, globals: Map<string, PyValue>, builtins: Map<string, PyValue>): VmThread {
    const thread = new VmThread(id, name);
    thread.frames.push(moduleFrame(code, globals, builtins));
    return thread;
  },
  callThread,
  callSync: (ctx: NativeCtx, fn: PyValue, args: readonly PyValue[], kwargs: PyKwargs | null): PyValue =>
    callSync(ctx.thread as unknown as VmThread, ctx, fn, args, kwargs),
  builtins: (): Map<string, PyValue> => new Map(BUILTINS),
  formatException: (exc: unknown): string => (exc instanceof PyException ? formatException(exc) : `${String(exc)}\n`),
  repr: (v: PyValue): string => repr(v),
  toArray: (ctx: NativeCtx, v: PyValue): PyValue[] => toArray(v, ctx),
  iterOver: (ctx: NativeCtx, items: PyValue[]): PyValue => getIter(new PyList(items.slice()), ctx),
};
