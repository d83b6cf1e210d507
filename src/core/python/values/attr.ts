// Attribute access: methods bound from the type, native properties, instance and module attributes.
// Single-threaded: synchronous; a NativeProperty's getter or setter may return Blocked (it takes a lock).
import { Exc, raiseType } from './exceptions.ts';
import { NO_CTX } from './iter.ts';
import {
  Blocked,
  NativeProperty,
  PyBoundMethod,
  PyBuiltin,
  PyClass,
  PyInstance,
  PyModule,
  PyObject,
  PyType,
  typeOf,
  type NativeCtx,
  type PyValue,
} from './object.ts';
import { typeNameOf } from './repr.ts';
import './methods.ts';

/** The attribute `name` in `type` or its bases, or undefined. */
export function lookupType(type: PyType, name: string): PyValue | undefined {
  for (let t: PyType | null = type; t !== null; t = t.base) {
    const v = t.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * For LOAD_ATTR's method form: the unbound method (native or Python) `obj.name` would bind, or
 * undefined when the attribute is something else (then use getAttr). Lets a call skip allocating
 * a bound method.
 */
export function lookupMethod(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyModule || obj instanceof PyType) return undefined;
  const found = lookupType(typeOf(obj), name);
  if (found === undefined || !(found instanceof PyBuiltin || isPythonFunction(found))) return undefined;
  if (obj instanceof PyInstance && obj.attrs.has(name)) return undefined;
  return found;
}

/** AttributeError with CPython's message for a module, a type or an instance. */
export function noAttribute(obj: PyValue, name: string): never {
  if (obj instanceof PyModule) raiseType(Exc.AttributeError, `module '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PyType) raiseType(Exc.AttributeError, `type object '${obj.name}' has no attribute '${name}'`);
  return raiseType(Exc.AttributeError, `'${typeNameOf(obj)}' object has no attribute '${name}'`);
}

/** `obj.name`. Blocked only from a library property's getter. */
export function getAttr(obj: PyValue, name: string, ctx: NativeCtx = NO_CTX): PyValue | Blocked {
  if (obj instanceof PyModule) {
    const v = obj.dict.get(name);
    return v !== undefined ? v : name === '__name__' ? obj.name : noAttribute(obj, name);
  }
  if (obj instanceof PyType) {
    const v = lookupType(obj, name);
    if (v !== undefined) return v;
    if (name === '__name__' || name === '__qualname__') return obj.name;
    if (name === '__module__') return obj.module;
    return noAttribute(obj, name);
  }
  const found = lookupType(typeOf(obj), name);
  if (found instanceof NativeProperty) return found.get(ctx, [obj], null);
  if (obj instanceof PyInstance) {
    const own = obj.attrs.get(name);
    if (own !== undefined) return own;
  }
  if (found === undefined) {
    if (name === '__class__') return typeOf(obj);
    if (name === '__name__' && obj instanceof PyBuiltin) return obj.name;
    return noAttribute(obj, name);
  }
  // A native in the type binds to the instance; so does a Python function stored there.
  if (found instanceof PyBuiltin || isPythonFunction(found)) return new PyBoundMethod(obj, found);
  return found;
}

function isPythonFunction(v: PyValue): boolean {
  return v instanceof PyObject && v.pyType.name === 'function' && v.pyType.module === 'builtins';
}

/** `obj.name = value`. Blocked only from a library property's setter. */
export function setAttr(obj: PyValue, name: string, value: PyValue, ctx: NativeCtx = NO_CTX): Blocked | undefined {
  if (obj instanceof PyModule || obj instanceof PyClass) {
    obj.dict.set(name, value);
    return undefined;
  }
  const found = obj instanceof PyType ? undefined : lookupType(typeOf(obj), name);
  if (found instanceof NativeProperty) {
    if (found.set === null) {
      raiseType(Exc.AttributeError, `attribute '${name}' of '${typeNameOf(obj)}' objects is not writable`);
    }
    const r = found.set(ctx, [obj, value], null);
    return r instanceof Blocked ? r : undefined;
  }
  if (obj instanceof PyInstance) {
    obj.attrs.set(name, value);
    return undefined;
  }
  if (obj instanceof PyType) {
    raiseType(Exc.TypeError, `cannot set '${name}' attribute of immutable type '${obj.name}'`);
  }
  if (found !== undefined) raiseType(Exc.AttributeError, `'${typeNameOf(obj)}' object attribute '${name}' is read-only`);
  return noAttribute(obj, name);
}

/** `del obj.name`. */
export function delAttr(obj: PyValue, name: string): void {
  if (obj instanceof PyModule && obj.dict.delete(name)) return;
  if (obj instanceof PyInstance && obj.attrs.delete(name)) return;
  noAttribute(obj, name);
}
