// threading.Semaphore, BoundedSemaphore and Event: a counter (a flag) and the threads waiting for
// it. Acquire takes one unit in one step when there is one; any waiting thread may win it.
// Concurrency contract: single-threaded; each method is one machine step, a wait is retried.
import { Exc, raiseType, type NativeCtx, type PyKwargs, type PyValue } from '../values/types.ts';
import type { Machine, ThreadRec, WaitRec } from '../runtime/machine.ts';
import { arg, block, checkKwargs, deadlineOf, intArg, LibObject, libType, machineOf, method, pending, seconds, self, truthy } from './native.ts';

export class PySemaphore extends LibObject {
  readonly kind = 'semaphore';
  value: number;
  /** The bound of a BoundedSemaphore, or null. */
  readonly bound: number | null;
  constructor(value: number, bound: number | null) {
    super();
    this.value = value;
    this.bound = bound;
  }
  get title(): string {
    return this.bound === null ? 'Semaphore' : 'BoundedSemaphore';
  }
  get pyType() {
    return this.bound === null ? SemaphoreType : BoundedSemaphoreType;
  }
  override ready(): boolean {
    return this.value > 0;
  }
}

function semAcquire(ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) {
  checkKwargs(kwargs, 'acquire', ['blocking', 'timeout']);
  const s = self(args, PySemaphore, 'acquire');
  const blocking = truthy(arg(args, kwargs, 1, 'blocking', true));
  const timeout = seconds(arg(args, kwargs, 2, 'timeout', null));
  if (!blocking && timeout !== null) raiseType(Exc.ValueError, "can't specify timeout for non-blocking acquire");
  const { rec, wait, timedOut } = pending(ctx);
  if (s.value > 0) {
    s.value--;
    return true;
  }
  if (!blocking || timedOut) return false;
  return block(ctx, rec, s, `waits for ${s.label} (its counter is 0)`, deadlineOf(ctx, wait, timeout));
}

function semRelease(_ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) {
  const s = self(args, PySemaphore, 'release');
  const n = intArg(arg(args, kwargs, 1, 'n', 1), 'n');
  if (n < 1) raiseType(Exc.ValueError, 'n must be one or more');
  if (s.bound !== null && s.value + n > s.bound) raiseType(Exc.ValueError, 'Semaphore released too many times');
  s.value += n;
  return null;
}

function makeSemaphore(bounded: boolean) {
  return (ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) => {
    checkKwargs(kwargs, bounded ? 'BoundedSemaphore' : 'Semaphore', ['value']);
    const value = intArg(arg(args, kwargs, 0, 'value', 1), 'value');
    if (value < 0) raiseType(Exc.ValueError, 'semaphore initial value must be >= 0');
    return machineOf(ctx).register(new PySemaphore(value, bounded ? value : null));
  };
}

export const SemaphoreType = libType('Semaphore', 'threading', makeSemaphore(false));
export const BoundedSemaphoreType = libType('BoundedSemaphore', 'threading', makeSemaphore(true), SemaphoreType);
method(SemaphoreType, 'acquire', semAcquire);
method(SemaphoreType, '__enter__', semAcquire);
method(SemaphoreType, 'release', semRelease);
method(SemaphoreType, '__exit__', (ctx, args) => semRelease(ctx, [args[0]!], null));

export class PyEvent extends LibObject {
  readonly kind = 'event';
  readonly title = 'Event';
  flag = false;
  /** Threads in wait(); set() wakes them all even if the flag is cleared before they run. */
  waiters: number[] = [];
  get pyType() {
    return EventType;
  }
  override ready(_m: Machine, t: ThreadRec, w: WaitRec): boolean {
    return this.flag || w.phase === 1 || !this.waiters.includes(t.id);
  }
}

function eventWait(ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) {
  checkKwargs(kwargs, 'wait', ['timeout']);
  const e = self(args, PyEvent, 'wait');
  const { rec, wait, timedOut } = pending(ctx);
  if (e.flag || (wait !== null && !e.waiters.includes(rec.id))) {
    e.waiters = e.waiters.filter((t) => t !== rec.id);
    return true;
  }
  if (timedOut) {
    e.waiters = e.waiters.filter((t) => t !== rec.id);
    return false;
  }
  if (wait === null) e.waiters.push(rec.id);
  const deadline = deadlineOf(ctx, wait, seconds(arg(args, kwargs, 1, 'timeout', null)));
  return block(ctx, rec, e, deadline === null ? `waits for ${e.label} to be set` : `waits for ${e.label} to be set, or until ${fmt(deadline)} s`, deadline);
}

export function fmt(t: number): string {
  return String(Math.round(t * 1000) / 1000);
}

export const EventType = libType('Event', 'threading', (ctx) => machineOf(ctx).register(new PyEvent()));
method(EventType, 'is_set', (_ctx, args) => self(args, PyEvent, 'is_set').flag);
method(EventType, 'set', (_ctx, args) => {
  const e = self(args, PyEvent, 'set');
  e.flag = true;
  e.waiters = [];
  return null;
});
method(EventType, 'clear', (_ctx, args) => {
  self(args, PyEvent, 'clear').flag = false;
  return null;
});
method(EventType, 'wait', eventWait);
