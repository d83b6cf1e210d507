// threading.Lock and threading.RLock (and multiprocessing's, which are the same objects shared
// across a fork): a holder, a recursion count, and acquire as one step that may block.
// Concurrency contract: single-threaded; each method is one machine step.
import { Exc, raiseType, type NativeCtx, type PyKwargs, type PyValue } from '../values/types.ts';
import type { Machine, ThreadRec } from '../runtime/machine.ts';
import { arg, block, checkKwargs, deadlineOf, LibObject, libType, machineOf, method, pending, query, seconds, truthy } from './native.ts';

export abstract class BaseLock extends LibObject {
  /** Holding thread, or −1 when free. */
  owner = -1;
  /** Recursion depth (1 for a held Lock). */
  count = 0;
  abstract readonly recursive: boolean;
  // Both follow from `recursive`: a lock is an RLock exactly when its holder may take it again.
  get kind(): 'lock' | 'rlock' {
    return this.recursive ? 'rlock' : 'lock';
  }
  get title(): string {
    return this.recursive ? 'RLock' : 'Lock';
  }

  isFree(t: number): boolean {
    return this.owner < 0 || (this.recursive && this.owner === t);
  }
  take(t: number, depth = 1): void {
    if (this.owner === t) this.count += depth;
    else {
      this.owner = t;
      this.count = depth;
    }
  }
  override holder(): number | null {
    return this.owner < 0 ? null : this.owner;
  }
  override ready(_m: Machine, t: ThreadRec): boolean {
    return this.isFree(t.id);
  }
  override pyRepr(): string {
    const state = this.owner < 0 ? 'unlocked' : 'locked';
    return this.recursive
      ? `<${state} _thread.RLock object owner=${this.owner < 0 ? 0 : this.owner} count=${this.count}>`
      : `<${state} _thread.lock object>`;
  }
}

export class PyLock extends BaseLock {
  readonly recursive = false;
  get pyType() {
    return LockType;
  }
}

export class PyRLock extends BaseLock {
  readonly recursive = true;
  get pyType() {
    return RLockType;
  }
}

/** `self` for lock methods: a fixed class here, so the check stays a cheap one on the hot path. */
function lockSelf(args: readonly PyValue[], what: string): BaseLock {
  const s = args[0];
  if (!(s instanceof BaseLock)) raiseType(Exc.TypeError, `descriptor '${what}' requires a different object`);
  return s;
}

/** The last reason given: a contended lock makes the same one over and over while it is held. */
let lastReason = { lock: null as BaseLock | null, num: 0, holder: '', text: '' };

/** Why a thread waits for `lock`, in words. */
export function waitsForLock(m: Machine, lock: BaseLock): string {
  const holder = m.threadName(lock.owner);
  const last = lastReason;
  if (last.lock === lock && last.num === lock.num && last.holder === holder) return last.text;
  lastReason = { lock, num: lock.num, holder, text: `waits for ${lock.label} held by ${holder}` };
  return lastReason.text;
}

/**
 * Acquire as one step: take the lock when free (or already ours, for an RLock), else wait for it
 * (until the deadline, if any). Returns true, false (not blocking, or timed out) or Blocked.
 */
export function acquire(ctx: NativeCtx, lock: BaseLock, blocking: boolean, timeout: number | null) {
  const { rec, wait, timedOut } = pending(ctx);
  if (lock.isFree(rec.id)) {
    lock.take(rec.id);
    return true;
  }
  if (!blocking || timedOut) return false;
  return block(ctx, rec, lock, waitsForLock(machineOf(ctx), lock), deadlineOf(ctx, wait, timeout));
}

export function releaseLock(ctx: NativeCtx, lock: BaseLock): null {
  const t = machineOf(ctx).running;
  if (lock.recursive) {
    if (lock.owner !== t) raiseType(Exc.RuntimeError, 'cannot release un-acquired lock');
    lock.count--;
    if (lock.count === 0) lock.owner = -1;
  } else {
    // Any thread may release a plain Lock, as in CPython.
    if (lock.owner < 0) raiseType(Exc.RuntimeError, 'release unlocked lock');
    lock.owner = -1;
    lock.count = 0;
  }
  return null;
}

function acquireMethod(ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) {
  const lock = lockSelf(args, 'acquire');
  checkKwargs(kwargs, 'acquire', ['blocking', 'timeout']);
  const blocking = truthy(arg(args, kwargs, 1, 'blocking', true));
  const t = seconds(arg(args, kwargs, 2, 'timeout', -1));
  if (!blocking && t !== -1) raiseType(Exc.ValueError, "can't specify a timeout for a non-blocking call");
  if (t !== null && t < 0 && t !== -1) raiseType(Exc.ValueError, 'timeout value must be a non-negative number');
  return acquire(ctx, lock, blocking, t === -1 ? null : t);
}

function defineLockMethods(type: ReturnType<typeof libType>): void {
  method(type, 'acquire', acquireMethod);
  method(type, '__enter__', acquireMethod);
  method(type, 'release', (ctx, args) => releaseLock(ctx, lockSelf(args, 'release')));
  method(type, '__exit__', (ctx, args) => releaseLock(ctx, lockSelf(args, '__exit__')));
  query(type, 'locked', (_ctx, args) => lockSelf(args, 'locked').owner >= 0);
}

export const LockType = libType('lock', '_thread', (ctx) => machineOf(ctx).register(new PyLock()));
export const RLockType = libType('RLock', '_thread', (ctx) => machineOf(ctx).register(new PyRLock()));
defineLockMethods(LockType);
defineLockMethods(RLockType);
