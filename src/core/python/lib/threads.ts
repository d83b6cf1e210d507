// threading.Thread and multiprocessing.Process: a name, a target with its arguments, start (a new
// thread, or a forked process with its own copy of the globals), join with a timeout, is_alive.
// Concurrency contract: single-threaded; start and join are machine steps, join waits by retrying.
import { Exc, PyDict, PyTuple, raiseType, type NativeCtx, type PyKwargs, type PyValue } from '../values/types.ts';
import { Life, type Machine, type ThreadRec } from '../runtime/machine.ts';
import { forkProcess, startThread } from '../runtime/spawn.ts';
import { arg, block, checkKwargs, deadlineOf, LibObject, libType, machineOf, method, pending, property, seconds, self, truthy } from './native.ts';

export class PyThreadObj extends LibObject {
  readonly kind: 'thread' | 'process';
  name: string;
  readonly target: PyValue;
  readonly args: readonly PyValue[];
  readonly kwargs: Map<string, PyValue>;
  daemon: boolean;
  /** The machine thread once started (for a process: its main thread), else −1. */
  tid = -1;
  /** For a process: its index in the machine once started. */
  pid = -1;
  constructor(kind: 'thread' | 'process', name: string, target: PyValue, args: readonly PyValue[], kwargs: Map<string, PyValue>, daemon: boolean) {
    super();
    this.kind = kind;
    this.name = name;
    this.target = target;
    this.args = args;
    this.kwargs = kwargs;
    this.daemon = daemon;
  }
  get title(): string {
    return this.kind === 'thread' ? 'Thread' : 'Process';
  }
  override get label(): string {
    return this.name;
  }
  get pyType() {
    return this.kind === 'thread' ? ThreadType : ProcessType;
  }
  override joins(): number | null {
    return this.tid < 0 ? null : this.tid;
  }
  override ready(m: Machine): boolean {
    return hasEnded(m, this);
  }
  override pyRepr(): string {
    const status = this.tid < 0 ? 'initial' : 'started';
    return this.kind === 'thread' ? `<Thread(${this.name}, ${status})>` : `<Process name='${this.name}' ${status}>`;
  }
}

function ended(rec: ThreadRec | undefined): boolean {
  return rec !== undefined && (rec.life === Life.done || rec.life === Life.failed);
}

/** A thread has ended; a process has when every thread it started has. */
export function hasEnded(m: Machine, o: PyThreadObj): boolean {
  if (o.tid < 0) return false;
  if (o.kind === 'thread') return ended(m.threads[o.tid]);
  // A loop, not `every` with a closure: a parent joining its child asks this before each move.
  for (const t of m.processes[o.pid]!.threads) {
    const rec = m.threads[t]!;
    if (!ended(rec) && rec.life !== Life.new && !rec.daemon) return false;
  }
  return true;
}

function tupleArgs(v: PyValue): readonly PyValue[] {
  if (v === null) return [];
  if (v instanceof PyTuple) return v.items;
  if (typeof v === 'object' && 'items' in v && Array.isArray((v as { items: unknown }).items)) return [...(v as { items: PyValue[] }).items];
  raiseType(Exc.TypeError, 'args must be a tuple');
}

function kwargsOf(v: PyValue): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  if (v === null) return out;
  if (!(v instanceof PyDict)) raiseType(Exc.TypeError, 'kwargs must be a dict');
  for (const e of v.entries.values()) if (typeof e.key === 'string') out.set(e.key, e.value);
  return out;
}

function targetName(target: PyValue): string | null {
  if (typeof target === 'object' && target !== null && 'name' in target && typeof (target as { name: unknown }).name === 'string') return (target as { name: string }).name;
  return null;
}

function construct(kind: 'thread' | 'process') {
  return (ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) => {
    checkKwargs(kwargs, kind === 'thread' ? 'Thread' : 'Process', ['group', 'target', 'name', 'args', 'kwargs', 'daemon']);
    const m = machineOf(ctx);
    const target = arg(args, kwargs, 1, 'target', null);
    const given = arg(args, kwargs, 2, 'name', null);
    const proc = m.processes[m.current().process]!;
    let name: string;
    if (given !== null && given !== '') name = typeof given === 'string' ? given : m.engine.repr(given);
    else if (kind === 'thread') {
      proc.threadNames++;
      const t = targetName(target);
      name = `Thread-${proc.threadNames}${t === null ? '' : ` (${t})`}`;
    } else {
      proc.children++;
      name = proc.id === 0 ? `Process-${proc.children}` : `${proc.name}:${proc.children}`;
    }
    const daemonArg = arg(args, kwargs, 5, 'daemon', null);
    const daemon = daemonArg === null ? (kind === 'thread' ? m.current().daemon : false) : truthy(daemonArg);
    return m.register(new PyThreadObj(kind, name, target, tupleArgs(arg(args, kwargs, 3, 'args', null)), kwargsOf(arg(args, kwargs, 4, 'kwargs', null)), daemon));
  };
}

function start(ctx: NativeCtx, args: readonly PyValue[]) {
  const o = self(args, PyThreadObj, 'start');
  if (o.tid >= 0) raiseType(Exc.RuntimeError, o.kind === 'thread' ? 'threads can only be started once' : 'cannot start a process twice');
  const m = machineOf(ctx);
  if (o.kind === 'thread') startThread(m, o);
  else forkProcess(m, o);
  return null;
}

function join(ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) {
  checkKwargs(kwargs, 'join', ['timeout']);
  const o = self(args, PyThreadObj, 'join');
  const m = machineOf(ctx);
  if (o.tid < 0) raiseType(o.kind === 'thread' ? Exc.RuntimeError : Exc.AssertionError, o.kind === 'thread' ? 'cannot join thread before it is started' : 'can only join a started process');
  if (o.kind === 'thread' && o.tid === m.running) raiseType(Exc.RuntimeError, 'cannot join current thread');
  const { rec, wait, timedOut } = pending(ctx);
  if (hasEnded(m, o) || timedOut) return null;
  return block(ctx, rec, o, `waits for ${o.name} to end (join)`, deadlineOf(ctx, wait, seconds(arg(args, kwargs, 1, 'timeout', null))));
}

function isAlive(ctx: NativeCtx, args: readonly PyValue[]) {
  const o = self(args, PyThreadObj, 'is_alive');
  return o.tid >= 0 && !hasEnded(machineOf(ctx), o);
}

function defineCommon(type: ReturnType<typeof libType>): void {
  method(type, 'start', start);
  method(type, 'join', join);
  method(type, 'is_alive', isAlive);
  property(
    type,
    'name',
    (_ctx, args) => self(args, PyThreadObj, 'name').name,
    (ctx, args) => {
      const o = self(args, PyThreadObj, 'name');
      const v = args[1] ?? null;
      o.name = typeof v === 'string' ? v : machineOf(ctx).engine.repr(v);
      if (o.kind === 'thread' && o.tid >= 0) machineOf(ctx).threads[o.tid]!.vm.name = o.name;
      return null;
    },
  );
  property(
    type,
    'daemon',
    (_ctx, args) => self(args, PyThreadObj, 'daemon').daemon,
    (_ctx, args) => {
      const o = self(args, PyThreadObj, 'daemon');
      if (o.tid >= 0) raiseType(Exc.RuntimeError, o.kind === 'thread' ? 'cannot set daemon status of active thread' : 'process has already started');
      o.daemon = truthy(args[1] ?? null);
      return null;
    },
  );
  method(type, 'getName', (_ctx, args) => self(args, PyThreadObj, 'getName').name);
}

export const ThreadType = libType('Thread', 'threading', construct('thread'));
defineCommon(ThreadType);
property(ThreadType, 'ident', (_ctx, args) => {
  const o = self(args, PyThreadObj, 'ident');
  return o.tid < 0 ? null : 1000 + o.tid;
});
property(ThreadType, 'native_id', (_ctx, args) => {
  const o = self(args, PyThreadObj, 'native_id');
  return o.tid < 0 ? null : 1000 + o.tid;
});

export const ProcessType = libType('Process', 'multiprocessing', construct('process'));
defineCommon(ProcessType);
property(ProcessType, 'pid', (_ctx, args) => {
  const o = self(args, PyThreadObj, 'pid');
  return o.pid < 0 ? null : 100 + o.pid;
});
property(ProcessType, 'exitcode', (ctx, args) => {
  const o = self(args, PyThreadObj, 'exitcode');
  return o.pid < 0 ? null : machineOf(ctx).processes[o.pid]!.exitcode;
});

/** The Thread object of the calling thread (made on first use for a process's main thread). */
export function currentThread(ctx: NativeCtx): PyThreadObj {
  const m = machineOf(ctx);
  const rec = m.current();
  if (rec.obj instanceof PyThreadObj) return rec.obj;
  const o = m.register(new PyThreadObj('thread', rec.vm.name, null, [], new Map(), rec.daemon));
  o.tid = rec.id;
  rec.obj = o;
  return o;
}

/** The Process object of the calling thread's process. */
export function currentProcess(ctx: NativeCtx): PyThreadObj {
  const m = machineOf(ctx);
  const proc = m.processes[m.current().process]!;
  if (proc.obj instanceof PyThreadObj) return proc.obj;
  const o = m.register(new PyThreadObj('process', proc.name, null, [], new Map(), false));
  o.tid = proc.threads[0]!;
  o.pid = proc.id;
  proc.obj = o;
  return o;
}
