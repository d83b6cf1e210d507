// LOAD_ATTR's method form for the eval loop. Attribute and subscript access themselves are the
// value model's (values/attr.ts, values/subscript.ts): one set of rules for the loop and the builtins.
import { getAttr, lookupMethod, lookupType } from '../values/attr.ts';
import type { Blocked, NativeCtx, PyValue } from '../values/types.ts';

/** Looks `name` up along a type's bases: the value model's lookup, shared. */
export { lookupType };

/** getMethod's answer. One object serves every call: read it before the next lookup. */
export interface MethodLookup {
  fn: PyValue | Blocked;
  bound: boolean;
}
const METHOD: MethodLookup = { fn: null, bound: false };

/**
 * The method form of LOAD_ATTR: a function found on the type is returned unbound (the caller
 * pushes it with `obj` as self), anything else bound or plain, with `self` null. Two lookups per
 * loop iteration of `with lock:` make this hot, so the answer is a reused object, not a new one.
 */
export function getMethod(ctx: NativeCtx, obj: PyValue, name: string): MethodLookup {
  const method = lookupMethod(obj, name);
  if (method !== undefined) return answer(method, true);
  return answer(getAttr(obj, name, ctx), false);
}

function answer(fn: PyValue | Blocked, bound: boolean): MethodLookup {
  METHOD.fn = fn;
  METHOD.bound = bound;
  return METHOD;
}
