// Helpers for the modelled library: native types and methods, argument parsing, and the waiting
// protocol every blocking method follows (return Blocked, be called again, finish or time out).
// Concurrency contract: single-threaded; natives run inside one machine step.
import {
  Blocked,
  Exc,
  NativeProperty,
  PyBuiltin,
  PyObject,
  PyTuple,
  PyType,
  ObjectType,
  raiseType,
  type NativeCtx,
  type NativeFn,
  type PyKwargs,
  type PyValue,
  type Waitable,
} from '../values/types.ts';
import type { Machine, ThreadRec, WaitRec } from '../runtime/machine.ts';

/** What the page draws an object as (see `ObjectView.kind`). */
export type LibKind = 'lock' | 'rlock' | 'condition' | 'semaphore' | 'event' | 'barrier' | 'queue' | 'deque' | 'value' | 'array' | 'thread' | 'process';

/**
 * Base of every library object. `num` numbers objects per machine for labels ("Lock 2") and
 * wait-for graphs; neither `num` nor `label` is part of a state's key.
 */
export abstract class LibObject extends PyObject implements Waitable {
  num = 0;
  abstract readonly kind: LibKind;
  /** Survives a fork by identity (multiprocessing's shared objects) instead of being copied. */
  shared = false;
  get id(): number {
    return this.num;
  }
  /** How the page names it: "Lock", "Queue". */
  abstract readonly title: string;
  /** "Lock 2". */
  get label(): string {
    return `${this.title} ${this.num}`;
  }
  /** The thread holding it (a lock's owner), for wait-for graphs. */
  holder(): number | null {
    return null;
  }
  /** The thread a waiter on it waits to end (a Thread or a Process being joined). */
  joins(): number | null {
    return null;
  }
  /** Whether thread `t`, blocked here with `w`, could go on if it were stepped now. */
  ready(_m: Machine, _t: ThreadRec, _w: WaitRec): boolean {
    return false;
  }
}

export function machineOf(ctx: NativeCtx): Machine {
  return ctx.machine as Machine;
}

/**
 * `fn`, counted as a change of library state (`Machine.epoch`): whatever a library native does
 * (take a lock, put an item, start or end a thread) may change which threads can move, and the
 * fast run (runtime/run.ts) looks at the threads again only after such a change.
 */
export function counted(fn: NativeFn): NativeFn {
  return (ctx, args, kwargs) => {
    const m = ctx.machine as Machine | null;
    if (m !== null) m.epoch++;
    return fn(ctx, args, kwargs);
  };
}

/** A library function (not a method): counted as `method` is. */
export function libFunction(name: string, fn: NativeFn): PyBuiltin {
  return new PyBuiltin(name, counted(fn));
}

/** A type of the library, with its methods and properties. */
export function libType(name: string, module: string, construct: NativeFn | null, base: PyType = ObjectType): PyType {
  return new PyType(name, base, module, construct === null ? null : counted(construct));
}

export function method(type: PyType, name: string, fn: NativeFn): void {
  type.dict.set(name, new PyBuiltin(name, counted(fn), type));
}

/**
 * Methods that pass the call on to the same method of an object's lock (a Condition's, a Value's):
 * `lockOf` finds the lock for the instance in `args[0]`, or raises.
 */
export function lockMethods(type: PyType, names: readonly string[], lockOf: (args: readonly PyValue[], name: string) => PyObject): void {
  for (const name of names) {
    method(type, name, (ctx, args, kwargs) => {
      const lock = lockOf(args, name);
      const fn = lock.pyType.dict.get(name);
      if (!(fn instanceof PyBuiltin)) raiseType(Exc.AttributeError, name);
      return fn.fn(ctx, [lock, ...args.slice(1)], kwargs);
    });
  }
}

/** A method that only reads (`get_lock`, `locked`): it wakes and parks nobody, so it is not counted. */
export function query(type: PyType, name: string, fn: NativeFn): void {
  type.dict.set(name, new PyBuiltin(name, fn, type));
}

/**
 * A property. Getters only read, so they are not counted; a setter is, unless `setterWakes` is
 * false because what it writes is nothing a thread waits on (a shared Value's contents).
 */
export function property(type: PyType, name: string, get: NativeFn, set: NativeFn | null = null, setterWakes = true): void {
  type.dict.set(name, new NativeProperty(name, get, set === null ? null : setterWakes ? counted(set) : set));
}

/** The instance a method was called on, checked against its class. */
export function self<T>(args: readonly PyValue[], cls: abstract new (...a: never[]) => T, what: string): T {
  const s = args[0];
  if (!(s instanceof cls)) raiseType(Exc.TypeError, `descriptor '${what}' requires a different object`);
  return s;
}

/**
 * Argument `i` (counting the instance as 0 for methods) or keyword `name`, or the default.
 * Unknown keywords are a TypeError as in CPython.
 */
export function arg(args: readonly PyValue[], kwargs: PyKwargs | null, i: number, name: string, dflt: PyValue): PyValue {
  const kw = kwargs?.get(name);
  if (kw !== undefined) {
    if (i < args.length) raiseType(Exc.TypeError, `argument for ${name} given by name ('${name}') and position (${i})`);
    return kw;
  }
  return i < args.length ? args[i]! : dflt;
}

export function checkKwargs(kwargs: PyKwargs | null, fn: string, allowed: readonly string[]): void {
  if (kwargs === null) return;
  for (const k of kwargs.keys()) if (!allowed.includes(k)) raiseType(Exc.TypeError, `${fn}() got an unexpected keyword argument '${k}'`);
}

export function truthy(v: PyValue): boolean {
  if (v === null || v === false || v === 0 || v === '' || v === 0n) return false;
  if (v instanceof PyTuple) return v.items.length > 0;
  return true;
}

/** A timeout in seconds: null for None, else a number (int or float). */
export function seconds(v: PyValue, what = 'timeout'): number | null {
  if (v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyObject && 'value' in v && typeof (v as { value: unknown }).value === 'number' && v.pyType.name === 'float') return (v as unknown as { value: number }).value;
  raiseType(Exc.TypeError, `'${typeof v === 'string' ? 'str' : (v).pyType.name}' object cannot be interpreted as ${what === 'timeout' ? 'a number' : what}`);
}

export function intArg(v: PyValue, what: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  raiseType(Exc.TypeError, `'${typeof v === 'string' ? 'str' : v === null ? 'NoneType' : typeof v === 'bigint' ? 'int' : v.pyType.name}' object cannot be interpreted as an integer (${what})`);
}

/** pending's answer: one object serves every call (callers destructure it at once). */
const PENDING: { rec: ThreadRec; wait: WaitRec | null; timedOut: boolean } = { rec: null as unknown as ThreadRec, wait: null, timedOut: false };

/**
 * The calling thread's pending wait, if this call is a retry of one that blocked; null on a first
 * call. `timedOut` is true once its deadline has passed. Every lock and queue call asks, so the
 * answer is a reused object: destructure it before calling anything else.
 */
export function pending(ctx: NativeCtx): { readonly rec: ThreadRec; readonly wait: WaitRec | null; readonly timedOut: boolean } {
  const m = machineOf(ctx);
  const rec = m.threads[m.running]!;
  const wait = rec.wait;
  PENDING.rec = rec;
  PENDING.wait = wait;
  PENDING.timedOut = wait !== null && wait.deadline !== null && m.now >= wait.deadline;
  return PENDING;
}

/** Parks the calling thread on `on` (null: only the clock) and says why; the method will be called again. */
export function block(_ctx: NativeCtx, rec: ThreadRec, on: LibObject | null, reason: string, deadline: number | null, phase = 0, data: PyValue = null): Blocked {
  const prev = rec.wait;
  rec.wait = { on, deadline, phase, depth: prev?.depth ?? 0, data: prev !== null && data === null ? prev.data : data };
  return new Blocked(on, reason, deadline);
}

/** The deadline of a wait that starts now, or the one already set by the first call. */
export function deadlineOf(ctx: NativeCtx, wait: WaitRec | null, timeout: number | null): number | null {
  if (wait !== null) return wait.deadline;
  return timeout === null ? null : machineOf(ctx).now + Math.max(0, timeout);
}
