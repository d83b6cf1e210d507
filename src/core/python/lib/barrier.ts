// threading.Barrier: parties arrive, the last one runs the action and releases them all (a new
// phase begins once every one of them has left), a timeout or abort breaks it for everyone, and
// reset breaks it for those waiting, then (once they have left) makes it whole again, as CPython's does.
// Concurrency contract: single-threaded; wait is one blocked call retried until released.
import { Exc, makeExceptionType, PyException, raise, raiseType, type NativeCtx, type PyKwargs, type PyValue } from '../values/types.ts';
import type { Machine, ThreadRec, WaitRec } from '../runtime/machine.ts';
import { arg, block, checkKwargs, deadlineOf, intArg, LibObject, libType, machineOf, method, pending, property, seconds, self } from './native.ts';

export const BrokenBarrierError = makeExceptionType('BrokenBarrierError', Exc.RuntimeError, 'threading');

const FILLING = 0;
const DRAINING = 1;
/** reset() while threads wait: they leave with BrokenBarrierError, then the barrier fills again. */
const RESETTING = -1;
const BROKEN = -2;

export class PyBarrier extends LibObject {
  readonly kind = 'barrier';
  readonly title = 'Barrier';
  readonly parties: number;
  readonly action: PyValue;
  readonly timeout: number | null;
  state = FILLING;
  /** Threads inside wait() in this phase, in arrival order. */
  arrivals: number[] = [];
  /** Released phases so far: a waiter whose phase is older has been released. */
  phase = 0;
  constructor(parties: number, action: PyValue, timeout: number | null) {
    super();
    this.parties = parties;
    this.action = action;
    this.timeout = timeout;
  }
  get pyType() {
    return BarrierType;
  }
  override ready(_m: Machine, _t: ThreadRec, w: WaitRec): boolean {
    if (this.state === BROKEN) return true;
    return w.phase === 0 ? this.state === FILLING : this.state === RESETTING || (w.data as number) < this.phase;
  }
  leave(t: number): void {
    this.arrivals = this.arrivals.filter((x) => x !== t);
    if (this.arrivals.length === 0 && (this.state === DRAINING || this.state === RESETTING)) this.state = FILLING;
  }
  breakIt(): void {
    this.state = BROKEN;
  }
}

function broken(): never {
  raise(new PyException(BrokenBarrierError, []));
}

/** Phase 0 of the WaitRec: waiting to enter (the barrier drains); 1: inside, waiting for release. */
function barrierWait(ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) {
  checkKwargs(kwargs, 'wait', ['timeout']);
  const b = self(args, PyBarrier, 'wait');
  const { rec, wait, timedOut } = pending(ctx);
  const given = seconds(arg(args, kwargs, 1, 'timeout', null));
  if (wait === null || wait.phase === 0) {
    if (b.state === BROKEN) broken();
    if (b.state === DRAINING || b.state === RESETTING) return block(ctx, rec, b, `waits for ${b.label} to ${b.state === DRAINING ? 'drain' : 'reset'}`, null, 0);
    const index = b.arrivals.length;
    b.arrivals.push(rec.id);
    if (index + 1 === b.parties) {
      if (b.action !== null) {
        try {
          ctx.callSync(b.action, [], null);
        } catch (e) {
          b.breakIt();
          b.leave(rec.id);
          throw e;
        }
      }
      b.state = DRAINING;
      b.phase++;
      b.leave(rec.id);
      return index;
    }
    const r = block(ctx, rec, b, `waits at ${b.label} (${index + 1} of ${b.parties} arrived)`, deadlineOf(ctx, null, given ?? b.timeout), 1, b.phase);
    return r;
  }
  const index = b.arrivals.indexOf(rec.id);
  if (b.state === BROKEN || b.state === RESETTING) {
    b.leave(rec.id);
    broken();
  }
  if ((wait.data as number) < b.phase) {
    b.leave(rec.id);
    return index;
  }
  if (timedOut) {
    b.breakIt();
    b.leave(rec.id);
    broken();
  }
  return block(ctx, rec, b, `waits at ${b.label} (${b.arrivals.length} of ${b.parties} arrived)`, wait.deadline, 1, wait.data);
}

export const BarrierType = libType('Barrier', 'threading', (ctx, args, kwargs) => {
  checkKwargs(kwargs, 'Barrier', ['parties', 'action', 'timeout']);
  const parties = intArg(arg(args, kwargs, 0, 'parties', null), 'parties');
  if (parties < 1) raiseType(Exc.ValueError, 'parties must be >= 1');
  return machineOf(ctx).register(new PyBarrier(parties, arg(args, kwargs, 1, 'action', null), seconds(arg(args, kwargs, 2, 'timeout', null))));
});
method(BarrierType, 'wait', barrierWait);
method(BarrierType, 'abort', (_ctx, args) => {
  self(args, PyBarrier, 'abort').breakIt();
  return null;
});
method(BarrierType, 'reset', (_ctx, args) => {
  const b = self(args, PyBarrier, 'reset');
  // Threads inside wait() leave broken and the last one out makes it whole; while it drains a
  // released phase, the draining finishes as it would have.
  if (b.arrivals.length === 0) b.state = FILLING;
  else if (b.state !== DRAINING) b.state = RESETTING;
  return null;
});
property(BarrierType, 'parties', (_ctx, args) => self(args, PyBarrier, 'parties').parties);
property(BarrierType, 'n_waiting', (_ctx, args) => {
  const b = self(args, PyBarrier, 'n_waiting');
  return b.state === FILLING ? b.arrivals.length : 0;
});
property(BarrierType, 'broken', (_ctx, args) => self(args, PyBarrier, 'broken').state === BROKEN);
