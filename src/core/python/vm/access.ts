// Attribute and subscript access for the eval loop: instances of `class` statements, modules,
// natives' types (methods bound on access, computed properties that may block), lists, tuples,
// strings and dicts. A native property may return Blocked, which the caller must handle.
import '../values/methods.ts';
import { lookupType, noAttribute } from '../values/attr.ts';
import { typeOf as valueType } from '../values/types.ts';
import {
  Blocked, Exc, NativeProperty, PyRaise, newException, PyBoundMethod, PyBuiltin, PyDict, PyList, PyModule, PyTuple, PyType,
  raiseType, type NativeCtx, type PyValue,
} from '../values/types.ts';
import { typeNameOf } from '../values/repr.ts';
import { PyClass, PyFunction, PyInstance, PySlice } from './objects.ts';

/** Looks `name` up along a type's bases: the value model's lookup, shared. */
export { lookupType };


/** The type whose dict holds `obj`'s methods (str, int and None included). */
function typeOf(obj: PyValue): PyType | null {
  return valueType(obj);
}

/** `obj.name`; a native property's getter may return Blocked. */
export function getAttr(ctx: NativeCtx, obj: PyValue, name: string): PyValue | Blocked {
  if (obj instanceof PyInstance) {
    const own = obj.dict.get(name);
    if (own !== undefined) return own;
  } else if (obj instanceof PyModule) {
    const v = obj.dict.get(name);
    if (v === undefined) noAttribute(obj, name);
    return v;
  } else if (obj instanceof PyClass) {
    const v = lookupType(obj, name);
    if (v === undefined) noAttribute(obj, name);
    return v;
  }
  const t = typeOf(obj);
  const v = t === null ? undefined : lookupType(t, name);
  if (v === undefined) {
    if (obj instanceof PyType && name === '__name__') return obj.name;
    noAttribute(obj, name);
  }
  if (v instanceof PyBuiltin || v instanceof PyFunction) return new PyBoundMethod(obj, v);
  if (v instanceof NativeProperty) return v.get(ctx, [obj], null);
  return v;
}

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
  if (!(obj instanceof PyModule) && !(obj instanceof PyClass) && !(obj instanceof PyType)) {
    if (obj instanceof PyInstance && obj.dict.has(name)) return answer(obj.dict.get(name) ?? null, false);
    const t = typeOf(obj);
    const v = t === null ? undefined : lookupType(t, name);
    if (v instanceof PyBuiltin || v instanceof PyFunction) return answer(v, true);
  }
  return answer(getAttr(ctx, obj, name), false);
}

function answer(fn: PyValue | Blocked, bound: boolean): MethodLookup {
  METHOD.fn = fn;
  METHOD.bound = bound;
  return METHOD;
}

/** `obj.name = value`; a native property's setter may return Blocked. */
export function setAttr(ctx: NativeCtx, obj: PyValue, name: string, value: PyValue): Blocked | null {
  if (obj instanceof PyInstance) {
    const t = lookupType(obj.cls, name);
    if (t instanceof NativeProperty && t.set !== null) {
      const r = t.set(ctx, [obj, value], null);
      return r instanceof Blocked ? r : null;
    }
    obj.dict.set(name, value);
    return null;
  }
  if (obj instanceof PyModule || obj instanceof PyClass) {
    obj.dict.set(name, value);
    return null;
  }
  const t = typeOf(obj);
  const prop = t === null ? undefined : lookupType(t, name);
  if (prop instanceof NativeProperty) {
    if (prop.set === null) raiseType(Exc.AttributeError, `attribute '${name}' of '${typeNameOf(obj)}' objects is not writable`);
    const r = prop.set(ctx, [obj, value], null);
    return r instanceof Blocked ? r : null;
  }
  if (prop === undefined && t !== null) raiseType(Exc.AttributeError, `'${typeNameOf(obj)}' object has no attribute '${name}'`);
  raiseType(Exc.AttributeError, `'${typeNameOf(obj)}' object attribute '${name}' is read-only`);
}

function index(key: PyValue, length: number, what: string): number {
  let i: number;
  if (typeof key === 'number') i = key;
  else if (typeof key === 'boolean') i = key ? 1 : 0;
  else raiseType(Exc.TypeError, `${what} indices must be integers or slices, not ${typeNameOf(key)}`);
  if (i < 0) i += length;
  if (i < 0 || i >= length) raiseType(Exc.IndexError, `${what} index out of range`);
  return i;
}

/** start, stop, step of a slice over a sequence of `length` (Python's `slice.indices`). */
export function sliceIndices(s: PySlice, length: number): [number, number, number] {
  const step = s.step === null ? 1 : Number(s.step);
  if (step === 0) raiseType(Exc.ValueError, 'slice step cannot be zero');
  const clamp = (v: PyValue, dflt: number): number => {
    if (v === null) return dflt;
    let n = Number(v);
    if (n < 0) n += length;
    if (step > 0) return Math.min(Math.max(n, 0), length);
    return Math.min(Math.max(n, -1), length - 1);
  };
  return [clamp(s.start, step > 0 ? 0 : length - 1), clamp(s.stop, step > 0 ? length : -1), step];
}

function sliceOf<T>(items: readonly T[], s: PySlice): T[] {
  const [start, stop, step] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, Math.max(start, stop));
  const out: T[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(items[i] as T);
  else for (let i = start; i > stop; i += step) out.push(items[i] as T);
  return out;
}

/** `obj[key]`. */
export function getItem(ctx: NativeCtx, obj: PyValue, key: PyValue): PyValue | Blocked {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) return new PyList(sliceOf(obj.items, key));
    return obj.items[index(key, obj.items.length, 'list')] ?? null;
  }
  if (obj instanceof PyTuple) {
    if (key instanceof PySlice) return new PyTuple(sliceOf(obj.items, key));
    return obj.items[index(key, obj.items.length, 'tuple')] ?? null;
  }
  if (typeof obj === 'string') {
    const chars = [...obj];
    if (key instanceof PySlice) return sliceOf(chars, key).join('');
    return chars[index(key, chars.length, 'string')] ?? '';
  }
  if (obj instanceof PyDict) {
    const v = obj.get(key);
    if (v === undefined) keyError(key);
    return v;
  }
  const t = typeOf(obj);
  const m = t === null ? undefined : lookupType(t, '__getitem__');
  if (m instanceof PyBuiltin) return m.fn(ctx, [obj, key], null);
  raiseType(Exc.TypeError, `'${typeNameOf(obj)}' object is not subscriptable`);
}

function keyError(key: PyValue): never {
  throw new PyRaise(newException(Exc.KeyError, key));
}

/** `obj[key] = value`. */
export function setItem(ctx: NativeCtx, obj: PyValue, key: PyValue, value: PyValue): Blocked | null {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, obj.items.length);
      if (step !== 1) raiseType(Exc.ValueError, 'extended slice assignment is not supported yet');
      const items = value instanceof PyList || value instanceof PyTuple ? value.items : raiseType(Exc.TypeError, 'can only assign an iterable');
      obj.items.splice(start, Math.max(0, stop - start), ...items);
      return null;
    }
    obj.items[index(key, obj.items.length, 'list assignment')] = value;
    return null;
  }
  if (obj instanceof PyDict) {
    obj.set(key, value);
    return null;
  }
  const t = typeOf(obj);
  const m = t === null ? undefined : lookupType(t, '__setitem__');
  if (m instanceof PyBuiltin) {
    const r = m.fn(ctx, [obj, key, value], null);
    return r instanceof Blocked ? r : null;
  }
  raiseType(Exc.TypeError, `'${typeNameOf(obj)}' object does not support item assignment`);
}

/** `del obj[key]`. */
export function delItem(obj: PyValue, key: PyValue): void {
  if (obj instanceof PyList) {
    obj.items.splice(index(key, obj.items.length, 'list assignment'), 1);
    return;
  }
  if (obj instanceof PyDict) {
    if (obj.delete(key) === undefined) keyError(key);
    return;
  }
  raiseType(Exc.TypeError, `'${typeNameOf(obj)}' object doesn't support item deletion`);
}
