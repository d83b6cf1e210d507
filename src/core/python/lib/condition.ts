// threading.Condition: wait releases the lock (all of an RLock's depth), sleeps until notified or
// timed out, then takes the lock back before returning, as CPython's does; notify wakes the
// longest waiters first. wait_for evaluates its predicate with the lock held.
// Concurrency contract: single-threaded; a wait is one blocked call retried in phases.
import { Exc, raiseType, type NativeCtx, type PyKwargs, type PyValue } from '../values/types.ts';
import type { Machine, ThreadRec, WaitRec } from '../runtime/machine.ts';
import { BaseLock, PyRLock, waitsForLock } from './locks.ts';
import { arg, block, checkKwargs, deadlineOf, intArg, LibObject, libType, lockMethods, machineOf, method, pending, seconds, self, truthy } from './native.ts';

/** Phases of a condition wait kept in the thread's WaitRec. */
const WAITING = 0;
const RETAKING = 1;

export class PyCondition extends LibObject {
  readonly kind = 'condition';
  readonly title = 'Condition';
  readonly lock: BaseLock;
  /** Sleeping threads, longest first (notify wakes from the front). */
  waiters: number[] = [];
  constructor(lock: BaseLock) {
    super();
    this.lock = lock;
  }
  get pyType() {
    return ConditionType;
  }
  override holder(): number | null {
    return this.lock.holder();
  }
  override ready(_m: Machine, t: ThreadRec, w: WaitRec): boolean {
    return w.phase === RETAKING && this.lock.isFree(t.id);
  }
  /** Wakes up to n sleepers: each must still take the lock back. */
  wake(m: Machine, n: number): void {
    const woken = this.waiters.splice(0, n);
    for (const t of woken) {
      const w = m.threads[t]!.wait;
      if (w !== null) w.phase = RETAKING;
    }
  }
}

function owned(m: Machine, c: PyCondition): boolean {
  return c.lock.owner === m.running;
}

/**
 * One call of `wait`: the first (`wait` null: release the lock, sleep until `deadline`) or a
 * retry. Returns true (notified), false (timed out) or Blocked; the lock is held again whenever a
 * value is returned.
 */
export function condWait(ctx: NativeCtx, c: PyCondition, wait: WaitRec | null, deadline: number | null) {
  const m = machineOf(ctx);
  const rec = m.current();
  if (wait === null) {
    if (!owned(m, c)) raiseType(Exc.RuntimeError, 'cannot wait on un-acquired lock');
    const depth = c.lock.count;
    c.lock.owner = -1;
    c.lock.count = 0;
    c.waiters.push(rec.id);
    rec.wait = null;
    const b = block(ctx, rec, c, `waits for a notify on ${c.label}`, deadline, WAITING);
    rec.wait!.depth = depth;
    return b;
  }
  if (wait.phase === WAITING) {
    if (wait.deadline === null || m.now < wait.deadline) return block(ctx, rec, c, `waits for a notify on ${c.label}`, wait.deadline, WAITING);
    // Timed out: no longer a sleeper, but the lock must still be taken back; the result is False.
    c.waiters = c.waiters.filter((t) => t !== rec.id);
    wait.phase = RETAKING;
    wait.data = false;
  }
  if (c.lock.isFree(rec.id)) {
    c.lock.take(rec.id, wait.depth);
    return wait.data !== false;
  }
  return block(ctx, rec, c, waitsForLock(m, c.lock), null, RETAKING);
}

function waitMethod(ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) {
  checkKwargs(kwargs, 'wait', ['timeout']);
  const c = self(args, PyCondition, 'wait');
  const { wait } = pending(ctx);
  return condWait(ctx, c, wait, deadlineOf(ctx, wait, seconds(arg(args, kwargs, 1, 'timeout', null))));
}

/**
 * wait_for: the predicate runs with the lock held, before the first wait and after every
 * wake-up; the whole call keeps one deadline. Its WaitRec's data holds that deadline.
 */
function waitForMethod(ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) {
  checkKwargs(kwargs, 'wait_for', ['predicate', 'timeout']);
  const c = self(args, PyCondition, 'wait_for');
  const predicate = arg(args, kwargs, 1, 'predicate', null);
  const m = machineOf(ctx);
  const { wait } = pending(ctx);
  let overall: number | null;
  if (wait === null) {
    if (!owned(m, c)) raiseType(Exc.RuntimeError, 'cannot wait on un-acquired lock');
    const result = ctx.callSync(predicate, [], null);
    if (truthy(result)) return result;
    overall = deadlineOf(ctx, null, seconds(arg(args, kwargs, 2, 'timeout', null)));
  } else {
    overall = wait.deadline ?? (typeof wait.data === 'number' ? wait.data : null);
    const back = condWait(ctx, c, wait, null);
    if (typeof back !== 'boolean') return keep(m, back, overall);
    const result = ctx.callSync(predicate, [], null);
    if (truthy(result) || !back || (overall !== null && m.now >= overall)) return result;
  }
  return keep(m, condWait(ctx, c, null, overall), overall);
}

/** Remembers wait_for's overall deadline across the lock-retaking phase (whose own deadline is none). */
function keep<T>(m: Machine, r: T, overall: number | null): T {
  const w = m.current().wait;
  if (w !== null && overall !== null) w.data = overall;
  return r;
}

function notify(ctx: NativeCtx, c: PyCondition, n: number): null {
  const m = machineOf(ctx);
  if (!owned(m, c)) raiseType(Exc.RuntimeError, 'cannot notify on un-acquired lock');
  c.wake(m, n);
  return null;
}

export const ConditionType = libType('Condition', 'threading', (ctx, args, kwargs) => {
  checkKwargs(kwargs, 'Condition', ['lock']);
  const m = machineOf(ctx);
  const given = arg(args, kwargs, 0, 'lock', null);
  if (given !== null && !(given instanceof BaseLock)) raiseType(Exc.TypeError, 'Condition() needs a Lock or an RLock');
  return m.register(new PyCondition(given ?? m.register(new PyRLock())));
});
method(ConditionType, 'wait', waitMethod);
method(ConditionType, 'wait_for', waitForMethod);
method(ConditionType, 'notify', (ctx, args, kwargs) => notify(ctx, self(args, PyCondition, 'notify'), intArg(arg(args, kwargs, 1, 'n', 1), 'n')));
method(ConditionType, 'notify_all', (ctx, args) => {
  const c = self(args, PyCondition, 'notify_all');
  return notify(ctx, c, c.waiters.length);
});
lockMethods(ConditionType, ['acquire', '__enter__', 'release', '__exit__'], (args, name) => self(args, PyCondition, name).lock);
