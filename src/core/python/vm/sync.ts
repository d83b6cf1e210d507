// Running a Python callable to its end inside one instruction, for natives that call back into
// Python (`sorted(key=)`, `map`, `min(key=)`): NativeCtx.callSync. No switch points inside.
import { Blocked, Exc, PyRaise, raiseType, type NativeCtx, type PyKwargs, type PyValue } from '../values/types.ts';
import { PUSHED, callValue } from './call.ts';
import { execOne } from './eval.ts';
import { StepKind, VmThread } from './frame.ts';

/** Most instructions one callback may run: a callback that loops forever ends with an error instead. */
export const CALLBACK_BUDGET = 10_000_000;

/**
 * Calls `fn` on a scratch thread with `thread`'s identity and returns its result, or throws its
 * exception as PyRaise. A callback that would block cannot wait here: that is a RuntimeError.
 */
export function callSync(thread: VmThread, ctx: NativeCtx, fn: PyValue, args: readonly PyValue[], kwargs: PyKwargs | null): PyValue {
  const scratch = new VmThread(thread.id, thread.name);
  scratch.excInfo.push(...thread.excInfo);
  const r = callValue(scratch, ctx, fn, args.slice(), kwargs);
  if (r instanceof Blocked) raiseType(Exc.RuntimeError, `a function called back from a builtin cannot wait (${r.reason})`);
  if (r !== PUSHED) return r;
  for (let i = 0; i < CALLBACK_BUDGET; i++) {
    const k = execOne(scratch, ctx);
    if (k === StepKind.Finished) return scratch.result;
    if (k === StepKind.Raised && scratch.error !== null) throw new PyRaise(scratch.error);
    if (k === StepKind.Blocked) raiseType(Exc.RuntimeError, `a function called back from a builtin cannot wait (${scratch.blocked?.reason ?? 'blocked'})`);
  }
  return raiseType(Exc.RuntimeError, 'a function called back from a builtin ran too long');
}
