// Calling a Python value from a native: natives directly, everything else through ctx.callSync.
// Single-threaded: synchronous; a native that blocks here is an error, since there is no instruction to retry.
import { Exc, raiseType } from './exceptions.ts';
import { Blocked, PyBoundMethod, PyBuiltin, PyType, type NativeCtx, type PyKwargs, type PyValue } from './object.ts';

function settle(r: PyValue | Blocked): PyValue {
  if (r instanceof Blocked) return raiseType(Exc.RuntimeError, `cannot wait here: ${r.reason}`);
  return r;
}

/** `fn(*args, **kwargs)` run to completion (for `key=`, `map`, `filter`): never a switch point. */
export function callValue(ctx: NativeCtx, fn: PyValue, args: readonly PyValue[], kwargs: PyKwargs | null = null): PyValue {
  if (fn instanceof PyBuiltin) return settle(fn.fn(ctx, args, kwargs));
  if (fn instanceof PyBoundMethod && fn.fn instanceof PyBuiltin) return settle(fn.fn.fn(ctx, [fn.self, ...args], kwargs));
  if (fn instanceof PyType && fn.construct !== null) return settle(fn.construct(ctx, args, kwargs));
  return ctx.callSync(fn, args, kwargs);
}
